import type { Theme } from '../model/theme';
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import {
  basemapFontFaces,
  basemapPalette,
  BOLD_FONT,
  REGULAR_FONT,
  type BasemapPalette,
} from './basemap-palette';
import { pmtilesTiles } from './pmtiles-url';
import { GEONAMES, REGIONAL, RELIEF_ATTRIBUTION, WORLD_BOUNDS } from './basemap-credits';
import {
  archiveKey,
  worldBorders,
  worldCountryLabels,
  worldLand,
  worldPlaceDots,
  worldPlaceLabels,
  worldSources,
  worldWater,
} from './world-layers';

export interface BasemapStyleOptions {
  /** Absolute URL of the app's origin + base; MapLibre's worker cannot resolve relative URLs. */
  baseUrl: string;
  theme: Theme;
  lang?: 'en' | 'fr';
  /**
   * The ground with its relief shaded in, from public/basemap/relief-<theme>.pmtiles (default true), or flat
   * land and country fills (false): the UI's "Relief" switch.
   */
  relief?: boolean;
}

/** The basemap's name layers: towns (campaign and world), capitals, countries. */
export const BASEMAP_LABEL_LAYERS = [
  'town-labels',
  'town-labels-key',
  'place-labels',
  'capital-labels',
  'country-labels',
];

/** The lowest town-name layer: overlays that must not hide place names are inserted below it. */
export const BASEMAP_FIRST_LABEL_LAYER = 'town-labels';

/** Extent of the built-in basemap (west, south, east, north): the Web Mercator world. */
export const BASEMAP_BOUNDS: [number, number, number, number] = WORLD_BOUNDS;

export { RELIEF_ATTRIBUTION };
/**
 * The relief archives' zoom range: 2′ data (3.7 km), and z5 tiles are 4.9 km a pixel at the equator, 3.1 km at
 * 50°: about all there is; MapLibre overzooms.
 */
export const RELIEF_ZOOMS = { min: 0, max: 6 } as const;
/** The relief layer, the ground itself when the relief is on: overlays that belong on the ground go above it. */
export const BASEMAP_RELIEF_LAYER = 'relief';

const isKind = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
/** Linear zoom ramp, as the flat [zoom, value, zoom, value, ...] list. */
const ramp = (...stops: (number | ExpressionSpecification)[]): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  ...stops,
];

/**
 * Basemap layers handed over inline, by file name. The single-file briefing, opened from disk, can fetch
 * nothing, so it registers its bundled copies once at start-up; the served app leaves this empty.
 */
const inlineLayers = new Map<string, object>();

export function useInlineBasemap(files: Readonly<Record<string, object>>): void {
  for (const [file, data] of Object.entries(files)) inlineLayers.set(file, data);
}

export function basemapStyle(options: BasemapStyleOptions): StyleSpecification {
  const { baseUrl, theme, lang = 'en', relief = true } = options;
  const p = basemapPalette(theme);
  const geojson = (file: string, attribution: string): SourceSpecification => ({
    type: 'geojson',
    data: (inlineLayers.get(file) as GeoJSON.GeoJSON | undefined) ?? new URL(`basemap/${file}`, baseUrl).href,
    attribution,
    // Natural Earth 10m and the schematic roads carry no detail worth tiling beyond this.
    maxzoom: 12,
  });
  const halo = { 'text-halo-color': p.labelHalo, 'text-halo-width': 1.6, 'text-halo-blur': 0.2 };
  const townDots = (id: string, filter: ExpressionSpecification, minzoom: number): LayerSpecification => ({
    id,
    type: 'circle',
    source: 'towns',
    filter,
    minzoom,
    paint: {
      'circle-color': p.townDot,
      'circle-stroke-color': p.townDotStroke,
      'circle-stroke-width': 1.2,
      'circle-radius': ramp(2, 2, 9, ['case', ['==', ['get', 'rank'], 1], 5, 3.5]),
    },
  });
  const townLabels = (
    id: string,
    rank: number,
    minzoom: number,
    font: string,
    size: ExpressionSpecification,
  ): LayerSpecification => ({
    id,
    type: 'symbol',
    source: 'towns',
    filter: ['==', ['get', 'rank'], rank],
    minzoom,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [font],
      'text-size': size,
      // A fixed anchor, not a variable one: MapLibre keeps a variable label on the anchor it chose in earlier
      // frames, which would make a frame depend on how it was reached. Map labels reserve this spot too.
      'text-anchor': 'left',
      'text-offset': [0.6, 0],
    },
    paint: {
      'text-color': rank === 1 ? p.keyLabel : p.label,
      ...halo,
      'text-halo-width': rank === 1 ? 2 : 1.6,
    },
  });
  const regionalName: ExpressionSpecification = ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];

  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': p.sea } },
    // The relief is the ground: sea and land with the hillshade baked in (npm run basemap),
    // one raster pass in place of the flat fills below, where a hillshade layer on top cost a second
    // full-screen pass with a heavy shader (half the frame rate in software WebGL).
    ...(relief ? [reliefLayer()] : flatGround(p)),
    ...worldWater(p),
    {
      id: 'massif-outline',
      type: 'line',
      source: 'regional',
      filter: isKind('massif'),
      // An outline, not a fill: a fill over the relief washed out the very mountains it marks.
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.massifOutline, 'line-width': ramp(5, 1, 9, 2), 'line-dasharray': [2, 1.5] },
    },
    ...worldBorders(p),
    {
      id: 'roads-casing',
      type: 'line',
      source: 'regional',
      filter: isKind('road'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.roadCasing, 'line-width': ramp(5, 2.4, 7, 4.2, 10, 7), 'line-opacity': 0.7 },
    },
    {
      id: 'roads',
      type: 'line',
      source: 'regional',
      filter: isKind('road'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.road, 'line-width': ramp(5, 1.2, 7, 2.4, 10, 4) },
    },
    {
      id: 'tracks',
      type: 'line',
      source: 'regional',
      filter: isKind('track'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.track, 'line-width': ramp(5, 1, 7, 1.6, 10, 2.6), 'line-dasharray': [3, 2] },
    },
    worldCountryLabels(p, lang, halo),
    {
      id: 'massif-label',
      type: 'symbol',
      source: 'regional',
      filter: ['all', isKind('massif'), isPoint],
      minzoom: 5.5,
      layout: {
        'text-field': regionalName,
        'text-font': [REGULAR_FONT],
        'text-size': ramp(6, 12, 10, 16),
        'text-letter-spacing': 0.12,
        'text-max-width': 6,
        // On the outline's most interior point, clear of the towns on its edge. A fixed anchor keeps every
        // frame independent of the frames before it.
        'text-anchor': 'center',
      },
      paint: { 'text-color': p.massifLabel, ...halo },
    },
    {
      id: 'road-labels',
      type: 'symbol',
      source: 'regional',
      filter: ['in', ['get', 'kind'], ['literal', ['road', 'track']]],
      minzoom: 7.5,
      layout: {
        'symbol-placement': 'line',
        'text-field': regionalName,
        'text-font': [REGULAR_FONT],
        'text-size': 12,
        // Beside the line rather than on it, so the road does not strike through the letters.
        'text-offset': [0, -0.9],
        'symbol-spacing': 400,
      },
      paint: { 'text-color': p.minorLabel, ...halo },
    },
    worldPlaceDots(p),
    townDots('town-dots', ['<=', ['get', 'rank'], 1], 0),
    townDots('town-dots-minor', ['==', ['get', 'rank'], 2], 6),
    townLabels('town-labels', 2, 6, REGULAR_FONT, ramp(6, 11, 10, 13)),
    // Above the campaign's overlays (inserted before town-labels), placed after the campaign's own towns.
    ...worldPlaceLabels(p, halo, lang),
    // Last in the stack, so placed first: campaign towns win collisions against everything else.
    townLabels('town-labels-key', 1, 4, BOLD_FONT, ramp(4, 12, 9, 17)),
  ];

  return {
    version: 8,
    name: `Sandtable basemap (${theme})`,
    'font-faces': basemapFontFaces(baseUrl),
    sources: {
      ...worldSources(baseUrl),
      towns: geojson('towns.geojson', GEONAMES),
      regional: geojson('regional.geojson', REGIONAL),
      ...(relief && { relief: reliefSource(baseUrl, theme) }),
    },
    layers,
  };
}

/** The ground without relief: the land over the sea. */
function flatGround(p: BasemapPalette): LayerSpecification[] {
  return [worldLand(p)];
}

/** A theme's relief archive: its ground, pre-shaded, read through the pmtiles:// protocol (src/map/pmtiles-protocol.ts). */
export function reliefSource(baseUrl: string, theme: Theme): SourceSpecification {
  return {
    type: 'raster',
    tiles: [pmtilesTiles(archiveKey(`relief-${theme}.pmtiles`, baseUrl))],
    tileSize: 256,
    minzoom: RELIEF_ZOOMS.min,
    maxzoom: RELIEF_ZOOMS.max,
    // The whole world: tiles without land are the plain sea colour.
    bounds: BASEMAP_BOUNDS,
    attribution: RELIEF_ATTRIBUTION,
  };
}

/**
 * The pre-shaded ground. Lit from the north-west and baked north-up (scripts/build-relief.mjs): a chapter that
 * turns the camera turns the light with the map.
 */
export function reliefLayer(source = 'relief'): LayerSpecification {
  return {
    id: BASEMAP_RELIEF_LAYER,
    type: 'raster',
    source,
    paint: {
      // Fades run on the wall clock: a frame must depend only on what it shows.
      'raster-fade-duration': 0,
      'raster-resampling': 'linear',
    },
  };
}
