import type { Scenario } from '../model/scenario';
import type { Camera } from '../model/camera';
import { chapterIndexAt } from './chapters';
import { latOfMercatorY, mercatorY } from '../map/mercator';

/** Share of a chapter over which the camera flies from the previous chapter's view to its own. */
export const EASE_SHARE = 0.2;

const lerp = (a: number, b: number, u: number) => a + (b - a) * u;

/** Between two cameras: centre straight in Web Mercator (as the map draws it), zoom linear, bearing the short way. */
export function interpolateCamera(a: Camera, b: Camera, u: number): Camera {
  let turn = ((((b.bearing - a.bearing) % 360) + 540) % 360) - 180;
  if (turn === -180 && b.bearing > a.bearing) turn = 180;
  const bearing = a.bearing + turn * u;
  return {
    center: [
      lerp(a.center[0], b.center[0], u),
      latOfMercatorY(lerp(mercatorY(a.center[1]), mercatorY(b.center[1]), u)),
    ],
    zoom: lerp(a.zoom, b.zoom, u),
    bearing: bearing > 180 ? bearing - 360 : bearing <= -180 ? bearing + 360 : bearing,
    pitch: lerp(a.pitch, b.pitch, u),
  };
}

/** Smoothstep: the camera starts and lands without a jolt. */
const ease = (u: number) => u * u * (3 - 2 * u);

/**
 * The briefing camera at t: each chapter's camera is a keyframe reached `EASE_SHARE` into the chapter, eased
 * from the previous chapter's camera. A pure function of t, so a chapter plays (and exports) the same way
 * every time. Without chapters, the scenario's default view. `keyframes` replaces the chapters' own cameras
 * (one per chapter: the scene's, fitted around the furniture of a given frame size).
 */
export function cameraAt(
  scenario: Scenario,
  t: number,
  keyframes: readonly Camera[] = scenario.chapters.map((c) => c.camera),
): Camera {
  const chapters = scenario.chapters;
  const index = Math.max(0, chapterIndexAt(chapters, t));
  const chapter = chapters[index];
  const camera = keyframes[index];
  if (!chapter || !camera) return scenario.defaultView;
  const previous = keyframes[index - 1];
  if (!previous) return camera;
  const u = (t - chapter.start) / (EASE_SHARE * (chapter.end - chapter.start));
  if (u >= 1) return camera;
  if (u <= 0) return previous;
  return interpolateCamera(previous, camera, ease(u));
}
