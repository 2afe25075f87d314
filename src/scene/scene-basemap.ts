import type { StyleSpecification } from 'maplibre-gl';
import { basemapStyle, type BasemapStyleOptions } from '../map/basemap-style';
import { basemapCredits } from './credits';

/** The basemap a scene is drawn on, and what it must credit. */
export interface SceneBasemap {
  style: StyleSpecification;
  credits: string[];
}

const built = new Map<string, SceneBasemap>();

/**
 * The basemap style for the screen and every export alike, one object per set of options, so a map is
 * restyled only when the options really change. Paint transitions run on MapLibre's clock, so they are off:
 * nothing drawn may depend on when the map was last restyled.
 */
export function sceneBasemap(options: BasemapStyleOptions): SceneBasemap {
  const key = JSON.stringify([options.baseUrl, options.theme, options.lang ?? 'en', options.relief ?? true]);
  let basemap = built.get(key);
  if (!basemap) {
    const style = { ...basemapStyle(options), transition: { duration: 0, delay: 0 } };
    basemap = { style, credits: basemapCredits(style) };
    built.set(key, basemap);
  }
  return basemap;
}
