// GeoJSON layers to gzipped Mapbox Vector Tiles, for the built-in Earth's archives (scripts/build-world-tiles.mjs).
// geojson-vt cuts and simplifies per zoom (tolerance 3 of 4096 units, ≈ 0.2 screen pixels), vt-pbf encodes.
// Layers whose features carry `minZoom` enter a tile only from that zoom on (the place ranking), so a zoom-3
// tile holds only what zoom 3 draws. Deterministic: same layers give the same bytes (gzip's header carries no
// time when written by zlib's gzipSync).

import { gzipSync } from 'node:zlib';
import geojsonvt from 'geojson-vt';
import vtpbf from 'vt-pbf';

/**
 * @typedef {{ type: 'Feature'; properties: Record<string, string | number | boolean>; geometry: import('geojson').Geometry }} LayerFeature
 * @typedef {{ name: string; features: LayerFeature[]; ranked?: boolean }} Layer ranked: features have a numeric
 *   `minZoom` property and enter tiles from that zoom on
 * @typedef {{ z: number; x: number; y: number; data: Uint8Array }} Tile
 */

/** Tile units per side, and the margin cut round each tile so lines and labels join across tile edges. */
const EXTENT = 4096;
const BUFFER = 64;

/**
 * @param {LayerFeature[]} features
 * @param {number} maxZoom
 */
function index(features, maxZoom) {
  return new geojsonvt(
    { type: 'FeatureCollection', features },
    // Every tile down to maxZoom is cut now (indexMaxPoints 0), so they can be listed.
    { maxZoom, indexMaxZoom: maxZoom, indexMaxPoints: 0, tolerance: 3, extent: EXTENT, buffer: BUFFER },
  );
}

/**
 * All non-empty tiles from zoom 0 to maxZoom, sorted by z, x, y.
 * @param {Layer[]} layers
 * @param {number} maxZoom
 * @returns {Tile[]}
 */
export function vectorTiles(layers, maxZoom) {
  /** @type {Map<string, { z: number; x: number; y: number; layers: Record<string, object> }>} */
  const byKey = new Map();
  /**
   * @param {string} name
   * @param {ReturnType<typeof index>} tileIndex
   * @param {(z: number) => boolean} wanted
   */
  const collect = (name, tileIndex, wanted) => {
    for (const { z, x, y } of tileIndex.tileCoords) {
      if (!wanted(z)) continue;
      const tile = tileIndex.getTile(z, x, y);
      if (!tile || tile.features.length === 0) continue;
      const key = `${z}/${x}/${y}`;
      const entry = byKey.get(key) ?? { z, x, y, layers: {} };
      entry.layers[name] = tile;
      byKey.set(key, entry);
    }
  };
  for (const layer of layers) {
    if (!layer.ranked) {
      if (layer.features.length > 0) collect(layer.name, index(layer.features, maxZoom), () => true);
      continue;
    }
    for (let z = 0; z <= maxZoom; z++) {
      const shown = layer.features.filter((f) => Number(f.properties.minZoom) <= z);
      if (shown.length > 0) collect(layer.name, index(shown, z), (tz) => tz === z);
    }
  }
  return [...byKey.values()]
    .sort((a, b) => a.z - b.z || a.x - b.x || a.y - b.y)
    .map(({ z, x, y, layers: tileLayers }) => {
      // Layers in the order given, whatever order the tiles were collected in.
      /** @type {Record<string, object>} */
      const ordered = {};
      for (const layer of layers) {
        const t = tileLayers[layer.name];
        if (t) ordered[layer.name] = t;
      }
      const pbf = vtpbf.fromGeojsonVt(ordered, { version: 2, extent: EXTENT });
      return { z, x, y, data: new Uint8Array(gzipSync(pbf, { level: 9 })) };
    });
}
