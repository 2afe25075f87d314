import type { Camera } from '../model/camera';

/** A camera as written to scenario.json: about a metre of precision, not sixteen digits. */
export function roundView(c: Camera): Camera {
  const r = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
  return {
    center: [r(c.center[0], 5), r(c.center[1], 5)],
    zoom: r(c.zoom, 2),
    bearing: r(c.bearing, 1),
    pitch: r(c.pitch, 1),
  };
}
