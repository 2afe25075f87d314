import type { StyleSpecification } from 'maplibre-gl';
import { TileType } from 'pmtiles';
import { ProblemError } from '../i18n/problem';
import { BlobSource } from './blob-source';
import { imageWidth } from './image-size';
import { addPmtilesSource } from './pmtiles-protocol';
import {
  userBasemapStyle,
  type ProtomapsStyler,
  type UserBasemapArchive,
  type UserBasemapStyleOptions,
} from './user-basemap-style';

/** A basemap the user opened from disk: what it holds, and its style in any theme and language. */
export interface UserBasemap extends UserBasemapArchive {
  style(options: Omit<UserBasemapStyleOptions, 'protomaps'>): StyleSpecification;
}

const RASTER_TYPES = new Set<number>([TileType.Png, TileType.Jpeg, TileType.Webp, TileType.Avif]);
let opened = 0;

/** Tags out, entities left as text: credits are drawn as plain text on the map. */
const plainText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function schemaOf(layerIds: string[]): UserBasemapArchive['schema'] {
  const has = (...ids: string[]) => ids.every((id) => layerIds.includes(id));
  if (has('earth', 'roads', 'places')) return 'protomaps';
  if (has('transportation', 'place', 'water')) return 'openmaptiles';
  return 'other';
}

/** The tile of an archive at a zoom that holds a lon/lat. */
function tileAt(z: number, lon: number, lat: number): [number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

/**
 * Opens a local .pmtiles file (vector tiles in the Protomaps or OpenMapTiles schema, or raster tiles) without
 * any network request: the archive is read from the Blob and served to MapLibre through pmtiles://. Loads
 * @protomaps/basemaps only for an archive in its schema. Rejects, naming the file, what it cannot draw.
 */
export async function openUserBasemap(blob: Blob, name: string): Promise<UserBasemap> {
  const key = `local-${++opened}-${name.replace(/[^A-Za-z0-9._-]/g, '_')}`;
  const archive = addPmtilesSource(new BlobSource(blob, key));
  let header;
  try {
    header = await archive.getHeader();
  } catch {
    // The reader's words ("Wrong magic number for PMTiles archive") mean nothing to a reader: say what it is.
    throw new ProblemError([{ key: 'basemapNotPmtiles', values: { name } }]);
  }
  const metadata = ((await archive.getMetadata().catch(() => ({}))) ?? {}) as {
    attribution?: unknown;
    vector_layers?: { id?: unknown }[];
  };
  const vector = header.tileType === TileType.Mvt;
  if (!vector && !RASTER_TYPES.has(header.tileType)) {
    throw new ProblemError([{ key: 'basemapWrongTiles', values: { name, type: header.tileType } }]);
  }
  const layerIds = (metadata.vector_layers ?? []).flatMap((l) => (typeof l.id === 'string' ? [l.id] : []));
  const info: UserBasemapArchive = {
    key,
    name,
    kind: vector ? 'vector' : 'raster',
    minZoom: header.minZoom,
    maxZoom: header.maxZoom,
    bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
    attribution:
      typeof metadata.attribution === 'string' && plainText(metadata.attribution)
        ? plainText(metadata.attribution)
        : `Basemap ${name}`,
    ...(vector && { schema: schemaOf(layerIds), vectorLayers: layerIds }),
  };
  if (!vector) {
    const z = Math.min(header.maxZoom, Math.max(header.minZoom, header.centerZoom));
    const [x, y] = tileAt(z, header.centerLon, header.centerLat);
    const tile = await archive.getZxy(z, x, y);
    info.tileSize = (tile && imageWidth(new Uint8Array(tile.data))) || 256;
  }
  const protomaps: ProtomapsStyler | undefined =
    info.schema === 'protomaps'
      ? ((await import('@protomaps/basemaps')) as unknown as ProtomapsStyler)
      : undefined;
  return {
    ...info,
    style: (options) => userBasemapStyle(info, { ...options, ...(protomaps && { protomaps }) }),
  };
}
