import type { FeatureKind } from '../model/schema';

/** A geometry problem: the path below `geometry` and what is wrong. */
export interface GeometryProblem {
  path: (string | number)[];
  value: unknown;
  message: string;
}

const ALLOWED: Record<FeatureKind, readonly string[]> = {
  place: ['Point'],
  event: ['Point'],
  strike: ['Point'],
  clash: ['Point', 'Polygon', 'MultiPolygon'],
  area: ['Polygon', 'MultiPolygon'],
  movement: ['LineString'],
};

function checkPosition(pos: unknown, path: (string | number)[], out: GeometryProblem[]): void {
  if (!Array.isArray(pos) || pos.length < 2 || pos.length > 3) {
    out.push({ path, value: pos, message: 'a position [longitude, latitude]' });
    return;
  }
  const [lon, lat] = pos as unknown[];
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
    out.push({ path: [...path, 0], value: lon, message: 'a longitude between -180 and 180' });
  }
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    out.push({ path: [...path, 1], value: lat, message: 'a latitude between -90 and 90' });
  }
}

function checkLine(
  coords: unknown,
  path: (string | number)[],
  minLength: number,
  out: GeometryProblem[],
): void {
  if (!Array.isArray(coords) || coords.length < minLength) {
    out.push({ path, value: coords, message: `an array of at least ${minLength} positions` });
    return;
  }
  coords.forEach((pos, i) => checkPosition(pos, [...path, i], out));
}

function checkPolygon(rings: unknown, path: (string | number)[], out: GeometryProblem[]): void {
  if (!Array.isArray(rings) || rings.length === 0) {
    out.push({ path, value: rings, message: 'an array of linear rings' });
    return;
  }
  rings.forEach((ring, r) => {
    const before = out.length;
    checkLine(ring, [...path, r], 4, out);
    if (out.length > before) return;
    const first = (ring as number[][])[0] as number[];
    const last = (ring as number[][])[(ring as unknown[]).length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      out.push({
        path: [...path, r],
        value: last,
        message: `a closed ring (last position equal to the first, ${JSON.stringify(first)})`,
      });
    }
  });
}

/** Checks a GeoJSON geometry against RFC 7946 and against what a feature of this kind may be. */
export function checkGeometry(geometry: unknown, kind: FeatureKind): GeometryProblem[] {
  const out: GeometryProblem[] = [];
  if (typeof geometry !== 'object' || geometry === null) {
    return [{ path: [], value: geometry, message: `a GeoJSON geometry (${ALLOWED[kind].join(' or ')})` }];
  }
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (typeof type !== 'string' || !ALLOWED[kind].includes(type)) {
    return [{ path: ['type'], value: type, message: `${ALLOWED[kind].join(' or ')} for a ${kind}` }];
  }
  const path = ['coordinates'];
  if (type === 'Point') checkPosition(coordinates, path, out);
  else if (type === 'LineString') checkLine(coordinates, path, 2, out);
  else if (type === 'Polygon') checkPolygon(coordinates, path, out);
  else if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) {
      out.push({ path, value: coordinates, message: 'an array of polygons' });
    } else coordinates.forEach((poly, i) => checkPolygon(poly, [...path, i], out));
  }
  return out;
}
