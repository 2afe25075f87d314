import type { Lang } from '../i18n/localize';
import { ui } from '../i18n/strings';
import { basemapDetailLimit, type DetailSource } from '../map/basemap-detail';
import type { Camera } from '../model/camera';

/** 1:N with N to two significant figures, thousands set apart by no-break spaces: "500 000", "270 000". */
export function formatScale(denominator: number): string {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, denominator))) - 1);
  const rounded = Math.round(denominator / magnitude) * magnitude;
  return String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/**
 * What the furniture says when the camera is past the basemap's detail (the built-in one's 1:500 000, or a
 * user archive's deepest tiles) at the place shown: nothing before it.
 */
export function detailNotice(camera: Camera, lang: Lang, source?: DetailSource): string | undefined {
  // The built-in Earth is more detailed outside Kidal's window (towns to zoom 10): the place shown decides.
  const limit = basemapDetailLimit(camera.zoom, camera.center[1], source, camera.center[0]);
  return limit.beyond ? ui(lang, 'basemapDetailEnds', { scale: formatScale(limit.limitScale) }) : undefined;
}
