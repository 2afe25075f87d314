import { mount } from 'svelte';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/global.css';
import App from './app/App.svelte';
import LoadErrors from './app/LoadErrors.svelte';
import { AppState } from './app/app-state.svelte';
import { createApi, type SandtableApi } from './api/sandtable-api';
import { loadScenario } from './scenario/load';
import { DEFAULT_SCENARIO_FILES } from './scenario/default-scenario';
import type { MapView } from './map/map-view';
import { initialLang, LANG_KEY } from './i18n/strings';
import { parseHash, type DeepLink } from './app/deep-link';
import { startLink } from './app/last-open';
import { rememberedLast, rememberSession, reopen } from './app/restore-session.svelte';
import { applyLink, syncUrl } from './app/url-sync.svelte';
import { rememberedRelief } from './app/relief-choice';
import { restoreUserBasemap } from './app/app-basemap';
import { createExporter } from './export/exporter';
import { appBaseUrl } from './app/base-url';
import { ScreenScene } from './app/screen-scene.svelte';
import { readEmbeddedBriefing, rememberOwnHtml } from './single/briefing-file';

declare global {
  interface Window {
    sandtable: SandtableApi;
  }
}

if (import.meta.env.SANDTABLE_SINGLE_FILE) {
  // Before anything touches the page: "Save briefing as one file…" writes this HTML back out.
  rememberOwnHtml(document);
  await import('./single/inline-basemap');
}

const target = document.getElementById('app') as HTMLElement;
const params = new URLSearchParams(window.location.search);
// A briefing saved as one file carries its own scenario, and the chapter it was saved on.
const embedded = readEmbeddedBriefing(document);
const files = embedded?.files ?? DEFAULT_SCENARIO_FILES;
// A saved briefing may carry a feature drawn with a problem (listed when it was imported): it opens as saved.
const result = loadScenario(files, { drawFlawed: embedded !== undefined });

if (!result.ok) {
  mount(LoadErrors, {
    target,
    props: { errors: result.errors, lang: initialLang(params.get('lang'), storedLang()) },
  });
} else {
  const app = new AppState(result.scenario, files);
  if (params.get('theme') === 'print') app.theme = 'print';
  // The Relief switch as the user left it; `?relief=0` or `?relief=1` sets it for this page (benchmarks, tests,
  // the export CLI's --relief).
  const relief = params.get('relief');
  app.relief = relief === '0' ? false : relief === '1' ? true : rememberedRelief(window.localStorage);
  // `?symbols=0` opens with the Symbols toggle off: the arrows alone.
  if (params.get('symbols') === '0') app.showSymbols = false;
  app.lang = initialLang(params.get('lang'), storedLang());
  let resolveView: (view: MapView) => void = () => {};
  const view = new Promise<MapView>((resolve) => (resolveView = resolve));
  // A deep link (#t=…&chapter=…&view=…) opens on that moment; the view is set before the first frame is drawn.
  // A saved briefing opens where it was saved, unless the address asks for another moment. Otherwise what was
  // open last time comes back (scenario or draft, moment, camera); a saved briefing and a map-only page
  // (`?chrome=0`: scripts, exports) open as asked, remembering nothing.
  const hash = parseHash(window.location.hash);
  const remembering = params.get('chrome') !== '0' && !embedded;
  const last = remembering ? rememberedLast() : undefined;
  let session: ReturnType<typeof rememberSession> | undefined;
  const openOn = (remembered: DeepLink | undefined) => {
    const own = Object.keys(hash).length ? hash : { t: embedded?.t, chapter: embedded?.chapter };
    const { link, ignored } = startLink(own, remembered, app.scenario);
    app.ignoredLinkTime = ignored;
    applyLink(app, link);
    if (remembering) session = rememberSession(app, files);
  };
  const reopened =
    last && last.scenario.kind !== 'builtin'
      ? reopen(app, last.scenario).then((ok) => openOn(ok ? parseHash(last.hash) : undefined))
      : Promise.resolve(openOn(last && parseHash(last.hash)));
  syncUrl(app, view, (written) => session?.hash(written));
  // One exporter for the app's dialog and for scripts: one export map, one export at a time.
  const exporter = createExporter(appBaseUrl());
  // The frame on screen, composed from the app's state: the map draws it, the API reads it.
  const screen = new ScreenScene(app);
  screen.start();
  // The basemap file opened in an earlier session, read again from IndexedDB (loaded on demand).
  const restored = Promise.all([restoreUserBasemap(app).catch(() => undefined), reopened]).then(
    () => undefined,
  );
  window.sandtable = createApi({ app, screen, view, exporter, basemapRestored: restored });
  // `?antialias=0` gives pixel-exact frames in software WebGL (tests, exports); `?chrome=0` shows the map alone.
  mount(App, {
    target,
    props: {
      app,
      screen,
      exporter,
      antialias: params.get('antialias') !== '0',
      chrome: params.get('chrome') !== '0',
      onview: resolveView,
    },
  });
}

function storedLang(): string | null {
  try {
    return window.localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}
