import { flushSync } from 'svelte';
import type { AppState } from '../app/app-state.svelte';
import type { ScreenScene } from '../app/screen-scene.svelte';
import type { Exporter } from '../export/exporter';
import type { MapView } from '../map/map-view';
import type { Scene } from '../scene/compose-scene';

/** What the API's pieces share: the app's state, the scene on screen, the map (a view of it), the exporter. */
export interface ApiContext {
  app: AppState;
  screen: ScreenScene;
  exporter: Exporter;
  /** Resolves once the first frame is on the canvas (and a remembered basemap is back). */
  ready: Promise<void>;
  /** The map, once ready; throws before. */
  view(): MapView;
  /** The scene on screen, once ready; throws before. */
  scene(): Scene;
}

export interface ApiParts {
  app: AppState;
  screen: ScreenScene;
  view: Promise<MapView>;
  exporter: Exporter;
  basemapRestored?: Promise<void>;
}

const NOT_READY = 'sandtable is not ready yet: await sandtable.ready first';

export function apiContext(parts: ApiParts): ApiContext {
  let mapView: MapView | undefined;
  const ready = Promise.all([parts.view, parts.basemapRestored]).then(([v]) => {
    mapView = v;
    // A restored basemap restyles the map in an effect: let it run before waiting for the frame.
    flushSync();
    return v.rendered();
  });
  return {
    app: parts.app,
    screen: parts.screen,
    exporter: parts.exporter,
    ready,
    view() {
      if (!mapView) throw new Error(NOT_READY);
      return mapView;
    },
    scene() {
      const scene = mapView && parts.screen.scene;
      if (!scene) throw new Error(NOT_READY);
      return scene;
    },
  };
}

/**
 * Sets app state the way a click does and resolves once the map has drawn it: flushed first, so the map's
 * effects have handed it the new camera and layers before we wait for the canvas.
 */
export async function drawn<T>(ctx: ApiContext, change: () => T): Promise<T> {
  await ctx.ready;
  let result!: T;
  flushSync(() => (result = change()));
  await ctx.view().rendered();
  return result;
}

/** One object of the parts' properties, getters and setters kept as such (a spread would read them once). */
export function joined<T extends object>(...parts: object[]): T {
  const api = {};
  for (const part of parts) Object.defineProperties(api, Object.getOwnPropertyDescriptors(part));
  return api as T;
}
