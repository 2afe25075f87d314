// How far the built-in basemap can be zoomed before it runs out of detail, for the map furniture's notice
// ("base map detail ends at 1:500 000 — open a detailed basemap").

import { REGIONAL_BOUNDS } from './basemap-credits';
import { PLACES_ZOOMS } from './world-layers';

/**
 * The largest scale the built-in basemap carries information at in the Kidal campaign window. Its finest data
 * there are the 2′ relief (a cell 3.7 km north–south) and schematic roads placed to within 10–30 km: at
 * 1:500 000 a relief cell is already 7 mm on screen and a road may be 20–60 mm from its true course, so
 * zooming further only magnifies.
 */
export const BUILT_IN_DETAIL_SCALE = 500_000;

/**
 * Where the built-in basemap's detail ends at a place, as a zoom: in the campaign window, at 1:500 000 (its
 * schematic roads); elsewhere on Earth at the places archive's deepest zoom (towns of 10,000 and local seats
 * of government at zoom 10; borders and relief stop adding detail earlier, at zoom 6–7). Without a longitude,
 * the campaign window's rule, as before the world basemap.
 */
export function builtInDetailZoom(latitude: number, longitude?: number): number {
  const [w, s, e, n] = REGIONAL_BOUNDS;
  const inWindow =
    longitude === undefined || (longitude >= w && longitude <= e && latitude >= s && latitude <= n);
  return inWindow ? zoomForScale(BUILT_IN_DETAIL_SCALE, latitude) : PLACES_ZOOMS.max;
}

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** A CSS pixel is 1/96 inch, the size the scale bar and the export's DPI framing assume. */
const CSS_PIXEL_M = 0.0254 / 96;

/** Ground metres per CSS pixel at a MapLibre zoom (512-px world) and latitude. */
export function metresPerPixel(zoom: number, latitude: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The map's scale 1:N at that zoom and latitude, for a screen of 96 CSS px to the inch. */
export function scaleDenominator(zoom: number, latitude: number): number {
  return metresPerPixel(zoom, latitude) / CSS_PIXEL_M;
}

/** The zoom at which the map reaches 1:`scale` at that latitude. */
export function zoomForScale(scale: number, latitude: number): number {
  return Math.log2(
    (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * scale * CSS_PIXEL_M),
  );
}

/** The basemap in use, when it is a user's archive rather than the built-in one. */
export interface DetailSource {
  kind: 'vector' | 'raster';
  maxZoom: number;
  /** Raster only: tile width in px (MapLibre shows a 256-px tile of zoom z at map zoom z − 1). */
  tileSize?: number;
}

export interface DetailLimit {
  /** True when the camera is past the basemap's detail: the furniture should say so. */
  beyond: boolean;
  /** The scale shown now, 1:N. */
  scale: number;
  /** Where detail ends, as a scale 1:N and as a zoom at this latitude. */
  limitScale: number;
  limitZoom: number;
}

/**
 * Whether the basemap still carries detail at this camera (longitude: see builtInDetailZoom). The built-in
 * basemap stops at 1:500 000 in the campaign window and at zoom 10 elsewhere; a user's
 * archive one zoom past its deepest tiles (vector tiles overzoom sharply but hold nothing finer; a raster
 * tile is allowed twice its pixel size).
 */
export function basemapDetailLimit(
  zoom: number,
  latitude: number,
  source?: DetailSource,
  longitude?: number,
): DetailLimit {
  const limitZoom = source
    ? source.maxZoom + 1 - (source.kind === 'raster' ? Math.log2(512 / (source.tileSize ?? 256)) : 0)
    : builtInDetailZoom(latitude, longitude);
  return {
    beyond: zoom > limitZoom + 1e-9,
    scale: scaleDenominator(zoom, latitude),
    limitScale: scaleDenominator(limitZoom, latitude),
    limitZoom,
  };
}
