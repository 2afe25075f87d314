// Who the built-in basemap's data comes from, and where it lies: the style gives each source its credit and
// bounds, from which the scene credits only what reaches the view (src/scene/drawn-credits.ts).

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

/** The Web Mercator world: the built-in Earth's extent (relief, countries, places). */
export const WORLD_BOUNDS: Bounds = [-180, -85.0511, 180, 85.0511];
/**
 * The Kidal campaign window, where the curated regional layer (schematic roads and tracks, the Adrar des
 * Ifoghas, the campaign's towns) lies over the world: scripts/basemap-geometry.mjs REGION (a test holds them equal).
 */
export const REGIONAL_BOUNDS: Bounds = [-2, 15.5, 4.5, 21.5];

export const NATURAL_EARTH = '© Natural Earth';
export const GEONAMES = 'GeoNames (CC BY 4.0)';
export const REGIONAL = 'Regional roads: Sandtable, schematic';
/** Also written into the archive's metadata by scripts/build-relief.mjs. */
export const RELIEF_ATTRIBUTION = 'SRTM30 relief (NASA, via KDE Marble), calibrated with NOAA ETOPO5';
