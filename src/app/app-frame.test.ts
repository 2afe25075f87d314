import { describe, expect, it } from 'vitest';
import { composeScene } from '../scene/compose-scene';
import { exportLook, frameRequest } from '../scene/frame-request';
import { headlessAssets } from '../scene/scene-assets';
import { sceneBasemap } from '../scene/scene-basemap';
import { cssSize } from '../export/export-sizes';
import { loadScenario } from '../scenario/load';
import { readScenarioFiles } from '../../tests/support/kidal-data';
import { AppState } from './app-state.svelte';
import { appExportJob, screenLook } from './app-frame';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const scenario = loaded.scenario;
const assets = headlessAssets();
const basemapOf = (o: { theme: AppState['theme']; lang: AppState['lang']; relief?: boolean }) =>
  sceneBasemap({ baseUrl: 'http://localhost/', theme: o.theme, lang: o.lang, relief: o.relief ?? true });

function appAt(iso: string): AppState {
  const app = new AppState(scenario);
  app.setTime(Date.parse(iso));
  app.lang = 'fr';
  app.theme = 'print';
  return app;
}

describe('the frame request built from the app state', () => {
  it('is the same request, and the same scene, for the same state', () => {
    const size = { width: 1280, height: 720 };
    const a = appAt('2023-11-13T14:00:00Z');
    const b = appAt('2023-11-13T14:00:00Z');
    const ra = frameRequest(
      screenLook(a, size, { assets, basemap: basemapOf(a) }),
      a.scenario,
      a.t,
      a.camera,
    );
    const rb = frameRequest(
      screenLook(b, size, { assets, basemap: basemapOf(b) }),
      b.scenario,
      b.t,
      b.camera,
    );
    expect(rb).toEqual(ra);
    const [sa, sb] = [composeScene(ra), composeScene(rb)];
    expect(sb.furniture).toEqual(sa.furniture);
    expect(sb.labels).toEqual(sa.labels);
    expect(sb.layers.map((l) => [l.id, l.props.data])).toEqual(sa.layers.map((l) => [l.id, l.props.data]));
  });

  it('carries the app’s toggles: theme, language, legend, presenter’s chapter, symbols only when on', () => {
    const app = appAt('2023-11-10T18:00:00Z');
    const size = { width: 800, height: 600 };
    const symbols = { id: 'atlas' } as unknown as NonNullable<Parameters<typeof screenLook>[2]['symbols']>;
    app.legendForm = 'collapsed';
    const look = screenLook(app, size, { assets, basemap: basemapOf(app), symbols });
    expect(look).toMatchObject({ size, theme: 'print', lang: 'fr', legendForm: 'collapsed', symbols });
    expect(look.presenter).toBeUndefined();
    app.presenting = true;
    app.chapter = scenario.chapters[2]!.id;
    app.showSymbols = false;
    const presenting = screenLook(app, size, { assets, basemap: basemapOf(app), symbols });
    expect(presenting.presenter).toEqual({ chapter: scenario.chapters[2]!.id });
    expect(presenting.symbols).toBeUndefined();
  });

  it('gives an export job of the screen the scene the screen shows, less the screen’s advice', () => {
    const app = appAt('2023-11-13T14:00:00Z');
    app.camera = { center: [1.2, 18.3], zoom: 8.5, bearing: 0, pitch: 0 };
    const size = { width: 1280, height: 720 };
    const screen = frameRequest(
      screenLook(app, size, { assets, basemap: basemapOf(app) }),
      app.scenario,
      app.t,
      app.camera,
    );
    const job = appExportJob(app, { size: { ...size, pixelRatio: 1 } });
    expect(job).toMatchObject({ scenario, camera: app.camera, theme: 'print', lang: 'fr', relief: true });
    const exported = frameRequest(
      exportLook(job, cssSize(job.size), { assets, basemap: basemapOf(job) }),
      job.scenario,
      app.t,
      job.camera,
    );
    expect(exported).toEqual({ ...screen, advice: false });
    const [s, e] = [composeScene(screen), composeScene(exported)];
    expect(e.furniture.plan).toEqual(s.furniture.plan);
    expect(e.labels).toEqual(s.labels);
    expect(e.legend).toEqual(s.legend);
    expect(e.layers.map((l) => [l.id, l.props.data])).toEqual(s.layers.map((l) => [l.id, l.props.data]));
  });

  it('takes an export’s own legend, view and captions, never the presenter’s card', () => {
    const app = appAt('2023-11-13T14:00:00Z');
    app.presenting = true;
    const job = appExportJob(app, {
      size: { width: 3840, height: 2160, pixelRatio: 2 },
      legendForm: 'full',
      view: { zoom: 11 },
    });
    expect(job.camera).toEqual({ ...app.camera, zoom: 11 });
    const look = exportLook({ ...job, captions: true }, cssSize(job.size), {
      assets,
      basemap: basemapOf(job),
    });
    expect(look).toMatchObject({
      size: { width: 1920, height: 1080 },
      legendForm: 'full',
      captions: true,
      advice: false,
    });
    expect(look.presenter).toBeUndefined();
  });
});
