import { useInlineBasemap } from '../map/basemap-style';
import { useInlineArchives } from '../map/world-layers';
import { BlobSource } from '../map/blob-source';
import { addPmtilesSource } from '../map/pmtiles-protocol';
import { readEmbeddedBasemap } from './basemap-block';

// Only the single-file build imports this module (behind a build-time constant): the served app fetches
// the same files from public/basemap/ instead of carrying them in its bundle.
const raw = import.meta.glob('../../public/basemap/*.geojson', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

useInlineBasemap(
  Object.fromEntries(
    Object.entries(raw).map(([path, text]) => [
      path.slice(path.lastIndexOf('/') + 1),
      JSON.parse(text) as object,
    ]),
  ),
);

// The relief and world archives, cut to the world's low zooms and the briefing's region (at build time by
// scripts/single-file-basemap.ts, or by "Save briefing as one file…"), from the page's basemap data block, read
// by the pmtiles:// protocol from their bytes.
useInlineArchives(
  Object.fromEntries(
    Object.entries(readEmbeddedBasemap(document)).map(([file, base64]) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const key = `inline-${file.replace(/\.pmtiles$/, '')}`;
      addPmtilesSource(new BlobSource(new Blob([bytes]), key));
      return [file, key];
    }),
  ),
);
