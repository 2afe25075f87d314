// GeoJSON's coordinates are longitude/latitude (RFC 7946), but files written to the 2008 draft may carry a
// `crs` member, and GIS exports are sometimes left in Web Mercator metres.

export type Crs =
  { kind: 'lonLat' } | { kind: 'webMercator'; name: string } | { kind: 'other'; name: string };

const LON_LAT = /^(urn:ogc:def:crs:OGC:(1\.3)?:CRS84|(urn:ogc:def:crs:)?EPSG:{1,2}4326|CRS:?84|WGS ?84)$/i;
const WEB_MERCATOR = /^(urn:ogc:def:crs:)?EPSG:{1,2}(3857|900913|3785|102100|102113)$/i;

/** The CRS a document's legacy `crs` member names, or lon/lat when it has none. */
export function crsOf(doc: unknown): Crs {
  const crs = (doc as { crs?: unknown } | null)?.crs as
    | { type?: unknown; properties?: { name?: unknown; code?: unknown; href?: unknown } | null }
    | null
    | undefined;
  if (!crs || typeof crs !== 'object') return { kind: 'lonLat' };
  const p = crs.properties ?? {};
  const name =
    typeof p.name === 'string'
      ? p.name.trim()
      : p.code !== undefined
        ? `EPSG:${String(p.code)}`
        : typeof p.href === 'string'
          ? p.href
          : JSON.stringify(crs);
  if (LON_LAT.test(name)) return { kind: 'lonLat' };
  if (WEB_MERCATOR.test(name)) return { kind: 'webMercator', name };
  return { kind: 'other', name };
}

const R = 6378137;
const DEG = 180 / Math.PI;

/** Web Mercator metres → [lon, lat] degrees, in place, for every position of a geometry of any shape. */
export function unprojectWebMercator(geometry: unknown): void {
  const stack: unknown[] = [geometry];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      if (typeof node[0] === 'number' && typeof node[1] === 'number') {
        node[0] = (node[0] / R) * DEG;
        node[1] = (2 * Math.atan(Math.exp(node[1] / R)) - Math.PI / 2) * DEG;
      } else for (const child of node) stack.push(child);
    } else if (node && typeof node === 'object') {
      const g = node as { coordinates?: unknown; geometries?: unknown; geometry?: unknown };
      stack.push(g.coordinates, g.geometries, g.geometry);
    }
  }
}

/**
 * True when most of the first positions of a document lie outside longitude/latitude: coordinates in
 * metres without a `crs` member to say so. Judged on many positions, so one bad feature is not mistaken
 * for a projected file.
 */
export function looksProjected(features: readonly unknown[]): { position: number[] } | undefined {
  let seen = 0;
  let outside = 0;
  let example: number[] | undefined;
  const stack: unknown[] = features.slice(0, 100).reverse();
  while (stack.length && seen < 100) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      if (typeof node[0] === 'number' && typeof node[1] === 'number') {
        seen++;
        if (Math.abs(node[0]) > 180 || Math.abs(node[1]) > 90) {
          outside++;
          example ??= node as number[];
        }
      } else for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
    } else if (node && typeof node === 'object') {
      const g = node as { coordinates?: unknown; geometries?: unknown; geometry?: unknown };
      stack.push(g.geometries, g.coordinates, g.geometry);
    }
  }
  return seen >= 1 && outside / seen > 0.9 && example ? { position: example } : undefined;
}
