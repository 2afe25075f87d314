import destination from '@turf/destination';
import type { Geometry, Position } from 'geojson';
import { rightHanded } from './geojson';

// Geometry as KML: lon,lat[,alt] tuples, polygons as outer and inner boundaries (KML rings run
// counterclockwise too), multi-geometries as <MultiGeometry>.

const coord = (p: Position) => `${p[0]},${p[1]}`;
const coords = (ps: Position[]) => `<coordinates>${ps.map(coord).join(' ')}</coordinates>`;

function polygon(rings: Position[][]): string {
  const [outer, ...inner] = rings;
  return `<Polygon><outerBoundaryIs><LinearRing>${coords(outer ?? [])}</LinearRing></outerBoundaryIs>${inner
    .map((r) => `<innerBoundaryIs><LinearRing>${coords(r)}</LinearRing></innerBoundaryIs>`)
    .join('')}</Polygon>`;
}

export function kmlGeometry(geometry: Geometry): string {
  const g = rightHanded(geometry);
  switch (g.type) {
    case 'Point':
      return `<Point>${coords([g.coordinates])}</Point>`;
    case 'LineString':
      return `<LineString><tessellate>1</tessellate>${coords(g.coordinates)}</LineString>`;
    case 'Polygon':
      return polygon(g.coordinates);
    case 'MultiPoint':
      return `<MultiGeometry>${g.coordinates.map((p) => `<Point>${coords([p])}</Point>`).join('')}</MultiGeometry>`;
    case 'MultiLineString':
      return `<MultiGeometry>${g.coordinates
        .map((l) => `<LineString><tessellate>1</tessellate>${coords(l)}</LineString>`)
        .join('')}</MultiGeometry>`;
    case 'MultiPolygon':
      return `<MultiGeometry>${g.coordinates.map(polygon).join('')}</MultiGeometry>`;
    case 'GeometryCollection':
      return `<MultiGeometry>${g.geometries.map(kmlGeometry).join('')}</MultiGeometry>`;
  }
}

const STEPS = 48;

/** A circle of `km` around a point as a closed counterclockwise ring. */
export function circleRing(center: Position, km: number): Position[] {
  return Array.from({ length: STEPS + 1 }, (_, i) => {
    // Counterclockwise: bearings decreasing from north.
    const bearing = -(360 * (i % STEPS)) / STEPS;
    return destination([center[0] as number, center[1] as number], km, bearing, { units: 'kilometers' })
      .geometry.coordinates;
  });
}

/**
 * Where a feature may truly be, as polygons: a radius around a point (`uncertaintyKm`), or a corridor along a
 * route drawn as a circle around each vertex of known spread (`coordUncertaintyKm`). Undefined when certain.
 */
export function uncertaintyShape(
  geometry: Geometry,
  uncertaintyKm: number | undefined,
  coordUncertaintyKm: readonly number[] | undefined,
): Geometry | undefined {
  if (geometry.type === 'LineString' && coordUncertaintyKm?.some((k) => k > 0)) {
    const rings = geometry.coordinates
      .map((p, i) => [p, coordUncertaintyKm[i] ?? 0] as const)
      .filter(([, k]) => k > 0)
      .map(([p, k]) => [circleRing(p, k)]);
    return { type: 'MultiPolygon', coordinates: rings };
  }
  if (!uncertaintyKm || uncertaintyKm <= 0) return undefined;
  if (geometry.type === 'Point')
    return { type: 'Polygon', coordinates: [circleRing(geometry.coordinates, uncertaintyKm)] };
  if (geometry.type === 'LineString')
    return {
      type: 'MultiPolygon',
      coordinates: geometry.coordinates.map((p) => [circleRing(p, uncertaintyKm)]),
    };
  return undefined;
}
