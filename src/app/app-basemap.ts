import { sceneBasemap, type SceneBasemap } from '../scene/scene-basemap';
import { ui } from '../i18n/strings';
import { errorText, ProblemError } from '../i18n/problem';
import type { AppState } from './app-state.svelte';
import { appBaseUrl } from './base-url';

/** The basemap the app draws on now (theme, language, relief, the user's own file): screen, API and exports. */
export function appBasemap(app: AppState): SceneBasemap {
  return sceneBasemap({
    baseUrl: appBaseUrl(),
    theme: app.theme,
    lang: app.lang,
    relief: app.relief,
    ...(app.userBasemap && { user: app.userBasemap }),
  });
}

/**
 * Opens a .pmtiles file as the basemap (no request: it is read from the Blob) and, unless restoring it,
 * remembers it for the next session. The reader and the store load on first use; the built-in basemap needs
 * neither. A file that cannot be drawn leaves the basemap as it was and says why.
 */
export async function openBasemapFile(
  app: AppState,
  file: Blob,
  name: string,
  remember = true,
): Promise<void> {
  try {
    const { openUserBasemap } = await import('../map/user-basemap');
    app.userBasemap = await openUserBasemap(file, name);
    app.basemapProblem = undefined;
  } catch (error) {
    // A problem we can word says it all, in the reader's language; anything else is wrapped with the name.
    app.basemapProblem =
      error instanceof ProblemError
        ? errorText(error, app.lang)
        : ui(app.lang, 'basemapOpenFailed', { name, reason: errorText(error, app.lang) });
    return;
  }
  if (remember) {
    const { saveUserBasemap } = await import('../map/basemap-store');
    // Not remembered (private window, quota): it still shows for this session.
    await saveUserBasemap(file, name).catch(() => undefined);
  }
}

/** Back to the built-in basemap, in this session and the next. */
export async function useBuiltInBasemap(app: AppState): Promise<void> {
  app.userBasemap = undefined;
  app.basemapProblem = undefined;
  const { forgetUserBasemap } = await import('../map/basemap-store');
  await forgetUserBasemap().catch(() => undefined);
}

/** The basemap remembered from an earlier session, opened again; nothing when there is none. */
export async function restoreUserBasemap(app: AppState): Promise<void> {
  const { loadUserBasemap } = await import('../map/basemap-store');
  const stored = await loadUserBasemap().catch(() => undefined);
  if (stored) await openBasemapFile(app, stored.blob, stored.name, false);
}
