import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Theme } from '../model/theme';
import { BOLD_FONT, REGULAR_FONT, basemapPalette } from './basemap-palette';
import { BASEMAP_FIRST_LABEL_LAYER, basemapStyle } from './basemap-style';
import { pmtilesTiles } from './pmtiles-url';

/** What a user's basemap archive holds, as read from its header and metadata (see openUserBasemap). */
export interface UserBasemapArchive {
  /** The archive's key on the pmtiles:// protocol. */
  key: string;
  /** The file's name, for the UI. */
  name: string;
  kind: 'vector' | 'raster';
  /** Vector only: whose layer schema the tiles follow, which decides how they are drawn. */
  schema?: 'protomaps' | 'openmaptiles' | 'other';
  /** Vector only: the tiles' layer ids, from the archive's metadata. */
  vectorLayers?: string[];
  minZoom: number;
  maxZoom: number;
  bounds: [number, number, number, number];
  /** Plain text (tags stripped), or the file name when the archive credits nobody. */
  attribution: string;
  /** Raster only: the width of its tiles in pixels. */
  tileSize?: number;
}

/** The part of @protomaps/basemaps this module uses; loaded on demand, since only vector archives need it. */
export interface ProtomapsStyler {
  layers: (source: string, flavor: never, options?: { labelsOnly?: boolean; lang?: string }) => unknown[];
  namedFlavor: (name: string) => unknown;
}

export interface UserBasemapStyleOptions {
  baseUrl: string;
  theme: Theme;
  lang?: 'en' | 'fr';
  /** Required for an archive in the Protomaps schema. */
  protomaps?: ProtomapsStyler;
}

const USER_SOURCE = 'user-basemap';
/**
 * Our layers drawn over a user's basemap: what belongs to the campaign rather than to a general map (the massif, the schematic roads and tracks the scenario names, the campaign towns). Natural Earth's
 * land, borders and minor towns give way to the user's own, more detailed map.
 */
const KEPT_BELOW_LABELS = ['massif', 'massif-outline', 'roads-casing', 'roads', 'tracks'];
const KEPT_LABELS = ['massif-label', 'road-labels', 'town-dots', 'town-labels-key'];

/** Every text-font, at layout level or inside a format expression, set to the faces the app ships. */
function withShippedFonts(layers: LayerSpecification[]): LayerSpecification[] {
  const fontFor = (value: unknown) =>
    /Bold|Medium|Semibold|Black/i.test(JSON.stringify(value)) ? BOLD_FONT : REGULAR_FONT;
  const visit = (value: unknown, top: boolean): unknown => {
    if (Array.isArray(value)) return value.map((v) => visit(v, false));
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'text-font') out[k] = top ? [fontFor(v)] : ['literal', [fontFor(v)]];
      // No sprite ships with the app: an icon would be a missing image, and a sprite URL a request elsewhere.
      else if (k === 'icon-image') continue;
      else out[k] = visit(v, false);
    }
    return out;
  };
  return layers.map((layer) => {
    const layout = layer.layout ? visit(layer.layout, true) : undefined;
    const paint = layer.paint ? visit(layer.paint, false) : undefined;
    return {
      ...layer,
      ...(layout !== undefined && { layout }),
      ...(paint !== undefined && { paint }),
    } as LayerSpecification;
  });
}

/** Layers under the campaign's lines, and labels over them. */
type Layered = [LayerSpecification[], LayerSpecification[]];

function protomapsLayers(options: UserBasemapStyleOptions, theme: Theme): Layered {
  const pm = options.protomaps;
  if (!pm)
    throw new Error('an archive in the Protomaps schema needs @protomaps/basemaps (options.protomaps)');
  const p = basemapPalette(theme);
  // The package's flavours, with our sea and land so the campaign layers sit on familiar ground.
  const flavor = {
    ...(pm.namedFlavor(theme === 'projector' ? 'dark' : 'light') as object),
    background: p.sea,
    water: p.sea,
    earth: p.land,
    regular: REGULAR_FONT,
    bold: BOLD_FONT,
    italic: REGULAR_FONT,
  } as never;
  const lang = options.lang ?? 'en';
  const all = pm.layers(USER_SOURCE, flavor, { lang }) as LayerSpecification[];
  const labelIds = new Set(
    (pm.layers(USER_SOURCE, flavor, { lang, labelsOnly: true }) as LayerSpecification[]).map((l) => l.id),
  );
  return [all.filter((l) => !labelIds.has(l.id)), all.filter((l) => labelIds.has(l.id))];
}

function openMapTilesLayers(theme: Theme, lang: string): Layered {
  const p = basemapPalette(theme);
  const name: ExpressionSpecification = [
    'coalesce',
    ['get', `name:${lang}`],
    ['get', 'name:latin'],
    ['get', 'name'],
  ];
  const halo = { 'text-halo-color': p.labelHalo, 'text-halo-width': 1.4 };
  const road = (id: string, classes: string[], colour: string, width: number): LayerSpecification => ({
    id,
    type: 'line',
    source: USER_SOURCE,
    'source-layer': 'transportation',
    filter: ['in', ['get', 'class'], ['literal', classes]],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      'line-color': colour,
      'line-width': ['interpolate', ['linear'], ['zoom'], 6, width / 3, 14, width * 2],
    },
  });
  const below: LayerSpecification[] = [
    { id: 'omt-background', type: 'background', paint: { 'background-color': p.land } },
    {
      id: 'omt-water',
      type: 'fill',
      source: USER_SOURCE,
      'source-layer': 'water',
      paint: { 'fill-color': p.sea },
    },
    {
      id: 'omt-waterway',
      type: 'line',
      source: USER_SOURCE,
      'source-layer': 'waterway',
      paint: { 'line-color': p.sea },
    },
    road('omt-minor', ['minor', 'service', 'track', 'path'], p.track, 1),
    road('omt-major', ['primary', 'secondary', 'tertiary'], p.road, 2),
    road('omt-highway', ['motorway', 'trunk'], p.road, 3),
    {
      id: 'omt-boundary',
      type: 'line',
      source: USER_SOURCE,
      'source-layer': 'boundary',
      filter: ['<=', ['get', 'admin_level'], 2],
      paint: { 'line-color': p.border, 'line-width': 1.2, 'line-dasharray': [4, 2] },
    },
  ];
  const labels: LayerSpecification[] = [
    {
      id: 'omt-places',
      type: 'symbol',
      source: USER_SOURCE,
      'source-layer': 'place',
      layout: { 'text-field': name, 'text-font': [REGULAR_FONT], 'text-size': 12 },
      paint: { 'text-color': p.minorLabel, ...halo },
    },
  ];
  return [below, labels];
}

/** Any other vector schema: every layer drawn plainly by geometry, so the file at least shows what it holds. */
function genericVectorLayers(theme: Theme, layerIds: string[], lang: string): Layered {
  const p = basemapPalette(theme);
  const below: LayerSpecification[] = [
    { id: 'user-background', type: 'background', paint: { 'background-color': p.land } },
  ];
  const labels: LayerSpecification[] = [];
  for (const id of layerIds) {
    const base = { source: USER_SOURCE, 'source-layer': id };
    below.push(
      {
        id: `user-${id}-fill`,
        type: 'fill',
        ...base,
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': p.focusCountry, 'fill-opacity': 0.6, 'fill-outline-color': p.border },
      },
      {
        id: `user-${id}-line`,
        type: 'line',
        ...base,
        filter: ['==', ['geometry-type'], 'LineString'],
        paint: { 'line-color': p.road, 'line-width': 1.5 },
      },
      {
        id: `user-${id}-point`,
        type: 'circle',
        ...base,
        filter: ['==', ['geometry-type'], 'Point'],
        paint: { 'circle-color': p.townDot, 'circle-radius': 3 },
      },
    );
    labels.push({
      id: `user-${id}-label`,
      type: 'symbol',
      ...base,
      filter: ['==', ['geometry-type'], 'Point'],
      layout: {
        'text-field': ['coalesce', ['get', `name:${lang}`], ['get', 'name'], ''],
        'text-font': [REGULAR_FONT],
        'text-size': 12,
        'text-anchor': 'left',
        'text-offset': [0.6, 0],
      },
      paint: { 'text-color': p.label, 'text-halo-color': p.labelHalo, 'text-halo-width': 1.4 },
    });
  }
  return [below, labels];
}

/**
 * A MapLibre style for a user's basemap archive in our theme, with the campaign's own layers on it. The
 * built-in relief is not drawn over it: that relief is our own ground, sea and land with the shading baked in
 * (src/map/basemap-style.ts), and the user's map brings its own. Fonts are the app's (font-faces, no glyph server) and there is no sprite, so nothing is fetched from
 * outside the origin: the archive's tiles come from the Blob through the pmtiles:// protocol.
 */
export function userBasemapStyle(
  archive: UserBasemapArchive,
  options: UserBasemapStyleOptions,
): StyleSpecification {
  const { theme, lang = 'en' } = options;
  const ours = basemapStyle({ baseUrl: options.baseUrl, theme, lang, relief: false });
  const pick = (ids: string[]) =>
    ids.flatMap((id) => {
      const layer = ours.layers.find((l) => l.id === id);
      if (!layer) return [];
      // Capitals and minor towns are the user's map's business; the campaign towns stay ours.
      return [
        id === 'town-dots' ? ({ ...layer, filter: ['==', ['get', 'rank'], 1] } as LayerSpecification) : layer,
      ];
    });
  // The campaign's deck.gl layers are inserted before this id on every basemap: here it marks the place
  // above the user's lines and below the user's labels, and draws nothing itself.
  const anchor = pick([BASEMAP_FIRST_LABEL_LAYER]).map(
    (l) => ({ ...l, layout: { ...l.layout, visibility: 'none' } }) as LayerSpecification,
  );

  const source: SourceSpecification =
    archive.kind === 'raster'
      ? {
          type: 'raster',
          tiles: [pmtilesTiles(archive.key)],
          tileSize: archive.tileSize ?? 256,
          minzoom: archive.minZoom,
          maxzoom: archive.maxZoom,
          bounds: archive.bounds,
          attribution: archive.attribution,
        }
      : {
          type: 'vector',
          tiles: [pmtilesTiles(archive.key)],
          minzoom: archive.minZoom,
          maxzoom: archive.maxZoom,
          bounds: archive.bounds,
          attribution: archive.attribution,
        };

  let base: LayerSpecification[];
  let labels: LayerSpecification[];
  if (archive.kind === 'raster') {
    const p = basemapPalette(theme);
    base = [
      { id: 'user-background', type: 'background', paint: { 'background-color': p.sea } },
      { id: 'user-raster', type: 'raster', source: USER_SOURCE },
    ];
    labels = [];
  } else {
    const [below, above] =
      archive.schema === 'protomaps'
        ? protomapsLayers(options, theme)
        : archive.schema === 'openmaptiles'
          ? openMapTilesLayers(theme, lang)
          : genericVectorLayers(theme, archive.vectorLayers ?? [], lang);
    base = withShippedFonts(below);
    labels = withShippedFonts(above);
  }

  return {
    version: 8,
    name: `Sandtable basemap: ${archive.name} (${theme})`,
    'font-faces': ours['font-faces'],
    sources: {
      [USER_SOURCE]: source,
      regional: ours.sources.regional!,
      towns: ours.sources.towns!,
    },
    layers: [...base, ...pick(KEPT_BELOW_LABELS), ...anchor, ...labels, ...pick(KEPT_LABELS)],
  };
}
