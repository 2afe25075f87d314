import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import { vectorTiles, type Layer } from './vector-tiles.mjs';

// Tile building is deterministic (same layers, same bytes) and the ranked layer enters tiles by zoom.

const LAYERS: Layer[] = [
  {
    name: 'countries',
    features: [
      {
        type: 'Feature',
        properties: { name_en: 'Square', name_fr: 'Carré' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [10, 10],
              [20, 10],
              [20, 20],
              [10, 20],
              [10, 10],
            ],
          ],
        },
      },
    ],
  },
  {
    name: 'places',
    ranked: true,
    features: [
      {
        type: 'Feature',
        properties: { name: 'Big', minZoom: 1 },
        geometry: { type: 'Point', coordinates: [15, 15] },
      },
      {
        type: 'Feature',
        properties: { name: 'Small', minZoom: 3 },
        geometry: { type: 'Point', coordinates: [16, 16] },
      },
    ],
  },
];

function placesIn(tile: { data: Uint8Array }): string[] {
  const vt = new VectorTile(new PbfReader(gunzipSync(tile.data)));
  const layer = vt.layers.places;
  if (!layer) return [];
  return Array.from({ length: layer.length }, (_, i) => String(layer.feature(i).properties.name)).sort();
}

describe('vectorTiles', () => {
  const tiles = vectorTiles(LAYERS, 4);

  it('gives byte-identical tiles run to run', () => {
    const again = vectorTiles(structuredClone(LAYERS), 4);
    expect(again.map((t) => `${t.z}/${t.x}/${t.y}`)).toEqual(tiles.map((t) => `${t.z}/${t.x}/${t.y}`));
    for (const [i, t] of tiles.entries())
      expect(Buffer.from(again[i]!.data).equals(Buffer.from(t.data))).toBe(true);
  });

  it('cuts every zoom, sorted, and names places only from their first zoom', () => {
    expect(new Set(tiles.map((t) => t.z))).toEqual(new Set([0, 1, 2, 3, 4]));
    const at = (z: number) => tiles.filter((t) => t.z === z).flatMap(placesIn);
    expect(at(0)).toEqual([]);
    expect(at(1)).toEqual(['Big']);
    expect(at(2)).toEqual(['Big']);
    expect(at(3)).toEqual(['Big', 'Small']);
    const vt = new VectorTile(new PbfReader(gunzipSync(tiles[0]!.data)));
    expect(vt.layers.countries?.feature(0).properties).toEqual({ name_en: 'Square', name_fr: 'Carré' });
  });
});
