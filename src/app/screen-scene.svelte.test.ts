import { describe, expect, it } from 'vitest';
import { composeScene } from '../scene/compose-scene';
import { frameRequest } from '../scene/frame-request';
import { briefingFraming, defaultFraming } from '../scene/framing';
import { headlessAssets } from '../scene/scene-assets';
import { sceneBasemap } from '../scene/scene-basemap';
import { loadScenario } from '../scenario/load';
import { readScenarioFiles } from '../../tests/support/kidal-data';
import { AppState } from './app-state.svelte';
import { screenLook } from './app-frame';
import { ScreenScene } from './screen-scene.svelte';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const scenario = loaded.scenario;
const basemapOf = (app: AppState) =>
  sceneBasemap({ baseUrl: 'http://localhost/', theme: app.theme, lang: app.lang, relief: app.relief });
const size = { width: 1280, height: 720 };

/** The screen laid out and loaded, on the app's state (read through `app`, which may record reads). */
function screenOn(app: AppState): ScreenScene {
  const screen = new ScreenScene(app, basemapOf);
  screen.size = size;
  screen.assets = headlessAssets();
  return screen;
}

describe('the screen scene, composed from the app state', () => {
  it('writes a chapter framing into the state once; written, it writes no more', () => {
    const app = new AppState(scenario);
    const chapter = scenario.chapters[1]!;
    app.chapter = chapter.id;
    app.setTime(chapter.end);
    const screen = screenOn(app);
    const look = screenLook(app, size, { assets: screen.assets!, basemap: basemapOf(app) });
    const expected = briefingFraming(scenario, chapter.end, chapter.id, look).camera;
    expect(app.camera).toEqual(scenario.defaultView);
    expect(screen.followFraming()).toBe(true);
    expect(app.camera).toEqual(expected);
    expect(screen.followFraming()).toBe(false);
  });

  it('frames the default view until the camera is the user’s, then leaves the camera alone', () => {
    const app = new AppState(scenario);
    const screen = screenOn(app);
    expect(screen.followFraming()).toBe(true);
    const look = screenLook(app, size, { assets: screen.assets!, basemap: basemapOf(app) });
    expect(app.camera).toEqual(defaultFraming(scenario, look).camera);
    const user = { center: [1.5, 18.5] as [number, number], zoom: 9, bearing: 0, pitch: 0 };
    app.freeCamera = true;
    app.camera = user;
    expect(screen.framing).toBeUndefined();
    expect(screen.followFraming()).toBe(false);
    expect(app.camera).toBe(user);
  });

  it('frames without reading the camera, so a camera written by a hand cannot start a loop', () => {
    const read = new Set<PropertyKey>();
    const app = new Proxy(new AppState(scenario), {
      get(target, key, receiver) {
        read.add(key);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const screen = screenOn(app);
    app.chapter = scenario.chapters[0]!.id;
    read.clear();
    expect(screen.framing).toBeDefined();
    expect(read.has('chapter')).toBe(true);
    expect(read.has('camera')).toBe(false);
  });

  it('composes the frame of the state: its t, its camera, the framing’s layout', () => {
    const app = new AppState(scenario);
    const screen = screenOn(app);
    screen.followFraming();
    const look = screenLook(app, size, { assets: screen.assets!, basemap: basemapOf(app) });
    const request = frameRequest(look, scenario, app.t, app.camera, screen.framing!.avoid);
    expect(screen.requestAt(app.t)).toEqual(request);
    const scene = screen.scene!;
    const expected = composeScene(request);
    expect(scene.furniture).toEqual(expected.furniture);
    expect(scene.labels).toEqual(expected.labels);
    expect(scene.viewport.project([1.4, 18.4])).toEqual(expected.viewport.project([1.4, 18.4]));
  });

  it('composes another moment under the same camera and layout (a second moment beside t)', () => {
    const app = new AppState(scenario);
    const screen = screenOn(app);
    screen.followFraming();
    const t2 = scenario.end;
    expect(screen.requestAt(t2)).toEqual({ ...screen.requestAt(app.t), t: t2 });
    const later = screen.sceneAt(t2)!;
    expect(later.frame.t).toBe(t2);
    expect(later.furniture.input.timeLabel).not.toEqual(screen.scene!.furniture.input.timeLabel);
    expect(later.furniture.input.center).toEqual(screen.scene!.furniture.input.center);
  });

  it('composes nothing before the map is laid out and the assets loaded', () => {
    const screen = new ScreenScene(new AppState(scenario), basemapOf);
    expect(screen.scene).toBeUndefined();
    screen.size = { width: 0, height: 0 };
    screen.assets = headlessAssets();
    expect(screen.scene).toBeUndefined();
  });
});
