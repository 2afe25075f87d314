import destination from '@turf/destination';
import bearing from '@turf/bearing';
import type { LonLat } from '../model/geo';

function offset(from: LonLat, km: number, bearingDeg: number): LonLat {
  const [lon, lat] = destination(from, km, bearingDeg, { units: 'kilometers' }).geometry.coordinates;
  return [lon as number, lat as number];
}

/** A geodesic circle as a closed ring: a halo of `radiusKm` on the ground, so it scales with zoom. */
export function circleRing(center: LonLat, radiusKm: number, steps = 64): LonLat[] {
  const ring: LonLat[] = [];
  for (let i = 0; i < steps; i++) ring.push(offset(center, radiusKm, (360 * i) / steps));
  ring.push(ring[0] as LonLat);
  return ring;
}

function directionAt(coords: readonly LonLat[], i: number): number {
  // Average the bearings in and out of the vertex, skipping zero-length segments (a column holding still).
  const prev = coords
    .slice(0, i)
    .reverse()
    .find((c) => c[0] !== coords[i]![0] || c[1] !== coords[i]![1]);
  const next = coords.slice(i + 1).find((c) => c[0] !== coords[i]![0] || c[1] !== coords[i]![1]);
  const here = coords[i] as LonLat;
  const bIn = prev ? bearing(prev, here) : undefined;
  const bOut = next ? bearing(here, next) : undefined;
  if (bIn === undefined) return bOut ?? 0;
  if (bOut === undefined) return bIn;
  const x = Math.cos((bIn * Math.PI) / 180) + Math.cos((bOut * Math.PI) / 180);
  const y = Math.sin((bIn * Math.PI) / 180) + Math.sin((bOut * Math.PI) / 180);
  return (Math.atan2(y, x) * 180) / Math.PI;
}

/**
 * The band a route known only roughly may lie in: `halfWidthsKm[i]` either side of vertex i, with round
 * ends, widest where least known. Returned as one closed ring.
 */
export function corridorRing(coords: readonly LonLat[], halfWidthsKm: readonly number[]): LonLat[] {
  const n = coords.length;
  const left: LonLat[] = [];
  const right: LonLat[] = [];
  for (let i = 0; i < n; i++) {
    const dir = directionAt(coords, i);
    const w = Math.max(halfWidthsKm[i] ?? 0, 0.01);
    left.push(offset(coords[i] as LonLat, w, dir - 90));
    right.push(offset(coords[i] as LonLat, w, dir + 90));
  }
  const cap = (center: LonLat, w: number, from: number) => {
    const out: LonLat[] = [];
    for (let k = 1; k < 12; k++) out.push(offset(center, Math.max(w, 0.01), from + (180 * k) / 12));
    return out;
  };
  const endDir = directionAt(coords, n - 1);
  const startDir = directionAt(coords, 0);
  const ring = [
    ...left,
    ...cap(coords[n - 1] as LonLat, halfWidthsKm[n - 1] ?? 0, endDir - 90),
    ...right.reverse(),
    ...cap(coords[0] as LonLat, halfWidthsKm[0] ?? 0, startDir + 90),
  ];
  ring.push(ring[0] as LonLat);
  return ring;
}

/** Caches a derived shape per feature object: shapes are static, only their visibility changes with t. */
export function memoByFeature<F extends object, R>(compute: (feature: F) => R): (feature: F) => R {
  const cache = new WeakMap<F, R>();
  return (feature) => {
    let value = cache.get(feature);
    if (value === undefined) {
      value = compute(feature);
      cache.set(feature, value);
    }
    return value;
  };
}
