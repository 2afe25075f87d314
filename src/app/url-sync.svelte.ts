import { chapterById } from '../briefing/chapters';
import type { MapView } from '../map/map-view';
import { handTakesCamera } from '../map/camera-link';
import type { AppState } from './app-state.svelte';
import { formatHash, parseHash, type DeepLink } from './deep-link';

const SETTLE_MS = 300;

/** Applies a link to the app: t, chapter and view at once (a chapter alone: its end; a chapter's camera wins). */
export function applyLink(app: AppState, link: DeepLink): void {
  const chapter = chapterById(app.scenario.chapters, link.chapter);
  // A chapter named without a moment opens on the chapter complete, the moment its slide and still show.
  if (link.t !== undefined) app.setTime(link.t);
  else if (chapter) app.setTime(chapter.end);
  app.chapter = chapter?.id;
  // Compare (issue #24): a link's second moment, when it lies in the scenario.
  const c = link.compare;
  app.compare = c && c.t >= app.scenario.start && c.t <= app.scenario.end ? { ...c } : null;
  // A chapter's camera is the briefing's (the map follows it); a view is the sender's own camera.
  if (app.chapter || !link.view) return;
  app.freeCamera = true;
  app.camera = link.view;
}

/**
 * Keeps the URL hash on the moment shown: a history entry per chapter change (so Back returns to the previous
 * chapter), the current entry rewritten once scrubbing or panning settles (not every frame: browsers throttle
 * history calls). Back/forward restore the moment. `onwrite` hears each moment written.
 */
export function syncUrl(app: AppState, view: Promise<MapView>, onwrite?: (hash: string) => void): void {
  let map: MapView | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastChapter = app.chapter;
  let restoring = false;

  const current = (): string => {
    const compare = app.compare ?? undefined;
    return formatHash({ t: app.t, chapter: app.chapter, view: map && app.camera, compare });
  };
  const write = (push: boolean) => {
    clearTimeout(timer);
    const hash = current();
    // The moment shown, remembered for the next visit (restore-session).
    onwrite?.(hash);
    if (hash === window.location.hash) return;
    if (push) history.pushState(null, '', hash);
    else history.replaceState(null, '', hash);
  };
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => write(false), SETTLE_MS);
  };

  view.then((v) => {
    map = v;
    handTakesCamera(v.map.getContainer(), app);
  });

  $effect.root(() => {
    $effect(() => {
      const chapter = app.chapter;
      void app.t;
      void app.compare?.t;
      void app.compare?.mode;
      // The camera settles like t: a pan is written once it stops.
      void app.camera;
      if (restoring) return;
      if (chapter !== lastChapter && chapter !== undefined) write(true);
      else settle();
      lastChapter = chapter;
    });
  });

  window.addEventListener('popstate', () => {
    restoring = true;
    applyLink(app, parseHash(window.location.hash));
    lastChapter = app.chapter;
    // Let the effects and the camera's move events of the restore pass before listening again.
    setTimeout(() => (restoring = false), SETTLE_MS);
  });
}
