import type { PackedTracks, Track } from '../model/track';

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
