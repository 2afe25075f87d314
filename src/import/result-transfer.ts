import type { Geometry } from 'geojson';
import type { ScenarioFeature } from '../model/scenario';
import type { ImportResult } from './types';

// A structured clone rebuilds nested coordinate arrays one small array at a time: for a 100,000-point
// track that is a couple of hundred milliseconds in one task on the page's thread. So the worker packs
// every position into one Float64Array (moved, not copied) and a track's vertex times into one string,
// and the page rebuilds the arrays in slices that each take a few milliseconds.

/** Vertex times travel joined by this (never in an ISO time). */
const SEPARATOR = '\n';

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

export interface PackedPositions {
  counts: Int32Array<ArrayBuffer>;
  values: Float64Array<ArrayBuffer>;
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

/** Replaces the coordinates of every geometry and track in the result by references into one buffer. */
export function packResult(result: ImportResult): { result: ImportResult; transfer: ArrayBuffer[] } {
  if (!result.ok) return { result, transfer: [] };
  const targets: { holder: Record<string, unknown>; key: string; depth: number }[] = [];
  for (const f of result.scenario.features) {
    const parts: { coordinates: unknown; type: string }[] = [];
    geometriesOf(f.geometry, parts);
    for (const g of parts) targets.push({ holder: g, key: 'coordinates', depth: DEPTH[g.type] ?? 0 });
  }
  for (const m of result.scenario.movements) {
    targets.push({ holder: m.track as never, key: 'coords', depth: 1 });
    const times = m.props.coordTimes;
    if (times) (m.props as Record<string, unknown>).coordTimes = { joined: times.join(SEPARATOR) };
  }
  const counts: number[] = [];
  const values: number[] = [];
  for (const { holder, key, depth } of targets) {
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
  }
  const packed: PackedPositions = { counts: Int32Array.from(counts), values: Float64Array.from(values) };
  (result as { packedPositions?: PackedPositions }).packedPositions = packed;
  return { result, transfer: [packed.counts.buffer, packed.values.buffer] };
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

/**
 * Puts the coordinates back, a slice of features at a time, yielding to the page between slices so no
 * task is long. Resolves with the result as `importFiles` returned it.
 */
export async function unpackResult(result: ImportResult, sliceMs = 8): Promise<ImportResult> {
  const p = (result as { packedPositions?: PackedPositions }).packedPositions;
  if (!result.ok || !p) return result;
  delete (result as { packedPositions?: PackedPositions }).packedPositions;
  let sliceStart = performance.now();
  const restore = async (holder: Record<string, unknown>, key: string) => {
    const v = holder[key];
    if (isRef(v)) holder[key] = rebuild(v, p);
    if (performance.now() - sliceStart > sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  };
  const features: ScenarioFeature[] = result.scenario.features;
  for (const f of features) {
    const parts: { coordinates: unknown; type: string }[] = [];
    geometriesOf(f.geometry, parts);
    for (const g of parts) await restore(g, 'coordinates');
    if (f.kind === 'movement' && 'track' in f) await restore(f.track as never, 'coords');
    const times = f.props.coordTimes as unknown as { joined?: string } | undefined;
    if (typeof times?.joined === 'string') f.props.coordTimes = times.joined.split(SEPARATOR);
  }
  // The caller's next step (putting the scenario in view) gets a task of its own.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return result;
}
