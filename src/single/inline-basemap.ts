import { useInlineBasemap } from '../map/basemap-style';

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
