import { PbfWriter } from 'pbf';
import { encodePng } from '../../scripts/png-encode.mjs';
import { TILE_TYPE, writePmtiles } from '../../src/single/pmtiles-write.mjs';
import { tileToLonLat } from '../../scripts/relief-dem.mjs';

// Tiny PMTiles basemaps made here, for tests of "open your own basemap": a vector archive in the Protomaps
// schema (a few Mapbox Vector Tiles encoded below) and a raster one. No downloaded data.

/** Around Kidal, where the scenario is; one tile per zoom holds it. */
export const TEST_POINT: [number, number] = [1.4078, 18.4411];
export const TEST_PLACE = 'Testville';
const EXTENT = 4096;

type Geometry =
  | { type: 'Point'; coordinates: [number, number] }
  | { type: 'LineString'; coordinates: [number, number][] }
  | { type: 'Polygon'; coordinates: [number, number][][] };

interface TestFeature {
  geometry: Geometry;
  properties: Record<string, string | number>;
}

/** The tile z/x/y holding a lon/lat. */
function tileOf(z: number, [lon, lat]: [number, number]): [number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return [
    Math.floor(((lon + 180) / 360) * n),
    Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n),
  ];
}

/** Tile-local integer coordinates (0–4096) of a lon/lat. */
function toTile(z: number, x: number, y: number, [lon, lat]: [number, number]): [number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  const tx = ((lon + 180) / 360) * n;
  const ty = ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n;
  return [Math.round((tx - x) * EXTENT), Math.round((ty - y) * EXTENT)];
}

const zigzag = (n: number) => (n << 1) ^ (n >> 31);
const command = (id: number, count: number) => (count << 3) | id;

/** The MVT geometry commands (MoveTo, LineTo, ClosePath with zigzag deltas) of one feature. */
function geometryCommands(rings: [number, number][][], closed: boolean): number[] {
  const out: number[] = [];
  let cx = 0;
  let cy = 0;
  for (const ring of rings) {
    const points = closed ? ring.slice(0, -1) : ring;
    points.forEach(([x, y], i) => {
      if (i === 0) out.push(command(1, 1));
      else if (i === 1) out.push(command(2, points.length - 1));
      out.push(zigzag(x - cx), zigzag(y - cy));
      cx = x;
      cy = y;
    });
    if (closed) out.push(command(7, 1));
  }
  return out;
}

/** One Mapbox Vector Tile (spec v2.1) with the given layers of features in lon/lat. */
export function encodeMvt(
  z: number,
  x: number,
  y: number,
  layers: Record<string, TestFeature[]>,
): Uint8Array<ArrayBuffer> {
  const pbf = new PbfWriter();
  for (const [name, features] of Object.entries(layers)) {
    const keys: string[] = [];
    const values: (string | number)[] = [];
    const index = <T>(list: T[], v: T) => (list.includes(v) ? list.indexOf(v) : list.push(v) - 1);
    const encoded = features.map((f) => {
      const tags = Object.entries(f.properties).flatMap(([k, v]) => [index(keys, k), index(values, v)]);
      const g = f.geometry;
      const local = (p: [number, number]) => toTile(z, x, y, p);
      const [type, geometry] =
        g.type === 'Point'
          ? [1, geometryCommands([[local(g.coordinates)]], false)]
          : g.type === 'LineString'
            ? [2, geometryCommands([g.coordinates.map(local)], false)]
            : [
                3,
                geometryCommands(
                  g.coordinates.map((ring) => ring.map(local)),
                  true,
                ),
              ];
      return { tags, type, geometry };
    });
    pbf.writeMessage(
      3,
      (_: null, layer: PbfWriter) => {
        layer.writeVarintField(15, 2);
        layer.writeStringField(1, name);
        for (const f of encoded)
          layer.writeMessage(
            2,
            (_: null, feature: PbfWriter) => {
              feature.writePackedVarint(2, f.tags);
              feature.writeVarintField(3, f.type);
              feature.writePackedVarint(4, f.geometry);
            },
            null,
          );
        for (const k of keys) layer.writeStringField(3, k);
        for (const v of values)
          layer.writeMessage(
            4,
            (_: null, value: PbfWriter) => {
              if (typeof v === 'string') value.writeStringField(1, v);
              else value.writeDoubleField(3, v);
            },
            null,
          );
        layer.writeVarintField(5, EXTENT);
      },
      null,
    );
  }
  return new Uint8Array(pbf.finish());
}

/** The features of one tile: land over the whole tile, a lake, a road and a town near Kidal. */
function testFeatures(z: number, x: number, y: number): Record<string, TestFeature[]> {
  const [west, north] = tileToLonLat(z, x, y);
  const [east, south] = tileToLonLat(z, x + 1, y + 1);
  const [lon, lat] = TEST_POINT;
  const d = 0.08;
  return {
    earth: [
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [west, north],
              [west, south],
              [east, south],
              [east, north],
              [west, north],
            ],
          ],
        },
        properties: { kind: 'earth' },
      },
    ],
    water: [
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [lon - 3 * d, lat + d],
              [lon - 3 * d, lat - d],
              [lon - d, lat - d],
              [lon - d, lat + d],
              [lon - 3 * d, lat + d],
            ],
          ],
        },
        properties: { kind: 'lake', min_zoom: 0 },
      },
    ],
    roads: [
      {
        geometry: {
          type: 'LineString',
          coordinates: [
            [lon - 0.5, lat - 0.4],
            [lon, lat],
            [lon + 0.5, lat + 0.5],
          ],
        },
        properties: { kind: 'major_road', kind_detail: 'primary', min_zoom: 0 },
      },
    ],
    places: [
      {
        geometry: { type: 'Point', coordinates: [lon + 0.1, lat + 0.1] },
        properties: { kind: 'locality', name: TEST_PLACE, min_zoom: 0, population_rank: 10 },
      },
    ],
  };
}

const bounds = (): [number, number, number, number] => {
  const [lon, lat] = TEST_POINT;
  return [lon - 1, lat - 1, lon + 1, lat + 1];
};

/** A vector basemap in the Protomaps schema: one tile per zoom 0–`maxZoom`, each holding Kidal. */
export function vectorTestArchive(maxZoom = 8): Uint8Array<ArrayBuffer> {
  const tiles = [];
  for (let z = 0; z <= maxZoom; z++) {
    const [x, y] = tileOf(z, TEST_POINT);
    tiles.push({ z, x, y, data: encodeMvt(z, x, y, testFeatures(z, x, y)) });
  }
  return writePmtiles(tiles, {
    tileType: TILE_TYPE.mvt,
    bounds: bounds(),
    center: [...TEST_POINT, maxZoom],
    metadata: {
      name: 'Sandtable test basemap (vector)',
      attribution: '<a href="https://example.invalid/">© Test Cartographers</a>',
      vector_layers: ['earth', 'water', 'roads', 'places'].map((id) => ({ id, fields: {} })),
    },
  });
}

/** A raster basemap of `size`-px PNG tiles in two colours, a checkerboard of 32-px squares. */
export function rasterTestArchive(maxZoom = 8, size = 256): Uint8Array<ArrayBuffer> {
  const rgba = new Uint8Array(size * size * 4);
  for (let j = 0; j < size; j++)
    for (let i = 0; i < size; i++) {
      const dark = ((i >> 5) + (j >> 5)) % 2 === 0;
      rgba.set(dark ? [40, 110, 60, 255] : [200, 190, 140, 255], (j * size + i) * 4);
    }
  const png = encodePng({ width: size, height: size, channels: 4, data: rgba });
  const tiles = [];
  for (let z = 0; z <= maxZoom; z++) {
    const [x, y] = tileOf(z, TEST_POINT);
    tiles.push({ z, x, y, data: png });
  }
  return writePmtiles(tiles, {
    tileType: TILE_TYPE.png,
    bounds: bounds(),
    center: [...TEST_POINT, maxZoom],
    metadata: { name: 'Sandtable test basemap (raster)', attribution: 'Test imagery' },
  });
}
