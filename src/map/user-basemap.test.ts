import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { openUserBasemap } from './user-basemap';
import { errorText } from '../i18n/problem';
import { BASEMAP_FIRST_LABEL_LAYER, BASEMAP_RELIEF_LAYER } from './basemap-style';
import { PMTILES_SCHEME } from './pmtiles-url';
import {
  TEST_PLACE,
  TEST_POINT,
  encodeMvt,
  rasterTestArchive,
  vectorTestArchive,
} from '../../tests/support/test-pmtiles';
import { BytesSource } from '../../tests/support/bytes-source';

const BASE_URL = 'http://127.0.0.1:4173/app/';
const ORIGIN = new URL(BASE_URL).origin;
const themes = ['projector', 'print'] as const;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Nothing to fetch from outside the origin: fonts ours, no sprite or glyphs, tiles from the Blob. */
function expectOffline(style: StyleSpecification, key: string) {
  expect(style.glyphs).toBeUndefined();
  expect(style.sprite).toBeUndefined();
  for (const s of strings(style).filter((v) => v.includes('://'))) {
    if (s.startsWith(PMTILES_SCHEME)) {
      const archive = s.slice(PMTILES_SCHEME.length);
      if (!archive.startsWith(key)) expect(new URL(archive).origin, s).toBe(ORIGIN);
    } else expect(new URL(s).origin, s).toBe(ORIGIN);
  }
  const faces = Object.keys(style['font-faces'] ?? {});
  for (const layer of style.layers) {
    const json = JSON.stringify(layer);
    expect(json, layer.id).not.toContain('icon-image');
    for (const [, fonts] of json.matchAll(/"text-font":(\[[^\]]*\]+)/g)) {
      for (const font of strings(JSON.parse(fonts!)).filter((f) => f !== 'literal'))
        expect(faces, layer.id).toContain(font);
    }
  }
}

describe('openUserBasemap, vector (Protomaps schema)', async () => {
  const basemap = await openUserBasemap(new Blob([vectorTestArchive()]), 'kidal test.pmtiles');

  it('reads the archive from the Blob and tells what it holds', () => {
    expect(basemap).toMatchObject({
      kind: 'vector',
      schema: 'protomaps',
      name: 'kidal test.pmtiles',
      minZoom: 0,
      maxZoom: 8,
      attribution: '© Test Cartographers',
    });
    expect(basemap.key).toMatch(/^local-\d+-kidal_test\.pmtiles$/);
    expect(basemap.vectorLayers).toEqual(['earth', 'water', 'roads', 'places']);
  });

  it.each(themes)('styles it with @protomaps/basemaps in the %s theme, offline', (theme) => {
    const style = basemap.style({ baseUrl: BASE_URL, theme, lang: 'fr' });
    expect(validateStyleMin(style)).toEqual([]);
    expectOffline(style, basemap.key);
    const ids = style.layers.map((l) => l.id);
    expect(ids).toContain('places_locality');
    // The campaign's own layers stay, over the user's map; Natural Earth's give way.
    for (const id of ['roads', 'tracks', 'massif-outline', 'town-labels-key']) expect(ids).toContain(id);
    // So do our ground and its relief: the user's map is the ground now.
    for (const id of [
      'land',
      'borders',
      'place-labels',
      'capital-labels',
      'country-labels',
      BASEMAP_RELIEF_LAYER,
    ])
      expect(ids).not.toContain(id);
    expect(style.sources).not.toHaveProperty('relief');
    // Minor towns give way too: their layer stays only as the campaign layers' anchor, hidden.
    const anchor = style.layers.find((l) => l.id === BASEMAP_FIRST_LABEL_LAYER);
    expect(anchor?.layout).toHaveProperty('visibility', 'none');
    expect(ids.indexOf('places_locality')).toBeGreaterThan(ids.indexOf('roads'));
    // The campaign's layers go in before this id, under the user's labels.
    expect(ids.indexOf(BASEMAP_FIRST_LABEL_LAYER)).toBeGreaterThan(ids.indexOf('roads_major'));
    expect(ids.indexOf(BASEMAP_FIRST_LABEL_LAYER)).toBeLessThan(ids.indexOf('places_locality'));
    expect(style.sources['user-basemap']).toMatchObject({
      type: 'vector',
      tiles: [`pmtiles://${basemap.key}/{z}/{x}/{y}`],
      attribution: '© Test Cartographers',
    });
  });
});

describe('openUserBasemap, raster', () => {
  it.each([256, 512])('reads %i-px tiles and draws them under the campaign layers', async (size) => {
    const basemap = await openUserBasemap(new Blob([rasterTestArchive(6, size)]), 'imagery.pmtiles');
    expect(basemap).toMatchObject({
      kind: 'raster',
      tileSize: size,
      maxZoom: 6,
      attribution: 'Test imagery',
    });
    for (const theme of themes) {
      const style = basemap.style({ baseUrl: BASE_URL, theme });
      expect(validateStyleMin(style)).toEqual([]);
      expectOffline(style, basemap.key);
      const ids = style.layers.map((l) => l.id);
      expect(ids.slice(0, 3)).toEqual(['user-background', 'user-raster', 'massif-outline']);
      expect(ids).not.toContain(BASEMAP_RELIEF_LAYER);
      expect(ids).toContain(BASEMAP_FIRST_LABEL_LAYER);
      expect(style.sources['user-basemap']).toMatchObject({ type: 'raster', tileSize: size });
    }
  });

  it('refuses a file that is not an archive, naming it in plain words in either language', async () => {
    const failure = openUserBasemap(new Blob([new Uint8Array(20000)]), 'notes.txt');
    await expect(failure).rejects.toThrow(/^This is not a PMTiles basemap: notes\.txt\./);
    const error = await failure.catch((e: unknown) => e);
    expect(errorText(error, 'fr')).toMatch(/^Ce n’est pas un fond de carte PMTiles : notes\.txt\./);
    expect(errorText(error, 'fr')).not.toMatch(/magic/i);
  });
});

describe('test archives (tests/support/test-pmtiles.ts)', () => {
  it('encodes vector tiles that a vector-tile decoder reads back', async () => {
    const reader = new PMTiles(new BytesSource(vectorTestArchive(), 'v'));
    const z = 8;
    const n = 2 ** z;
    const x = Math.floor(((TEST_POINT[0] + 180) / 360) * n);
    const lat = (TEST_POINT[1] * Math.PI) / 180;
    const y = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n);
    const tile = new VectorTile(new PbfReader(new Uint8Array((await reader.getZxy(z, x, y))!.data)));
    expect(Object.keys(tile.layers).sort()).toEqual(['earth', 'places', 'roads', 'water']);
    const place = tile.layers.places!.feature(0);
    expect(place.properties.name).toBe(TEST_PLACE);
    const [lon, latitude] = (place.toGeoJSON(x, y, z).geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeCloseTo(TEST_POINT[0] + 0.1, 2);
    expect(latitude).toBeCloseTo(TEST_POINT[1] + 0.1, 2);
    const lake = tile.layers.water!.feature(0).toGeoJSON(x, y, z).geometry as {
      type: string;
      coordinates: number[][][];
    };
    expect(lake.type).toBe('Polygon');
    expect(lake.coordinates[0]).toHaveLength(5);
  });

  it('writes a line as one MoveTo and one LineTo run', () => {
    const bytes = encodeMvt(0, 0, 0, {
      l: [
        {
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [10, 10],
              [20, 0],
            ],
          },
          properties: {},
        },
      ],
    });
    const line = new VectorTile(new PbfReader(bytes)).layers.l!.feature(0);
    expect(line.type).toBe(2);
    expect(line.loadGeometry()[0]).toHaveLength(3);
  });
});
