// The single-file briefing's basemap: sub-archives of the built-in Earth (the world's low zooms, and deeper
// only the briefing's own region) as base64 in a JSON data block of the HTML, outside the page's hashed
// script, so "Save briefing as one file…" can replace them with the cut its scenario needs (src/single/cut-basemap.ts).
// No imports: the single-file build's Vite config loads this file too.

/** The id of the data block that carries the archives, base64 by file name. */
export const BASEMAP_BLOCK_ID = 'sandtable-basemap';

/** The archives the basemap style reads (src/map/basemap-style.ts, src/map/world-layers.ts). */
export const SINGLE_FILE_ARCHIVES = [
  'relief-projector.pmtiles',
  'relief-print.pmtiles',
  'world.pmtiles',
  'places.pmtiles',
] as const;

/** Every tile to this zoom is kept: the world at a glance (continents, countries, cities of a million). */
export const SINGLE_FILE_LOW_ZOOM = 4;

const BLOCK = new RegExp(`<script type="application/json" id="${BASEMAP_BLOCK_ID}">[\\s\\S]*?</script>\\s*`);

/** The single-file HTML with these archives as its basemap, in place of the ones it held. */
export function embedBasemap(html: string, archives: Readonly<Record<string, string>>): string {
  if (!html.includes('</head>'))
    throw new Error(`Not the single-file HTML: no </head> in ${html.slice(0, 60)}…`);
  // Base64 and file names hold no "<": the block cannot be closed early.
  const block = `<script type="application/json" id="${BASEMAP_BLOCK_ID}">${JSON.stringify(archives)}</script>\n  `;
  return html.replace(BLOCK, '').replace('</head>', () => `${block}</head>`);
}

/** The archives the page carries, base64 by file name; none when the block is missing or broken. */
export function readEmbeddedBasemap(doc: Pick<Document, 'getElementById'>): Record<string, string> {
  const text = doc.getElementById(BASEMAP_BLOCK_ID)?.textContent;
  if (!text) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (!value || typeof value !== 'object') return {};
    return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string')) as Record<
      string,
      string
    >;
  } catch {
    return {};
  }
}

/** Base64 of bytes, in slices so a 10 MB archive does not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
