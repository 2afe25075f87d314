import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Geometry, Position } from 'geojson';

function positions(g: Geometry | null | undefined): Position[] {
  if (!g) return [];
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return g.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}

/** The geometry's middle (of its bounding box), or undefined when it has no positions. */
export function middleOf(g: Geometry | null | undefined): [number, number] | undefined {
  const ps = positions(g).filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
  if (ps.length === 0) return undefined;
  const lons = ps.map((p) => p[0]!);
  const lats = ps.map((p) => p[1]!);
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}

/** Brings a feature chosen from a list into view when its middle is off the map; otherwise leaves the camera. */
export function revealFeature(map: MapLibreMap, g: Geometry | null | undefined): void {
  const middle = middleOf(g);
  if (!middle || map.getBounds().contains(middle)) return;
  map.jumpTo({ center: middle });
}
