/** A position as GeoJSON writes it: [longitude, latitude] in degrees (RFC 7946). */
export type LonLat = [number, number];

/** Every geometry type GeoJSON has (RFC 7946 §3.1). */
export const GEOJSON_GEOMETRY_TYPES: readonly string[] = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];
