import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  REGION,
  clipLine,
  clipPolygons,
  clipRing,
  featureCollectionText,
  labelPoint,
  nameKey,
  ringArea2,
  roundPositions,
} from './basemap-geometry.mjs';

type Position = [number, number];
const box = { west: 0, south: 0, east: 10, north: 10 };

describe('clipRing', () => {
  it('keeps a ring that lies inside', () => {
    const ring: Position[] = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    expect(clipRing(ring, box)).toEqual(ring);
  });

  it('cuts a square straddling the corner down to the overlap', () => {
    const ring: Position[] = [
      [-5, -5],
      [5, -5],
      [5, 5],
      [-5, 5],
      [-5, -5],
    ];
    const clipped = clipRing(ring, box);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
    expect(Math.abs(ringArea2(clipped)) / 2).toBeCloseTo(25);
    for (const [x, y] of clipped) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
    }
  });

  it('returns nothing for a ring outside', () => {
    expect(
      clipRing(
        [
          [20, 20],
          [21, 20],
          [21, 21],
          [20, 20],
        ],
        box,
      ),
    ).toEqual([]);
  });
});

describe('clipPolygons', () => {
  it('drops a polygon whose outer ring is outside, holes included', () => {
    const outside: Position[][] = [
      [
        [20, 20],
        [30, 20],
        [30, 30],
        [20, 20],
      ],
    ];
    const inside: Position[][] = [
      [
        [1, 1],
        [9, 1],
        [9, 9],
        [1, 9],
        [1, 1],
      ],
      [
        [4, 4],
        [5, 4],
        [5, 5],
        [4, 4],
      ],
    ];
    expect(clipPolygons([outside, inside], box, 4)).toEqual([inside]);
  });

  it('drops rings that rounding collapses', () => {
    const tiny: Position[][] = [
      [
        [1, 1],
        [1.00001, 1],
        [1.00001, 1.00001],
        [1, 1],
      ],
    ];
    expect(clipPolygons([tiny], box, 3)).toEqual([]);
  });
});

describe('clipLine', () => {
  it('splits a line that leaves and re-enters the box', () => {
    const line: Position[] = [
      [1, 5],
      [15, 5],
      [15, 6],
      [1, 6],
    ];
    expect(clipLine(line, box, 4)).toEqual([
      [
        [1, 5],
        [10, 5],
      ],
      [
        [10, 6],
        [1, 6],
      ],
    ]);
  });

  it('keeps the inside part of a segment crossing the whole box', () => {
    expect(
      clipLine(
        [
          [-5, 5],
          [15, 5],
        ],
        box,
        4,
      ),
    ).toEqual([
      [
        [0, 5],
        [10, 5],
      ],
    ]);
  });

  it('drops a line entirely outside', () => {
    expect(
      clipLine(
        [
          [-5, -5],
          [-1, -1],
        ],
        box,
        4,
      ),
    ).toEqual([]);
  });
});

describe('helpers', () => {
  it('rounds and removes the duplicates rounding makes', () => {
    expect(
      roundPositions(
        [
          [1.00001, 2],
          [1.00002, 2],
          [1.5, 2.123456],
        ],
        4,
      ),
    ).toEqual([
      [1, 2],
      [1.5, 2.1235],
    ]);
  });

  it('matches town names whatever their accents and hyphens', () => {
    expect(nameKey('Abeïbara')).toBe(nameKey('Abeibara'));
    expect(nameKey('Ti-n-Essako')).toBe('tinessako');
  });

  it('puts a label point inside an L-shaped polygon, away from its edges', () => {
    const l: Position[][] = [
      [
        [0, 0],
        [10, 0],
        [10, 2],
        [2, 2],
        [2, 10],
        [0, 10],
        [0, 0],
      ],
    ];
    const p = labelPoint([l], 4);
    expect(p).not.toBeNull();
    const [x, y] = p as Position;
    expect((x <= 2 && y <= 10) || (y <= 2 && x <= 10)).toBe(true);
    expect(Math.min(x, y)).toBeGreaterThan(0.5);
  });

  it('writes one feature per line', () => {
    expect(featureCollectionText([{ a: 1 }, { b: 2 }])).toBe(
      '{"type":"FeatureCollection","features":[\n{"a":1},\n{"b":2}\n]}\n',
    );
  });
});

describe('committed public/basemap output', () => {
  const dir = fileURLToPath(new URL('../public/basemap/', import.meta.url));
  const files = ['towns', 'regional'].map((n) => `${n}.geojson`);
  const archives = ['world', 'places', 'relief-projector', 'relief-print'].map((n) => `${n}.pmtiles`);

  it('stays small enough to ship in the app: the whole built-in Earth within 40 MB', () => {
    const total = [...files, ...archives, 'attribution.json'].reduce(
      (sum, f) => sum + statSync(dir + f).size,
      0,
    );
    expect(total).toBeLessThan(40 * 1024 * 1024);
  });

  it('has the campaign towns at rank 1, inside the campaign window', () => {
    type Town = { properties: { name: string; rank: number }; geometry: { coordinates: Position } };
    const towns = (JSON.parse(readFileSync(dir + 'towns.geojson', 'utf8')) as { features: Town[] }).features;
    const key = towns.filter((t) => t.properties.rank === 1);
    expect(key.map((t) => t.properties.name)).toEqual(
      expect.arrayContaining(['Kidal', 'Aguelhok', 'Tessalit']),
    );
    for (const t of key) {
      const [lon, lat] = t.geometry.coordinates;
      expect(lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north).toBe(
        true,
      );
    }
  });

  it('credits every committed file to its sources', () => {
    type Attribution = { sources: { files: string[] }[] };
    const credited = (
      JSON.parse(readFileSync(dir + 'attribution.json', 'utf8')) as Attribution
    ).sources.flatMap((x) => x.files);
    for (const f of [...files, ...archives]) expect(credited, f).toContain(f);
  });
});
