import { flushSync } from 'svelte';
import { frameAt } from '../engine/frame-at';
import { toEpochMs } from '../time/format-time';
import type { AppState } from '../app/app-state.svelte';
import type { MapView } from '../map/map-view';
import type { LonLat } from '../engine/track';

/** A JSON-safe summary of what is on the map at t, for scripts and tests. */
export interface FrameSummary {
  t: number;
  iso: string;
  movements: { id: string; status: 'moving' | 'done'; head: LonLat; progress: number; km: number }[];
  events: { id: string; kind: string; ageMs: number; inWindow: boolean }[];
  places: { id: string; controller: string | null }[];
}

export interface CameraView {
  center: LonLat;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** The scripting API on `window.sandtable`: tests and the export CLI drive the app through it. */
export interface SandtableApi {
  /** Resolves once the scenario is loaded and its first frame is on the canvas. */
  readonly ready: Promise<void>;
  /** Current scenario time, epoch ms. */
  readonly time: number;
  readonly scenario: { id: string; start: number; end: number; timeZone: string };
  /** Sets t (epoch ms or ISO 8601), clamped to the scenario range; resolves once that frame is drawn. */
  setTime(t: number | string): Promise<number>;
  /** What `frameAt` gives for the current t (or another t), summarised. */
  frame(t?: number | string): FrameSummary;
  /** Moves the camera at once (no animation); resolves once that frame is drawn. */
  setView(view: Partial<CameraView>): Promise<CameraView>;
  /** The camera now. */
  readonly view: CameraView;
  /** Canvas CSS-pixel position of a lon/lat under the current camera. */
  project(lonLat: LonLat): [number, number];
}

export function createApi(app: AppState, view: Promise<MapView>): SandtableApi {
  let mapView: MapView | undefined;
  const ready = view.then((v) => {
    mapView = v;
    return v.rendered();
  });
  const requireView = () => {
    if (!mapView) throw new Error('sandtable is not ready yet: await sandtable.ready first');
    return mapView;
  };
  return {
    ready,
    get time() {
      return app.t;
    },
    get scenario() {
      const s = app.scenario;
      return { id: s.id, start: s.start, end: s.end, timeZone: s.timeZone };
    },
    async setTime(t) {
      const ms = toEpochMs(t);
      await ready;
      let set = 0;
      // Flush so the map effect has handed the new layers over before we wait for the canvas.
      flushSync(() => (set = app.setTime(ms)));
      await mapView!.rendered();
      return set;
    },
    frame(t) {
      const f = frameAt(app.scenario, t === undefined ? app.t : toEpochMs(t));
      return {
        t: f.t,
        iso: new Date(f.t).toISOString(),
        movements: f.movements.map((m) => ({
          id: m.feature.id,
          status: m.status,
          head: m.head,
          progress: m.progress,
          km: m.km,
        })),
        events: f.events.map((e) => ({
          id: e.feature.id,
          kind: e.feature.kind,
          ageMs: e.age,
          inWindow: e.inWindow,
        })),
        places: f.places.map((p) => ({ id: p.feature.id, controller: p.controller ?? null })),
      };
    },
    get view() {
      return cameraOf(requireView());
    },
    async setView(v) {
      await ready;
      const map = requireView().map;
      map.jumpTo(v);
      await requireView().rendered();
      return cameraOf(requireView());
    },
    project(lonLat) {
      const p = requireView().map.project(lonLat);
      return [p.x, p.y];
    },
  };
}

function cameraOf(view: MapView): CameraView {
  const m = view.map;
  const c = m.getCenter();
  return { center: [c.lng, c.lat], zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch() };
}
