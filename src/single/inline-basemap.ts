import { useInlineBasemap, useInlineRelief } from '../map/basemap-style';
import { BlobSource } from '../map/blob-source';
import { addPmtilesSource } from '../map/pmtiles-protocol';
import type { Theme } from '../model/theme';

// Only the single-file build imports this module (behind a build-time constant): the served app fetches
// the same files from public/basemap/ instead of carrying 900 kB of GeoJSON in its bundle.
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

// The relief archives (one per theme, about 0.4 MB each), read by the pmtiles:// protocol from their bytes.
const relief = import.meta.glob('../../public/basemap/relief-*.pmtiles', {
  query: '?inline',
  import: 'default',
  eager: true,
}) as Record<string, string>;

useInlineRelief(
  Object.fromEntries(
    Object.entries(relief).map(([path, dataUrl]) => {
      const theme = /relief-(\w+)\.pmtiles$/.exec(path)?.[1] as Theme;
      const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const key = `inline-relief-${theme}`;
      addPmtilesSource(new BlobSource(new Blob([bytes]), key));
      return [theme, key];
    }),
  ),
);
