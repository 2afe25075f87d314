import { describe, expect, it } from 'vitest';
// Comes with maplibre-gl; validating here catches a bad expression before a browser ever sees it.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import {
  BASEMAP_BOUNDS,
  BASEMAP_FIRST_LABEL_LAYER,
  BASEMAP_RELIEF_LAYER,
  RELIEF_ATTRIBUTION,
  RELIEF_ZOOMS,
  basemapStyle,
} from './basemap-style';
import { PMTILES_SCHEME } from './pmtiles-url';
import { REGION } from '../../scripts/basemap-geometry.mjs';
import { REGIONAL_BOUNDS, WORLD_BOUNDS } from './basemap-credits';
import { PLACES_ZOOMS, WORLD_ZOOMS } from './world-layers';
import { WORLD_MAX_ZOOM } from '../../scripts/build-world-tiles.mjs';
import { PLACES_MAX_ZOOM } from '../../scripts/world-places.mjs';
import {
  RELIEF_ATTRIBUTION as BUILT_ATTRIBUTION,
  RELIEF_MAX_ZOOM as BUILT_MAX_ZOOM,
} from '../../scripts/build-relief.mjs';

const BASE_URL = 'http://127.0.0.1:4173/briefing/sandtable/';
const ORIGIN = new URL(BASE_URL).origin;

const variants = (['projector', 'print'] as const).flatMap((theme) =>
  (['en', 'fr'] as const).map((lang) => ({ theme, lang })),
);

function strings(value: unknown, path = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  }
  return [];
}

/** The address a URL is fetched from: a pmtiles:// URL reads the http(s) archive it wraps. */
const fetchedFrom = (url: string) =>
  new URL(url.startsWith(PMTILES_SCHEME) ? url.slice(PMTILES_SCHEME.length) : url);

/** Anything a browser could treat as a fetchable address: a scheme, or protocol-relative. */
const looksLikeUrl = (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) || s.startsWith('//') || s.includes('://');

function textFonts(style: StyleSpecification): string[] {
  return style.layers.flatMap((layer) => {
    if (layer.type !== 'symbol') return [];
    const font = layer.layout?.['text-font'];
    expect(Array.isArray(font) && font.every((f) => typeof f === 'string'), `${layer.id} text-font`).toBe(
      true,
    );
    return font as string[];
  });
}

describe.each(variants)('basemapStyle($theme, $lang)', ({ theme, lang }) => {
  const style = basemapStyle({ baseUrl: BASE_URL, theme, lang });

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('points at nothing outside the app origin', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const urls = strings(style).filter((s) => looksLikeUrl(s.value));
    expect(urls.length).toBeGreaterThan(0);
    for (const { path, value } of urls) expect(fetchedFrom(value).origin, path).toBe(ORIGIN);
  });

  it('serves its data from under the base URL, as absolute URLs the worker can fetch', () => {
    for (const [id, source] of Object.entries(style.sources)) {
      const data =
        source.type === 'geojson'
          ? source.data
          : source.type === 'raster' || source.type === 'vector'
            ? source.tiles?.[0]
            : undefined;
      const url = typeof data === 'string' ? fetchedFrom(data).href : '';
      expect(url.startsWith(`${BASE_URL}basemap/`), `${id}: ${String(data)}`).toBe(true);
    }
  });

  it('declares every text-font it uses, each file under the app origin', () => {
    const faces = style['font-faces'] ?? {};
    const used = new Set(textFonts(style));
    expect(used.size).toBeGreaterThan(0);
    for (const font of used) expect(Object.keys(faces), font).toContain(font);
    for (const [name, declaration] of Object.entries(faces)) {
      const list = typeof declaration === 'string' ? [{ url: declaration }] : declaration;
      expect(list.length, name).toBeGreaterThan(0);
      for (const face of list) {
        expect(new URL(face.url).origin, name).toBe(ORIGIN);
        expect(face.url, name).toMatch(/noto-sans-latin(-ext)?-[47]00-normal\.woff2/);
      }
    }
  });

  it('has unique layer ids over sources that exist, each credited', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of style.layers) {
      if (layer.type === 'background') continue;
      expect(style.sources, layer.id).toHaveProperty(layer.source);
    }
    for (const [id, source] of Object.entries(style.sources)) {
      expect('attribution' in source && source.attribution, id).toBeTruthy();
    }
  });
});

describe('basemapStyle themes', () => {
  it('would notice a URL to another host', () => {
    const found = strings({ sprite: 'https://tiles.example.com/sprite' }).filter((s) =>
      looksLikeUrl(s.value),
    );
    expect(found.map((s) => new URL(s.value).origin)).toEqual(['https://tiles.example.com']);
  });

  it('gives the two themes different colours', () => {
    const bg = (theme: 'projector' | 'print') =>
      basemapStyle({ baseUrl: BASE_URL, theme }).layers.find((l) => l.type === 'background')?.paint;
    expect(bg('projector')).not.toEqual(bg('print'));
  });

  it('labels regional features in the requested language', () => {
    const text = (lang: 'en' | 'fr') =>
      JSON.stringify(
        basemapStyle({ baseUrl: BASE_URL, theme: 'print', lang }).layers.find((l) => l.id === 'road-labels'),
      );
    expect(text('fr')).toContain('name_fr');
    expect(text('en')).not.toContain('name_fr');
  });

  it('covers the world, with the curated regional layer where the build script puts it', () => {
    expect(BASEMAP_BOUNDS).toEqual(WORLD_BOUNDS);
    expect(REGIONAL_BOUNDS).toEqual([REGION.west, REGION.south, REGION.east, REGION.north]);
    expect([WORLD_ZOOMS.max, PLACES_ZOOMS.max]).toEqual([WORLD_MAX_ZOOM, PLACES_MAX_ZOOM]);
  });

  it("labels countries in the reader's language and draws disputed borders dashed", () => {
    const layer = (lang: 'en' | 'fr', id: string) =>
      basemapStyle({ baseUrl: BASE_URL, theme: 'print', lang }).layers.find((l) => l.id === id);
    expect(JSON.stringify(layer('fr', 'country-labels'))).toContain('name_fr');
    expect(JSON.stringify(layer('en', 'country-labels'))).not.toContain('name_fr');
    const disputed = layer('en', 'borders-disputed');
    expect(disputed?.type === 'line' && disputed.paint?.['line-dasharray']).toBeTruthy();
    const settled = layer('en', 'borders');
    expect(settled?.type === 'line' && settled.paint?.['line-dasharray']).toBeFalsy();
    const areas = layer('en', 'disputed-areas');
    expect(areas?.type === 'line' && areas['source-layer']).toBe('disputed_areas');
    expect(areas?.type === 'line' && areas.paint?.['line-dasharray']).toBeTruthy();
  });

  it("names towns in French where the data has it, and each town's own name otherwise", () => {
    const field = (lang: 'en' | 'fr') =>
      basemapStyle({ baseUrl: BASE_URL, theme: 'print', lang })
        .layers.filter((l) => l.id === 'place-labels' || l.id === 'capital-labels')
        .map((l) => (l.type === 'symbol' ? l.layout?.['text-field'] : undefined));
    expect(field('fr')).toEqual([
      ['coalesce', ['get', 'name_fr'], ['get', 'name']],
      ['coalesce', ['get', 'name_fr'], ['get', 'name']],
    ]);
    expect(field('en')).toEqual([
      ['get', 'name'],
      ['get', 'name'],
    ]);
  });

  it('draws lakes and rivers on the ground, first-order administrative lines under the borders', () => {
    const style = basemapStyle({ baseUrl: BASE_URL, theme: 'projector' });
    const order = style.layers.map((l) => l.id);
    const at = (id: string) => order.indexOf(id);
    for (const id of ['lakes', 'rivers', 'admin1']) expect(order, id).toContain(id);
    expect(at(BASEMAP_RELIEF_LAYER)).toBeLessThan(at('lakes'));
    expect(at('rivers')).toBeLessThan(at('borders'));
    expect(at('admin1')).toBeLessThan(at('borders'));
    // Kidal's curated regional layer stays on top of the world's.
    expect(at('rivers')).toBeLessThan(at('roads'));
  });

  it('outlines the massif rather than filling it over the relief', () => {
    const style = basemapStyle({ baseUrl: BASE_URL, theme: 'projector' });
    const fills = style.layers.filter((l) => l.type === 'fill' && 'source' in l && l.source === 'regional');
    expect(fills).toEqual([]);
    expect(style.layers.map((l) => l.id)).toEqual(expect.arrayContaining(['massif-outline', 'massif-label']));
  });
});

describe.each(['projector', 'print'] as const)('basemapStyle relief (%s)', (theme) => {
  const on = basemapStyle({ baseUrl: BASE_URL, theme });
  const off = basemapStyle({ baseUrl: BASE_URL, theme, relief: false });
  const ids = (style: StyleSpecification) => style.layers.map((l) => l.id);

  it("draws the theme's pre-shaded ground by default, and flat fills when switched off", () => {
    const layer = on.layers.find((l) => l.id === BASEMAP_RELIEF_LAYER);
    expect(layer?.type).toBe('raster');
    expect(on.sources.relief).toMatchObject({
      type: 'raster',
      tiles: [`pmtiles://${BASE_URL}basemap/relief-${theme}.pmtiles/{z}/{x}/{y}`],
      bounds: BASEMAP_BOUNDS,
      minzoom: RELIEF_ZOOMS.min,
      maxzoom: RELIEF_ZOOMS.max,
    });
    expect(ids(off)).not.toContain(BASEMAP_RELIEF_LAYER);
    expect(off.sources).not.toHaveProperty('relief');
  });

  it('replaces the land fill rather than adding a pass over it', () => {
    const flat = ['land'];
    for (const id of flat) expect(ids(on)).not.toContain(id);
    for (const id of flat) expect(ids(off)).toContain(id);
    // The countries stay for their borders and names.
    expect(on.sources).toHaveProperty('world');
    // Everything else is the same, in the same order, with the relief where the fills were.
    expect(ids(on).filter((id) => id !== BASEMAP_RELIEF_LAYER)).toEqual(
      ids(off).filter((id) => !flat.includes(id)),
    );
    expect(ids(on).indexOf(BASEMAP_RELIEF_LAYER)).toBe(ids(off).indexOf('land'));
  });

  it('lies under the massif, borders, roads and every label', () => {
    const order = ids(on);
    const at = (id: string) => order.indexOf(id);
    expect(at(BASEMAP_RELIEF_LAYER)).toBeGreaterThan(at('background'));
    for (const above of [
      'massif-outline',
      'borders',
      'roads',
      'tracks',
      'country-labels',
      BASEMAP_FIRST_LABEL_LAYER,
    ])
      expect(at(BASEMAP_RELIEF_LAYER), above).toBeLessThan(at(above));
  });

  it('draws each frame from what it shows alone: no fade on the wall clock', () => {
    const layer = on.layers.find((l) => l.id === BASEMAP_RELIEF_LAYER);
    expect(layer?.type === 'raster' && layer.paint).toMatchObject({ 'raster-fade-duration': 0 });
  });

  it('credits the elevation source, as the build script writes it into the archive', () => {
    expect(on.sources.relief).toHaveProperty('attribution', RELIEF_ATTRIBUTION);
    expect(RELIEF_ATTRIBUTION).toBe(BUILT_ATTRIBUTION);
    expect(RELIEF_ZOOMS.max).toBe(BUILT_MAX_ZOOM);
  });
});
