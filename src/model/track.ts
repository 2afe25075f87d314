import type { LonLat } from './geo';

/**
 * A movement's geometry prepared once at load time, so that placing its head at any `t` is a binary search
 * and one spherical step, never a walk over the line.
 */
export interface Track {
  readonly coords: readonly LonLat[];
  /** Epoch ms per vertex, non-decreasing. */
  readonly times: Float64Array;
  /** Distance from the first vertex to each vertex, km along the line. */
  readonly cumKm: Float64Array;
  readonly totalKm: number;
  /** Per segment i (vertex i → i+1): the initial bearing at vertex i, radians. */
  readonly segBearing: Float64Array;
}

/**
 * Every movement's track laid end to end in flat typed arrays. `frameAt` walks these in order instead of
 * chasing pointers through thousands of small objects: at 10,000 movements memory access, not maths, is
 * what a frame costs.
 */
export interface PackedTracks {
  /** Track m occupies indices offsets[m] .. offsets[m + 1] - 1. */
  readonly offsets: Int32Array;
  readonly times: Float64Array;
  readonly cumKm: Float64Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Bearing of the segment starting at each vertex (the last vertex of a track has 0). */
  readonly segBearing: Float64Array;
  readonly totalKm: Float64Array;
}
