import distance from '@turf/distance';
import bearing from '@turf/bearing';

import type { LonLat } from '../model/geo';
import type { Track } from '../model/track';

export interface TrackPosition {
  /** Index of the last vertex at or behind the head. */
  index: number;
  /** Distance along the line from its first vertex, km. */
  km: number;
  position: LonLat;
}

// Same sphere as @turf/helpers, so heads agree with turf.along to floating-point precision.
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export function buildTrack(coords: readonly LonLat[], times: readonly number[]): Track {
  if (coords.length !== times.length) {
    throw new Error(`buildTrack: ${coords.length} vertices but ${times.length} times`);
  }
  const n = coords.length;
  const cumKm = new Float64Array(n);
  const segBearing = new Float64Array(Math.max(n - 1, 0));
  for (let i = 1; i < n; i++) {
    const a = coords[i - 1] as LonLat;
    const b = coords[i] as LonLat;
    cumKm[i] = (cumKm[i - 1] as number) + distance(a, b, { units: 'kilometers' });
    segBearing[i - 1] = bearing(a, b) * RAD;
  }
  return {
    coords,
    times: Float64Array.from(times),
    cumKm,
    totalKm: n ? (cumKm[n - 1] as number) : 0,
    segBearing,
  };
}

/** Largest i with times[i] <= t, or -1 when t is before the first vertex. */
export function lastVertexAtOrBefore(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length - 1;
  if (hi < 0 || t < (times[0] as number)) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((times[mid] as number) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Point `km` along segment i of the track, stepping from vertex i along the segment's great circle. */
function stepAlong(track: Track, i: number, km: number): LonLat {
  const origin = track.coords[i] as LonLat;
  return stepFrom(origin[0], origin[1], track.segBearing[i] as number, km - (track.cumKm[i] as number));
}

/**
 * The point `offsetKm` from (lon, lat) on initial bearing `theta` (radians), on turf's sphere. turf.along
 * steps back from the segment's far end instead; both land on the same great circle (agreeing to ~1e-14°).
 */
export function stepFrom(lon: number, lat: number, theta: number, offsetKm: number): LonLat {
  if (offsetKm <= 0) return [lon, lat];
  const dist = offsetKm / EARTH_RADIUS_KM;
  const lon1 = lon * RAD;
  const lat1 = lat * RAD;
  const sinLat1 = Math.sin(lat1);
  const cosLat1 = Math.cos(lat1);
  const lat2 = Math.asin(sinLat1 * Math.cos(dist) + cosLat1 * Math.sin(dist) * Math.cos(theta));
  const lon2 =
    lon1 + Math.atan2(Math.sin(theta) * Math.sin(dist) * cosLat1, Math.cos(dist) - sinLat1 * Math.sin(lat2));
  return [lon2 / RAD, lat2 / RAD];
}

/**
 * Where the head is at `t`, or null before the track starts. Between two vertices the head moves at a
 * constant ground speed; after the last vertex it stays there.
 */
export function positionAt(track: Track, t: number): TrackPosition | null {
  const i = lastVertexAtOrBefore(track.times, t);
  if (i < 0) return null;
  const last = track.coords.length - 1;
  if (i === last) {
    const end = track.coords[last] as LonLat;
    return { index: last, km: track.totalKm, position: [end[0], end[1]] };
  }
  const t0 = track.times[i] as number;
  const t1 = track.times[i + 1] as number;
  const k0 = track.cumKm[i] as number;
  const k1 = track.cumKm[i + 1] as number;
  // t1 > t because i is the last vertex with time <= t, so the division is safe even with repeated times.
  const km = k0 + ((t - t0) / (t1 - t0)) * (k1 - k0);
  return { index: i, km, position: stepAlong(track, i, km) };
}

/** The travelled part of the track at `t`: every vertex behind the head, then the head itself. */
export function trailAt(track: Track, index: number, head: LonLat): LonLat[] {
  const trail = track.coords.slice(0, index + 1) as LonLat[];
  const lastVertex = trail[trail.length - 1] as LonLat;
  if (lastVertex[0] !== head[0] || lastVertex[1] !== head[1]) trail.push(head);
  return trail;
}
