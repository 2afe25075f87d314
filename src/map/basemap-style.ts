import type { Theme } from '../model/theme';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { basemapFontFaces, basemapPalette, type BasemapPalette } from './basemap-palette';
import { labelHalo, regionalLayers, townLayers } from './basemap-groups';
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
  const halo = labelHalo(p);
  const regional = regionalLayers(p, lang);
  const towns = townLayers(p);

  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': p.sea } },
    // The relief is the ground: sea and land with the hillshade baked in (npm run basemap),
    // one raster pass in place of the flat fills below, where a hillshade layer on top cost a second
    // full-screen pass with a heavy shader (half the frame rate in software WebGL).
    ...(relief ? [reliefLayer()] : flatGround(p)),
    ...worldWater(p),
    regional.massifOutline,
    ...worldBorders(p),
    ...regional.roads,
    worldCountryLabels(p, lang, halo),
    ...regional.labels,
    worldPlaceDots(p),
    ...towns.dots,
    towns.minorLabels,
    // Above the campaign's overlays (inserted before town-labels), placed after the campaign's own towns.
    ...worldPlaceLabels(p, halo, lang),
    // Last in the stack, so placed first: campaign towns win collisions against everything else.
    towns.keyLabels,
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
