import type { Track } from './track';

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

export function packTracks(tracks: readonly Track[]): PackedTracks {
  const offsets = new Int32Array(tracks.length + 1);
  tracks.forEach((track, m) => (offsets[m + 1] = (offsets[m] as number) + track.coords.length));
  const n = offsets[tracks.length] as number;
  const packed = {
    offsets,
    times: new Float64Array(n),
    cumKm: new Float64Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    segBearing: new Float64Array(n),
    totalKm: new Float64Array(tracks.length),
  };
  tracks.forEach((track, m) => {
    const at = offsets[m] as number;
    packed.times.set(track.times, at);
    packed.cumKm.set(track.cumKm, at);
    packed.segBearing.set(track.segBearing, at);
    track.coords.forEach(([lon, lat], i) => {
      packed.lon[at + i] = lon;
      packed.lat[at + i] = lat;
    });
    packed.totalKm[m] = track.totalKm;
  });
  return packed;
}
