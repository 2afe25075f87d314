import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { BOLD_FONT, REGULAR_FONT, type BasemapPalette } from './basemap-palette';
import { GEONAMES, NATURAL_EARTH, WORLD_BOUNDS } from './basemap-credits';
import { pmtilesTiles } from './pmtiles-url';

// The built-in Earth's vector layers: countries, their borders and names, disputed areas, first-order
// administrative lines, lakes and rivers (public/basemap/world.pmtiles, z0–6) and towns ranked per zoom
// (public/basemap/places.pmtiles, z0–10), both built by scripts/build-world-tiles.mjs.

/** The archives' deepest zooms (scripts/build-world-tiles.mjs, scripts/world-places.mjs; a test holds them equal). */
export const WORLD_ZOOMS = { min: 0, max: 6 } as const;
export const PLACES_ZOOMS = { min: 0, max: 10 } as const;

/**
 * The archives handed over inline, by file name: the key each was added to the pmtiles:// protocol under
 * (src/single/). The served app reads them from public/basemap/.
 */
const inlineArchives = new Map<string, string>();

export function useInlineArchives(keys: Readonly<Record<string, string>>): void {
  for (const [file, key] of Object.entries(keys)) inlineArchives.set(file, key);
}

/** An archive's pmtiles:// key: its inline copy in the single-file briefing, else its URL under the app. */
export function archiveKey(file: string, baseUrl: string): string {
  return inlineArchives.get(file) ?? new URL(`basemap/${file}`, baseUrl).href;
}

export function worldSources(baseUrl: string): Record<'world' | 'places', SourceSpecification> {
  const vector = (file: string, maxzoom: number, attribution: string): SourceSpecification => ({
    type: 'vector',
    tiles: [pmtilesTiles(archiveKey(file, baseUrl))],
    minzoom: 0,
    maxzoom,
    bounds: WORLD_BOUNDS,
    attribution,
  });
  return {
    world: vector('world.pmtiles', WORLD_ZOOMS.max, NATURAL_EARTH),
    places: vector('places.pmtiles', PLACES_ZOOMS.max, GEONAMES),
  };
}

const ramp = (...stops: (number | ExpressionSpecification)[]): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  ...stops,
];

/** The ground without relief: every country in the land colour over the sea. */
export function worldLand(p: BasemapPalette): LayerSpecification {
  return {
    id: 'land',
    type: 'fill',
    source: 'world',
    'source-layer': 'countries',
    paint: { 'fill-color': p.land },
  };
}

/**
 * Lakes in the sea's colour (the relief bakes them as land), and the major rivers as thin lines of it, from
 * zoom 3 where they stop being a tangle at the world's scale.
 */
export function worldWater(p: BasemapPalette): LayerSpecification[] {
  return [
    {
      id: 'lakes',
      type: 'fill',
      source: 'world',
      'source-layer': 'lakes',
      paint: { 'fill-color': p.sea },
    },
    {
      id: 'rivers',
      type: 'line',
      source: 'world',
      'source-layer': 'rivers',
      minzoom: 3,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.sea, 'line-width': ramp(3, 0.5, 6, 1, 10, 2) },
    },
  ];
}

/**
 * Borders: solid between recognised states, dashed where either side's status is disputed and round the
 * disputed or breakaway areas Natural Earth marks inside states (Crimea, Abkhazia, Kashmir…); first-order
 * administrative lines (states, provinces) fainter and dotted, from zoom 3.
 */
export function worldBorders(p: BasemapPalette): LayerSpecification[] {
  const base = { type: 'line', source: 'world', 'source-layer': 'boundaries' } as const;
  return [
    {
      id: 'admin1',
      type: 'line',
      source: 'world',
      'source-layer': 'admin1',
      minzoom: 3,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': p.border,
        'line-opacity': 0.7,
        'line-width': ramp(3, 0.4, 8, 1),
        'line-dasharray': [1, 2],
      },
    },
    {
      id: 'disputed-areas',
      type: 'line',
      source: 'world',
      'source-layer': 'disputed_areas',
      paint: { 'line-color': p.border, 'line-width': ramp(2, 0.6, 8, 1.6), 'line-dasharray': [3, 2] },
    },
    {
      ...base,
      id: 'borders',
      filter: ['!', ['get', 'disputed']],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.border, 'line-width': ramp(2, 0.6, 8, 1.6) },
    },
    {
      ...base,
      id: 'borders-disputed',
      filter: ['get', 'disputed'],
      paint: { 'line-color': p.border, 'line-width': ramp(2, 0.6, 8, 1.6), 'line-dasharray': [3, 2] },
    },
  ];
}

export function worldCountryLabels(p: BasemapPalette, lang: 'en' | 'fr', halo: object): LayerSpecification {
  return {
    id: 'country-labels',
    type: 'symbol',
    source: 'world',
    'source-layer': 'country_labels',
    layout: {
      'text-field': ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']],
      'text-font': [REGULAR_FONT],
      'text-size': ['interpolate', ['linear'], ['get', 'minZoom'], 1, 14, 5, 11],
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.15,
      'text-max-width': 7,
      'symbol-sort-key': ['get', 'minZoom'],
    },
    paint: { 'text-color': p.minorLabel, ...halo },
  };
}

/** Town dots, under the campaign's overlays like the campaign towns' own. */
export function worldPlaceDots(p: BasemapPalette): LayerSpecification {
  return {
    id: 'place-dots',
    type: 'circle',
    source: 'places',
    'source-layer': 'places',
    paint: {
      'circle-color': p.townDot,
      'circle-stroke-color': p.townDotStroke,
      'circle-stroke-width': 1,
      'circle-radius': ['case', ['get', 'capital'], 3.5, ['<=', ['get', 'minZoom'], 5], 3, 2.2],
    },
  };
}

/**
 * Town names, the most important placed first: earlier first zoom, then larger population; capitals in their
 * own layer, bold, placed before every other town (the later layer is placed first). Each frame's placement
 * depends on the view alone (fixed anchor, as the campaign towns).
 */
export function worldPlaceLabels(
  p: BasemapPalette,
  halo: object,
  lang: 'en' | 'fr' = 'en',
): LayerSpecification[] {
  // GeoNames' French name where it differs (La Mecque, Moscou), else the town's own.
  const name: ExpressionSpecification =
    lang === 'fr' ? ['coalesce', ['get', 'name_fr'], ['get', 'name']] : ['get', 'name'];
  const label = (
    id: string,
    capital: boolean,
    font: string,
    size: ExpressionSpecification,
  ): LayerSpecification => ({
    id,
    type: 'symbol',
    source: 'places',
    'source-layer': 'places',
    filter: capital ? ['get', 'capital'] : ['!', ['get', 'capital']],
    layout: {
      'text-field': name,
      'text-font': [font],
      'text-size': size,
      'text-anchor': 'left',
      'text-offset': [0.6, 0],
      'symbol-sort-key': ['-', ['*', ['get', 'minZoom'], 100_000_000], ['get', 'population']],
    },
    paint: { 'text-color': p.label, ...halo },
  });
  return [
    label(
      'place-labels',
      false,
      REGULAR_FONT,
      ramp(3, 10, 10, ['case', ['<=', ['get', 'minZoom'], 6], 14, 12]),
    ),
    label('capital-labels', true, BOLD_FONT, ramp(2, 11, 10, 15)),
  ];
}
