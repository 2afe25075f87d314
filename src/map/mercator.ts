/** Web Mercator stops short of the poles, where its y runs to infinity. */
const MAX_LAT = 85.0511;

/** Web Mercator y of a latitude (degrees), as MapLibre's world: 0 at the north edge, 1 at the south. */
export function mercatorY(lat: number): number {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

/** The latitude (degrees) of a Web Mercator y: the inverse of mercatorY. */
export function latOfMercatorY(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}
