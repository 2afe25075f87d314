import type { ScenarioFiles } from '../src/scenario/load';

export interface SyntheticOptions {
  movements: number;
  /** Vertices per movement (at least 2). */
  vertices: number;
  seed: number;
  /** Give each movement a short map label, as a real scenario's columns have. */
  labels?: boolean;
}

/** mulberry32: tiny, fast, and identical on every machine, so two runs bench the same scenario. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The Sahel box the walks stay in, and the scenario's 5-day window.
const LON_MIN = -2;
const LON_MAX = 5;
const LAT_MIN = 15;
const LAT_MAX = 21;
export const SYNTHETIC_START = Date.parse('2023-11-10T00:00:00Z');
export const SYNTHETIC_END = SYNTHETIC_START + 5 * 86_400_000;
const KM_PER_DEG_LAT = 111.2;
/** Share of steps that repeat the previous vertex's time: the loader allows it (a jump), so the engine must cope. */
const REPEAT_TIME_SHARE = 0.04;

// Whole seconds and 5 decimals (~1 m), as hand-made and GPS-derived GeoJSON usually has.
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

function walk(rand: () => number, vertices: number): [number, number][] {
  let lon = LON_MIN + 0.5 + rand() * (LON_MAX - LON_MIN - 1);
  let lat = LAT_MIN + 0.5 + rand() * (LAT_MAX - LAT_MIN - 1);
  let heading = rand() * 2 * Math.PI;
  const coords: [number, number][] = [[round5(lon), round5(lat)]];
  while (coords.length < vertices) {
    // Columns keep roughly to a heading, so turn a little each step rather than wander like a gas molecule.
    heading += (rand() - 0.5) * 0.8;
    const km = 1 + rand() * 7;
    let nextLon = lon + (km * Math.sin(heading)) / (KM_PER_DEG_LAT * Math.cos(lat * (Math.PI / 180)));
    let nextLat = lat + (km * Math.cos(heading)) / KM_PER_DEG_LAT;
    if (nextLon < LON_MIN || nextLon > LON_MAX || nextLat < LAT_MIN || nextLat > LAT_MAX) {
      heading += Math.PI;
      nextLon = lon - (nextLon - lon);
      nextLat = lat - (nextLat - lat);
    }
    lon = nextLon;
    lat = nextLat;
    coords.push([round5(lon), round5(lat)]);
  }
  return coords;
}

function times(rand: () => number, vertices: number): string[] {
  const span = SYNTHETIC_END - SYNTHETIC_START;
  // Each column starts somewhere in the first 60% of the window and lasts 6 h to the rest of the window.
  const begin = SYNTHETIC_START + rand() * 0.6 * span;
  const duration = (0.05 + rand() * 0.95) * (SYNTHETIC_END - begin);
  const gaps = [0];
  for (let i = 1; i < vertices; i++) {
    // Exponential gaps: mostly short halts, now and then a long one, as reports of a column arrive.
    gaps.push(rand() < REPEAT_TIME_SHARE ? 0 : -Math.log(1 - rand()));
  }
  const total = gaps.reduce((a, b) => a + b, 0) || 1;
  let acc = 0;
  return gaps.map((g) => {
    acc += g;
    // Flooring a non-decreasing sequence keeps it non-decreasing, so coordTimes never runs backwards.
    const ms = Math.floor((begin + (acc / total) * duration) / 1000) * 1000;
    return new Date(Math.min(ms, SYNTHETIC_END)).toISOString();
  });
}

const SIDES = [
  { id: 'blue', name: 'Blue', color: '#0072B2' },
  { id: 'red', name: 'Red', color: '#D55E00' },
  { id: 'green', name: 'Green', color: '#009E73' },
];

/**
 * A valid scenario folder of `movements` random walks of `vertices` vertices in the Sahel, as JSON text, so a
 * bench goes through `loadScenario` and measures the real model. The same seed gives the same bytes.
 */
export function syntheticScenarioFiles({
  movements,
  vertices,
  seed,
  labels = false,
}: SyntheticOptions): ScenarioFiles {
  if (!Number.isInteger(movements) || movements < 1) throw new Error(`movements must be ≥ 1: ${movements}`);
  if (!Number.isInteger(vertices) || vertices < 2) throw new Error(`vertices must be ≥ 2: ${vertices}`);
  const rand = mulberry32(seed);
  const features = [];
  for (let m = 0; m < movements; m++) {
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: walk(rand, vertices) },
      properties: {
        id: `m${m}`,
        kind: 'movement',
        side: (SIDES[m % SIDES.length] as (typeof SIDES)[number]).id,
        label: `Column ${m}`,
        ...(labels && { mapLabel: `C${m}` }),
        sources: ['synthetic'],
        certainty: 'estimated',
        coordTimes: times(rand, vertices),
      },
    });
  }
  const manifest = {
    format: 'sandtable-scenario/1',
    id: `synthetic-${movements}x${vertices}-${seed}${labels ? '-labelled' : ''}`,
    title: `Synthetic: ${movements} movements × ${vertices} vertices (seed ${seed})`,
    timeZone: 'Africa/Bamako',
    timeRange: {
      start: new Date(SYNTHETIC_START).toISOString(),
      end: new Date(SYNTHETIC_END).toISOString(),
    },
    defaultView: { center: [(LON_MIN + LON_MAX) / 2, (LAT_MIN + LAT_MAX) / 2], zoom: 5 },
    sides: SIDES,
    sources: [{ id: 'synthetic', title: 'Generated for benchmarks', publisher: 'Sandtable', date: '2023' }],
    files: ['movements.geojson'],
  };
  return {
    'scenario.json': JSON.stringify(manifest),
    'movements.geojson': JSON.stringify({ type: 'FeatureCollection', features }),
  };
}
