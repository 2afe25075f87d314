import archives from 'virtual:sandtable-single-basemap';
import { useInlineBasemap } from '../map/basemap-style';
import { useInlineArchives } from '../map/world-layers';
import { BlobSource } from '../map/blob-source';
import { addPmtilesSource } from '../map/pmtiles-protocol';

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

// The relief and world archives, cut to the world's low zooms and the default scenario's region at build time
// (scripts/single-file-basemap.ts), read by the pmtiles:// protocol from their bytes.
useInlineArchives(
  Object.fromEntries(
    Object.entries(archives).map(([file, base64]) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const key = `inline-${file.replace(/\.pmtiles$/, '')}`;
      addPmtilesSource(new BlobSource(new Blob([bytes]), key));
      return [file, key];
    }),
  ),
);
