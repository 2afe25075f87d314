import type { FeatureKind } from '../model/schema';
import { expected, said, type LoadError } from './load-error';
import { ui, type StringKey, pair } from '../i18n/strings';
import { GEOJSON_GEOMETRY_TYPES } from '../model/geo';

/** A geometry problem: the path below `geometry`, the value and what was expected. */
export interface GeometryProblem extends Pick<LoadError, 'message' | 'fr'> {
  path: (string | number)[];
  value: unknown;
}

const ANY = GEOJSON_GEOMETRY_TYPES;

/** An expectation naming geometry types ("Point or Polygon"), each language joining them with its "or". */
function saidTypes(key: StringKey, types: readonly string[], kind = ''): Pick<LoadError, 'message' | 'fr'> {
  const words = (lang: 'en' | 'fr') => ui(lang, key, { types: types.join(` ${ui(lang, 'orWord')} `), kind });
  return expected(words('en'), words('fr'));
}

const ALLOWED: Record<FeatureKind, readonly string[]> = {
  place: ['Point'],
  event: ['Point'],
  strike: ['Point'],
  clash: ['Point', 'Polygon', 'MultiPolygon'],
  area: ['Polygon', 'MultiPolygon'],
  movement: ['LineString'],
  context: ANY,
};

/** Nesting of GeometryCollections followed at most: deeper is refused rather than walked. */
const MAX_DEPTH = 4;

type Path = (string | number)[];

function checkPosition(pos: unknown, path: Path, out: GeometryProblem[]): void {
  if (!Array.isArray(pos) || pos.length < 2 || pos.length > 3) {
    out.push({
      path,
      value: pos,
      ...said('expectPosition'),
    });
    return;
  }
  const [lon, lat] = pos as unknown[];
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
    out.push({
      path: [...path, 0],
      value: lon,
      ...said('expectLongitude'),
    });
  }
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    out.push({
      path: [...path, 1],
      value: lat,
      ...said('expectLatitude'),
    });
  }
}

function checkLine(coords: unknown, path: Path, minLength: number, out: GeometryProblem[]): void {
  if (!Array.isArray(coords) || coords.length < minLength) {
    out.push({
      path,
      value: coords,
      ...said('expectPositions', { n: minLength }),
    });
    return;
  }
  coords.forEach((pos, i) => checkPosition(pos, [...path, i], out));
}

function checkPolygon(rings: unknown, path: Path, out: GeometryProblem[]): void {
  if (!Array.isArray(rings) || rings.length === 0) {
    out.push({ path, value: rings, ...said('expectRings') });
    return;
  }
  rings.forEach((ring, r) => {
    const before = out.length;
    checkLine(ring, [...path, r], 4, out);
    if (out.length > before) return;
    const first = (ring as number[][])[0] as number[];
    const last = (ring as number[][])[(ring as unknown[]).length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      const f = JSON.stringify(first);
      out.push({
        path: [...path, r],
        value: last,
        ...said('expectClosedRing', { first: f }),
      });
    }
  });
}

function checkEach(
  items: unknown,
  path: Path,
  out: GeometryProblem[],
  check: (item: unknown, p: Path) => void,
) {
  if (!Array.isArray(items) || items.length === 0) {
    out.push({ path, value: items, ...said('expectNonEmpty') });
    return;
  }
  items.forEach((item, i) => check(item, [...path, i]));
}

function checkOne(
  geometry: unknown,
  allowed: readonly string[],
  kind: string,
  path: Path,
  depth: number,
  out: GeometryProblem[],
) {
  if (typeof geometry !== 'object' || geometry === null) {
    out.push({ path, value: geometry, ...saidTypes('expectGeometry', allowed) });
    return;
  }
  const { type, coordinates, geometries } = geometry as {
    type?: unknown;
    coordinates?: unknown;
    geometries?: unknown;
  };
  if (typeof type !== 'string' || !allowed.includes(type)) {
    out.push({
      path: [...path, 'type'],
      value: type,
      ...saidTypes('expectGeometryFor', allowed, kind),
    });
    return;
  }
  const at = [...path, 'coordinates'];
  if (type === 'Point') checkPosition(coordinates, at, out);
  else if (type === 'MultiPoint') checkEach(coordinates, at, out, (p, pp) => checkPosition(p, pp, out));
  else if (type === 'LineString') checkLine(coordinates, at, 2, out);
  else if (type === 'MultiLineString') checkEach(coordinates, at, out, (l, lp) => checkLine(l, lp, 2, out));
  else if (type === 'Polygon') checkPolygon(coordinates, at, out);
  else if (type === 'MultiPolygon') checkEach(coordinates, at, out, (p, pp) => checkPolygon(p, pp, out));
  else if (type === 'GeometryCollection') {
    if (depth >= MAX_DEPTH) {
      out.push({
        path,
        value: `${depth + 1} levels`,
        ...expected(...pair('expectGeometryCollectionsNestedMost', { MAX_DEPTH }), `${depth + 1} niveaux`),
      });
      return;
    }
    checkEach(geometries, [...path, 'geometries'], out, (g, gp) =>
      checkOne(g, ANY, kind, gp, depth + 1, out),
    );
  }
}

/** Checks a GeoJSON geometry against RFC 7946 and against what a feature of this kind may be. */
export function checkGeometry(geometry: unknown, kind: FeatureKind): GeometryProblem[] {
  const out: GeometryProblem[] = [];
  checkOne(geometry, ALLOWED[kind], kind, [], 0, out);
  return out;
}
