// Who the built-in basemap's data comes from, and where and at which zooms each source is drawn, so the
// credits can name only what is on the map (a view of Narvik owes nothing to Kidal's schematic roads).

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

export interface BasemapCredit {
  /** The style sources it covers. */
  sources: string[];
  text: string;
  bounds: Bounds;
  /** The zooms at which something of it is drawn (MapLibre zoom; max is exclusive of nothing: it overzooms). */
  minZoom: number;
  maxZoom: number;
  /** Drawn only with the relief on (the "Relief" switch). */
  reliefOnly?: boolean;
}

/** Every source of the built-in basemap, in the order credits list them. */
export const BASEMAP_CREDITS: readonly BasemapCredit[] = [
  { sources: ['world'], text: NATURAL_EARTH, bounds: WORLD_BOUNDS, minZoom: 0, maxZoom: 24 },
  // Places from zoom 2 (capitals of a million), the campaign's towns from zoom 0.
  { sources: ['places', 'towns'], text: GEONAMES, bounds: WORLD_BOUNDS, minZoom: 0, maxZoom: 24 },
  {
    sources: ['relief'],
    text: RELIEF_ATTRIBUTION,
    bounds: WORLD_BOUNDS,
    minZoom: 0,
    maxZoom: 24,
    reliefOnly: true,
  },
  { sources: ['regional'], text: REGIONAL, bounds: REGIONAL_BOUNDS, minZoom: 0, maxZoom: 24 },
];

function overlaps(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/**
 * The credits owed for a view: the sources drawn inside `view` at `zoom`. A view across the antimeridian may
 * be given with west > east; it is then read as the two boxes either side.
 */
export function basemapCredits(view: Bounds, zoom: number, options: { relief?: boolean } = {}): string[] {
  const relief = options.relief ?? true;
  const [west, south, east, north] = view;
  const boxes: Bounds[] =
    west <= east
      ? [view]
      : [
          [west, south, 180, north],
          [-180, south, east, north],
        ];
  return BASEMAP_CREDITS.filter(
    (c) =>
      (relief || !c.reliefOnly) &&
      zoom >= c.minZoom &&
      zoom <= c.maxZoom &&
      boxes.some((b) => overlaps(b, c.bounds)),
  ).map((c) => c.text);
}
