import { baseName, extension } from './text';

/** `geojson` is any JSON (GeoJSON, or an ORBAT Mapper scenario); `resource` an image or model a KMZ carries. */
export type InputKind =
  'zip' | 'manifest' | 'geojson' | 'gpx' | 'kml' | 'tcx' | 'csv' | 'resource' | 'junk' | 'unknown';

const BY_EXTENSION: Record<string, InputKind> = {
  zip: 'zip',
  kmz: 'zip',
  geojson: 'geojson',
  json: 'geojson',
  gpx: 'gpx',
  kml: 'kml',
  tcx: 'tcx',
  csv: 'csv',
  ...Object.fromEntries(
    ['png', 'jpg', 'jpeg', 'gif', 'bmp', 'tif', 'tiff', 'webp', 'svg', 'ico', 'dae', 'glb'].map((e) => [
      e,
      'resource',
    ]),
  ),
};

/** Files a folder pick drags along that are never data. */
const JUNK = /^(\.|Thumbs\.db$|desktop\.ini$)/i;

/** Looks at the first bytes when the extension says nothing (`.txt`, no extension, a renamed download). */
function sniff(bytes: Uint8Array): InputKind {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) return 'zip';
  if (head.startsWith('{')) return 'geojson';
  if (head.startsWith('<'))
    return /<gpx[\s>]/.test(head)
      ? 'gpx'
      : /<kml[\s>]/.test(head)
        ? 'kml'
        : /<TrainingCenterDatabase[\s>]/.test(head)
          ? 'tcx'
          : 'unknown';
  if (/^[^\n]*event_id_cnty/i.test(head)) return 'csv';
  return 'unknown';
}

export function detectKind(name: string, bytes: Uint8Array): InputKind {
  const base = baseName(name);
  if (base === 'scenario.json') return 'manifest';
  if (JUNK.test(base)) return 'junk';
  return BY_EXTENSION[extension(name)] ?? sniff(bytes);
}
