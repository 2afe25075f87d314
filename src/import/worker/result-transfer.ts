import type { Geometry } from 'geojson';
import {
  adoptTrackQuads,
  buildTrackQuads,
  GPU_TRACKS_FROM,
  trackQuadBuffers,
  type TrackQuads,
} from '../../cartography/track-quads';
import type { ScenarioFeature } from '../../model/scenario';
import { lazyFiles, packFiles, type PackedFiles } from './packed-files';
import type { ImportResult } from '../types';

// A structured clone is rebuilt on the page's thread in one task: for a 100,000-point track or a 50 MB
// road network that is hundreds of milliseconds to seconds with the page frozen. So the worker sends
// - every position in one Float64Array and the scenario's texts as UTF-8 bytes, moved rather than copied;
// - the features in chunks of their own messages, each rebuilt in its own short task;
// - a track's vertex times as one string;
// - a large scenario's track vertices as the map will upload them (`TrackQuads`), built here, moved too;
// and the page puts coordinates back in slices of a few milliseconds and decodes texts only when asked.

/** Vertex times travel joined by this (never in an ISO time). */
const SEPARATOR = '\n';
/** Features per message: each rebuilt in well under 50 ms. */
export const FEATURES_PER_CHUNK = 100;

/** Where a packed array of positions is: its nesting counts and its numbers. */
interface PackedRef {
  packed: true;
  /** Array levels above the positions (LineString 1, Polygon 2, MultiPolygon 3). */
  depth: number;
  /** Numbers per position (2, or 3 with altitude); shorter positions are padded with NaN. */
  dims: number;
  /** Start in `counts` and in `values`. */
  count: number;
  value: number;
}

interface PackedPositions {
  counts: Int32Array<ArrayBuffer>;
  values: Float64Array<ArrayBuffer>;
}

/** What stands in the scenario for its feature lists while the features travel apart. */
interface PackedLists {
  movements: number[];
  timed: number[];
  context: number[];
  count: number;
}

interface Packing {
  positions: PackedPositions;
  lists: PackedLists;
  files: PackedFiles;
  /** The tracks' vertices of a scenario that draws them on the GPU (the page would stall building them). */
  quads?: TrackQuads;
}

export interface PackedResult {
  /** The result without its features, coordinates and texts: small to clone. */
  result: ImportResult;
  /** The features, to send one chunk per message ahead of the result. */
  chunks: ScenarioFeature[][];
  /** Buffers to move with the result. */
  transfer: ArrayBuffer[];
}

const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

function geometriesOf(g: Geometry | null | undefined, out: { coordinates: unknown; type: string }[]): void {
  if (!g) return;
  if (g.type === 'GeometryCollection') for (const part of g.geometries) geometriesOf(part, out);
  else out.push(g as { coordinates: unknown; type: string });
}

function maxDims(node: unknown, depth: number): number {
  let dims = 2;
  const stack: [unknown, number][] = [[node, depth]];
  while (stack.length) {
    const [n, d] = stack.pop() as [unknown[], number];
    if (d === 0) dims = Math.max(dims, n.length);
    else for (const child of n) stack.push([child, d - 1]);
  }
  return dims;
}

function packPositions(features: readonly ScenarioFeature[]): PackedPositions {
  const counts: number[] = [];
  const values: number[] = [];
  const pack = (holder: Record<string, unknown>, key: string, depth: number) => {
    const dims = maxDims(holder[key], depth);
    const ref: PackedRef = { packed: true, depth, dims, count: counts.length, value: values.length };
    const walk = (node: unknown, d: number) => {
      const a = node as unknown[];
      if (d === 0) {
        for (let i = 0; i < dims; i++) values.push(i < a.length ? (a[i] as number) : NaN);
        return;
      }
      counts.push(a.length);
      for (const child of a) walk(child, d - 1);
    };
    walk(holder[key], depth);
    holder[key] = ref;
  };
  for (const f of features) {
    const parts: { coordinates: unknown; type: string }[] = [];
    geometriesOf(f.geometry, parts);
    for (const g of parts) pack(g, 'coordinates', DEPTH[g.type] ?? 0);
    if (f.kind === 'movement' && 'track' in f) {
      pack(f.track as never, 'coords', 1);
      const times = f.props.coordTimes;
      if (times) (f.props as Record<string, unknown>).coordTimes = { joined: times.join(SEPARATOR) };
    }
  }
  return { counts: Int32Array.from(counts), values: Float64Array.from(values) };
}

/** Takes the result apart for the trip from the worker (see the top of this file). */
export function packResult(result: ImportResult): PackedResult {
  if (!result.ok) return { result, chunks: [], transfer: [] };
  const s = result.scenario;
  const features = s.features;
  const index = new Map(features.map((f, i) => [f, i]));
  // Before the positions are packed: the quads are built from the tracks' coordinates.
  const quads = s.movements.length > GPU_TRACKS_FROM ? buildTrackQuads(s) : undefined;
  const positions = packPositions(features);
  const lists: PackedLists = {
    movements: s.movements.map((f) => index.get(f) as number),
    timed: s.timed.map((f) => index.get(f) as number),
    context: s.context.map((f) => index.get(f) as number),
    count: features.length,
  };
  const files = packFiles(result.files);
  const chunks: ScenarioFeature[][] = [];
  for (let i = 0; i < features.length; i += FEATURES_PER_CHUNK)
    chunks.push(features.slice(i, i + FEATURES_PER_CHUNK));
  const packing: Packing = { positions, lists, files, ...(quads && { quads }) };
  const skeleton = {
    ...result,
    files: {},
    scenario: { ...s, features: [], movements: [], timed: [], context: [] },
    packing,
  };
  const transfer = [
    positions.counts.buffer,
    positions.values.buffer,
    files.bytes.buffer,
    ...(quads ? trackQuadBuffers(quads) : []),
  ];
  return { result: skeleton, chunks, transfer };
}

function rebuild(ref: PackedRef, p: PackedPositions): unknown {
  let ci = ref.count;
  let vi = ref.value;
  const read = (d: number): unknown => {
    if (d === 0) {
      let n = ref.dims;
      while (n > 2 && Number.isNaN(p.values[vi + n - 1])) n--;
      const pos = new Array<number>(n);
      for (let k = 0; k < n; k++) pos[k] = p.values[vi + k] as number;
      vi += ref.dims;
      return pos;
    }
    const length = p.counts[ci++] as number;
    const out = new Array(length);
    for (let i = 0; i < length; i++) out[i] = read(d - 1);
    return out;
  };
  return read(ref.depth);
}

const isRef = (v: unknown): v is PackedRef =>
  typeof v === 'object' && v !== null && (v as PackedRef).packed === true;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Puts the result back together from the chunks of features that came ahead of it: coordinates a slice at
 * a time, yielding to the page between slices so no task is long; texts decoded when first read.
 */
export async function unpackResult(
  result: ImportResult,
  chunks: readonly ScenarioFeature[][],
  sliceMs = 8,
): Promise<ImportResult> {
  const packing = (result as { packing?: Packing }).packing;
  if (!result.ok || !packing) return result;
  delete (result as { packing?: Packing }).packing;
  const { positions, lists, files, quads } = packing;
  const features = chunks.flat();
  if (features.length !== lists.count)
    throw new Error(`unpackResult: ${features.length} of ${lists.count} features`);
  let sliceStart = performance.now();
  const restore = async (holder: Record<string, unknown>, key: string) => {
    const v = holder[key];
    if (isRef(v)) holder[key] = rebuild(v, positions);
    if (performance.now() - sliceStart > sliceMs) {
      await nextTask();
      sliceStart = performance.now();
    }
  };
  for (const f of features) {
    const parts: { coordinates: unknown; type: string }[] = [];
    geometriesOf(f.geometry, parts);
    for (const g of parts) await restore(g, 'coordinates');
    if (f.kind === 'movement' && 'track' in f) await restore(f.track as never, 'coords');
    const times = f.props.coordTimes as unknown as { joined?: string } | undefined;
    if (typeof times?.joined === 'string') f.props.coordTimes = times.joined.split(SEPARATOR);
  }
  const pick = (indices: number[]) => indices.map((i) => features[i] as ScenarioFeature);
  Object.assign(result.scenario, {
    features,
    movements: pick(lists.movements),
    timed: pick(lists.timed),
    context: pick(lists.context),
  });
  if (quads) adoptTrackQuads(result.scenario, quads);
  result.files = lazyFiles(files);
  // The caller's next step (putting the scenario in view) gets a task of its own.
  await nextTask();
  return result;
}
