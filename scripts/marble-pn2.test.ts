import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePn2 } from './marble-pn2.mjs';
import { naturalEarth50m, splitByBoxes } from './build-world-tiles.mjs';
import { vectorTiles } from './vector-tiles.mjs';

// Marble's .pn2 written by hand: a line, a polygon with a hole, a multi-geometry; then the world layers read
// from a folder of such files, tiled twice to the same bytes.

type Node = [lat: number, lon: number, relative: [number, number][]];
type Record = { flag: number; id: number; nodes?: Node[]; parts?: { flag: number; nodes: Node[] }[] };

function pn2(records: Record[], colourIndex = false): Uint8Array {
  const out: number[] = [];
  const u8 = (v: number) => out.push(v & 0xff);
  const u16 = (v: number) => out.push((v >> 8) & 0xff, v & 0xff);
  const u32 = (v: number) => out.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
  const nodes = (list: Node[]) => {
    u32(list.length);
    for (const [lat, lon, rel] of list) {
      u16(lat);
      u16(lon);
      u16(rel.length);
      for (const [dLat, dLon] of rel) out.push(dLat & 0xff, dLon & 0xff);
    }
  };
  u8(2);
  u32(records.length);
  u8(colourIndex ? 1 : 0);
  let last = -1;
  for (const r of records) {
    u8(r.flag);
    u32(r.id);
    if (r.id !== last && colourIndex) u8(7);
    last = r.id;
    if (r.parts) {
      u8(r.parts.length);
      for (const part of r.parts) {
        u8(part.flag);
        u32(r.id);
        nodes(part.nodes);
      }
    } else nodes(r.nodes ?? []);
  }
  return new Uint8Array(out);
}

// Half arc-minutes: 120 a degree.
const LINE: Record = {
  flag: 0,
  id: 1,
  nodes: [
    [
      120,
      240,
      [
        [0, 12],
        [-6, 24],
      ],
    ],
    [60, 300, []],
  ],
};
const SQUARE: Node[] = [
  [0, 0, []],
  [0, 240, []],
  [240, 240, []],
  [240, 0, []],
  [0, 0, []],
];
const HOLE: Node[] = [
  [
    60,
    60,
    [
      [0, 60],
      [60, 60],
      [60, 0],
      [0, 0],
    ],
  ],
];

describe('parsePn2', () => {
  it('reads lines, polygons with holes and multi-geometries, with or without colour indices', () => {
    for (const colour of [false, true]) {
      const placemarks = parsePn2(
        pn2(
          [
            LINE,
            { flag: 2, id: 2, nodes: SQUARE },
            { flag: 3, id: 2, nodes: HOLE },
            {
              flag: 4,
              id: 3,
              parts: [
                { flag: 0, nodes: [[-120, -120, [[1, 1]]]] },
                { flag: 2, nodes: SQUARE },
              ],
            },
          ],
          colour,
        ),
      );
      expect(placemarks.map((p) => p.id)).toEqual([1, 2, 3]);
      expect(placemarks[0]?.lines).toEqual([
        [
          [2, 1],
          [2.1, 1],
          [2.2, 0.95],
          [2.5, 0.5],
        ],
      ]);
      expect(placemarks[1]?.polygons).toHaveLength(1);
      expect(placemarks[1]?.polygons[0]).toHaveLength(2);
      expect(placemarks[1]?.polygons[0]?.[1]?.[2]).toEqual([1, 1]);
      expect(placemarks[2]?.lines[0]).toEqual([
        [-1, -1],
        [-1 + 1 / 120, -1 + 1 / 120],
      ]);
      expect(placemarks[2]?.polygons).toHaveLength(1);
    }
  });

  it('refuses another version and nodes off the Earth', () => {
    const other = pn2([LINE]);
    other[0] = 1;
    expect(() => parsePn2(other)).toThrow(/version 1/);
    expect(() => parsePn2(pn2([{ flag: 0, id: 1, nodes: [[20000, 0, []]] }]))).toThrow(/out of range/);
  });
});

describe('naturalEarth50m', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pn2-'));
  writeFileSync(join(dir, 'ne_50m_lakes.pn2'), pn2([{ flag: 2, id: 1, nodes: SQUARE }]));
  writeFileSync(join(dir, 'ne_50m_rivers_lake_centerlines.pn2'), pn2([LINE]));
  writeFileSync(join(dir, 'ne_50m_admin_1_states_provinces_lines.pn2'), pn2([LINE, { ...LINE, id: 2 }]));
  writeFileSync(
    join(dir, 'ne_50m_admin_0_breakaway_disputed_areas.pn2'),
    pn2([{ flag: 2, id: 1, nodes: SQUARE }]),
  );

  it('gives each layer its features, and the same tiles run to run', () => {
    const layers = naturalEarth50m(dir);
    expect(layers.lakes.map((f) => f.geometry.type)).toEqual(['Polygon']);
    expect(layers.rivers.map((f) => f.geometry.type)).toEqual(['LineString']);
    expect(layers.admin1).toHaveLength(2);
    expect(layers.disputedAreas).toHaveLength(1);
    const tile = () =>
      vectorTiles(
        Object.entries(naturalEarth50m(dir)).map(([name, features]) => ({ name, features })),
        4,
      );
    const [a, b] = [tile(), tile()];
    expect(a.length).toBeGreaterThan(4);
    expect(a.map((t) => Buffer.from(t.data).toString('base64'))).toEqual(
      b.map((t) => Buffer.from(t.data).toString('base64')),
    );
  });
});

describe('splitByBoxes', () => {
  it('cuts a border into the runs inside a disputed box and outside it', () => {
    const line = [
      [0, 0],
      [2, 0],
      [3, 1],
      [4, 1],
      [6, 0],
    ];
    expect(splitByBoxes([line], [[1.5, -1, 4.5, 2]])).toEqual([
      [
        false,
        [
          [
            [0, 0],
            [2, 0],
          ],
          [
            [4, 1],
            [6, 0],
          ],
        ],
      ],
      [
        true,
        [
          [
            [2, 0],
            [3, 1],
            [4, 1],
          ],
        ],
      ],
    ]);
    expect(splitByBoxes([line], [])).toEqual([[false, [line]]]);
  });
});
