import type { Camera } from '../model/camera';
import type { MapView } from './map-view';

/**
 * Within this, two camera values are the same: far below a pixel, and what a round trip through the map's
 * transform (bearing in radians, say) may add, so such noise is never written back and told again.
 */
const EPSILON = 1e-9;

const near = (a: number, b: number) => Math.abs(a - b) <= EPSILON;

/** Two cameras that put the map in the same place. */
export function sameCamera(a: Camera, b: Camera): boolean {
  return (
    near(a.center[0], b.center[0]) &&
    near(a.center[1], b.center[1]) &&
    near(a.zoom, b.zoom) &&
    near(a.bearing, b.bearing) &&
    near(a.pitch, b.pitch)
  );
}

/** The map as the camera sees it: where it looks now, and how to make it look elsewhere. */
export interface CameraView {
  readonly view: Camera;
  jumpTo(camera: Camera): void;
}

/**
 * The state's camera told to the map. A map already there is left alone, so telling it what it just reported
 * (a gesture written back) moves nothing: there is no echo.
 */
export function tellView(view: CameraView, camera: Camera): boolean {
  if (sameCamera(view.view, camera)) return false;
  view.jumpTo(camera);
  return true;
}

/**
 * The map moved (a hand on it, a resize, MapLibre keeping a camera within its bounds): where it now is written
 * back into the state, once, and only when it differs. The state's own camera told to the map comes back
 * equal and writes nothing.
 */
export function viewMoved(state: { camera: Camera }, view: CameraView): boolean {
  const camera = view.view;
  if (sameCamera(camera, state.camera)) return false;
  state.camera = camera;
  return true;
}

/** A MapView as the camera sees it (read anew each time: the map object is new after a recovery). */
export function cameraView(v: MapView): CameraView {
  return {
    get view() {
      return v.view;
    },
    jumpTo: (camera) => v.map.jumpTo(camera),
  };
}

/** What a hand on a map takes the camera from: a chapter's, or the default view's framing. */
export interface CameraClaims {
  readonly presenting: boolean;
  chapter: string | undefined;
  freeCamera: boolean;
}

/**
 * A hand on the map (a press, a wheel) outside presenting takes the camera back from the chapter and the
 * default view, on every view of the one camera. Returns the listeners' removal.
 */
export function handTakesCamera(container: HTMLElement, state: CameraClaims): () => void {
  const release = () => {
    if (state.presenting) return;
    state.chapter = undefined;
    state.freeCamera = true;
  };
  container.addEventListener('pointerdown', release);
  container.addEventListener('wheel', release, { passive: true });
  return () => {
    container.removeEventListener('pointerdown', release);
    container.removeEventListener('wheel', release);
  };
}
