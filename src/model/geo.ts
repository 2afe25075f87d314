/** A position as GeoJSON writes it: [longitude, latitude] in degrees (RFC 7946). */
export type LonLat = [number, number];
