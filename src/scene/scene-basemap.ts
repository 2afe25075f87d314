import type { StyleSpecification } from 'maplibre-gl';
import { basemapStyle, type BasemapStyleOptions } from '../map/basemap-style';
import type { DetailSource } from '../map/basemap-detail';
import type { UserBasemap } from '../map/user-basemap';
import { basemapCredits } from './credits';
import { drawnCredits, type DrawnCredit } from './drawn-credits';

/** The basemap a scene is drawn on, and what it must credit. */
export interface SceneBasemap {
  style: StyleSpecification;
  credits: string[];
  /** The same credits with where each source is drawn, for the frame's credits (`creditsInView`). */
  drawn: DrawnCredit[];
  /** A user's archive, for where its detail ends; absent for the built-in basemap. */
  detail?: DetailSource;
}

export interface SceneBasemapOptions extends BasemapStyleOptions {
  /** A basemap the user opened from disk, drawn instead of the built-in one (which `relief` then leaves alone). */
  user?: UserBasemap;
}

const built = new Map<string, SceneBasemap>();

/**
 * The basemap style for the screen and every export alike, one object per set of options, so a map is
 * restyled only when the options really change. Paint transitions run on MapLibre's clock, so they are off:
 * nothing drawn may depend on when the map was last restyled.
 */
export function sceneBasemap(options: SceneBasemapOptions): SceneBasemap {
  const { user, ...rest } = options;
  const relief = rest.relief ?? true;
  // A user archive is known by its key, unique per file opened in this page.
  const key = JSON.stringify([rest.baseUrl, rest.theme, rest.lang ?? 'en', relief, user?.key ?? null]);
  let basemap = built.get(key);
  if (!basemap) {
    const drawn = user
      ? user.style({ baseUrl: rest.baseUrl, theme: rest.theme, ...(rest.lang && { lang: rest.lang }) })
      : basemapStyle(rest);
    const style = { ...drawn, transition: { duration: 0, delay: 0 } };
    basemap = {
      style,
      credits: basemapCredits(style),
      drawn: drawnCredits(style),
      ...(user && {
        detail: {
          kind: user.kind,
          maxZoom: user.maxZoom,
          ...(user.tileSize !== undefined && { tileSize: user.tileSize }),
        },
      }),
    };
    built.set(key, basemap);
  }
  return basemap;
}
