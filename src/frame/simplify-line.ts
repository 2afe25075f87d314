// Douglas–Peucker, by significance: each vertex ranked once by the tolerance above which it would be
// dropped, so any tolerance is then a filter. The importer uses it to fit a line of 200,000 GPS fixes under
// the vertex limit instead of refusing it; the context layers to draw a road network at the detail the
// zoom can show. For a track with times the distance is the synchronized one: how far the point is from
// where the simplified track puts the head at that point's time. So the animation, not only the drawn
// line, stays within the tolerance; and since kept points are a subsequence, times stay in order.

import type { Geometry } from 'geojson';
import type { LineDetail } from '../model/scenario';

const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON_EQ = 111_320;

/**
 * Each vertex's significance in metres: the tolerance above which Douglas–Peucker drops it. Clamped to its
 * parent split's, so keeping the vertices above any τ is exactly Douglas–Peucker at τ. Ends are Infinity.
 */
export function significance(
  coords: readonly (readonly number[])[],
  times?: ArrayLike<number>,
): Float64Array {
  const n = coords.length;
  const sig = new Float64Array(n);
  if (n === 0) return sig;
  let meanLat = 0;
  for (const c of coords) meanLat += (c[1] as number) / n;
  const kx = M_PER_DEG_LON_EQ * Math.cos((meanLat * Math.PI) / 180);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  coords.forEach((c, i) => {
    x[i] = (c[0] as number) * kx;
    y[i] = (c[1] as number) * M_PER_DEG_LAT;
  });
  sig[0] = Infinity;
  sig[n - 1] = Infinity;
  // An explicit stack: a recursion 200,000 deep would overflow.
  const stack: number[] = [0, n - 1, Infinity];
  while (stack.length) {
    const parent = stack.pop() as number;
    const b = stack.pop() as number;
    const a = stack.pop() as number;
    if (b - a < 2) continue;
    const ax = x[a] as number;
    const ay = y[a] as number;
    const dx = (x[b] as number) - ax;
    const dy = (y[b] as number) - ay;
    const ta = times ? (times[a] as number) : 0;
    const span = times ? (times[b] as number) - ta : 0;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let at = a + 1;
    for (let i = a + 1; i < b; i++) {
      let f: number;
      if (times) f = span > 0 ? ((times[i] as number) - ta) / span : 0;
      else
        f =
          len2 > 0
            ? Math.max(0, Math.min(1, (((x[i] as number) - ax) * dx + ((y[i] as number) - ay) * dy) / len2))
            : 0;
      const ex = (x[i] as number) - (ax + f * dx);
      const ey = (y[i] as number) - (ay + f * dy);
      const d = ex * ex + ey * ey;
      if (d > worst) [worst, at] = [d, i];
    }
    const s = Math.min(Math.sqrt(worst), parent);
    sig[at] = s;
    stack.push(a, at, s, at, b, s);
  }
  return sig;
}

export interface Simplification {
  /** Indices of the vertices kept, in order (the first and last always). */
  keep: number[];
  /** Every dropped vertex lies within this many metres of the simplified line (of the head at its time). */
  toleranceM: number;
}

/** The smallest Douglas–Peucker tolerance that leaves at most `limit` vertices (at least 2). */
export function simplifyToFit(sig: Float64Array, limit: number): Simplification {
  const n = sig.length;
  if (n <= limit) return { keep: Array.from({ length: n }, (_, i) => i), toleranceM: 0 };
  const sorted = Float64Array.from(sig).sort();
  // Keeping those strictly above the (limit+1)-th largest keeps at most `limit`.
  const tau = sorted[n - Math.max(2, limit) - 1] as number;
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if ((sig[i] as number) > tau) keep.push(i);
  return { keep, toleranceM: tau };
}

/**
 * Significance of every vertex of a geometry's lines and polygon rings, in the order they come (collections
 * flattened): what drawing at a zoom's detail filters by.
 */
export function lineDetail(geometry: Geometry): LineDetail {
  const out: LineDetail = { paths: [], polygons: [] };
  const add = (g: Geometry) => {
    if (g.type === 'LineString') out.paths.push(significance(g.coordinates));
    else if (g.type === 'MultiLineString') for (const p of g.coordinates) out.paths.push(significance(p));
    else if (g.type === 'Polygon') out.polygons.push(g.coordinates.map((r) => significance(r)));
    else if (g.type === 'MultiPolygon')
      for (const p of g.coordinates) out.polygons.push(p.map((r) => significance(r)));
    else if (g.type === 'GeometryCollection') for (const part of g.geometries) add(part);
  };
  add(geometry);
  return out;
}
