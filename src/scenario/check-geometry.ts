import type { FeatureKind } from '../model/schema';
import { expected, type LoadError } from './load-error';
import { GEOJSON_GEOMETRY_TYPES } from '../model/geo';

/** A geometry problem: the path below `geometry`, the value and what was expected. */
export interface GeometryProblem extends Pick<LoadError, 'message' | 'fr'> {
  path: (string | number)[];
  value: unknown;
}

const ANY = GEOJSON_GEOMETRY_TYPES;

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
      ...expected('a position [longitude, latitude]', 'une position [longitude, latitude]'),
    });
    return;
  }
  const [lon, lat] = pos as unknown[];
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
    out.push({
      path: [...path, 0],
      value: lon,
      ...expected('a longitude between -180 and 180', 'une longitude entre -180 et 180'),
    });
  }
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    out.push({
      path: [...path, 1],
      value: lat,
      ...expected('a latitude between -90 and 90', 'une latitude entre -90 et 90'),
    });
  }
}

function checkLine(coords: unknown, path: Path, minLength: number, out: GeometryProblem[]): void {
  if (!Array.isArray(coords) || coords.length < minLength) {
    out.push({
      path,
      value: coords,
      ...expected(
        `an array of at least ${minLength} positions`,
        `un tableau d’au moins ${minLength} positions`,
      ),
    });
    return;
  }
  coords.forEach((pos, i) => checkPosition(pos, [...path, i], out));
}

function checkPolygon(rings: unknown, path: Path, out: GeometryProblem[]): void {
  if (!Array.isArray(rings) || rings.length === 0) {
    out.push({ path, value: rings, ...expected('an array of linear rings', 'un tableau d’anneaux') });
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
        ...expected(
          `a closed ring (last position equal to the first, ${f})`,
          `un anneau fermé (dernière position égale à la première, ${f})`,
        ),
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
    out.push({ path, value: items, ...expected('a non-empty array', 'un tableau non vide') });
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
    const list = allowed.join(' or ');
    out.push({
      path,
      value: geometry,
      ...expected(`a GeoJSON geometry (${list})`, `une géométrie GeoJSON (${allowed.join(' ou ')})`),
    });
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
      ...expected(
        `${allowed.join(' or ')} for a ${kind}`,
        `${allowed.join(' ou ')} pour un élément de type "${kind}"`,
      ),
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
        ...expected(
          `geometry collections nested at most ${MAX_DEPTH} deep`,
          `des collections de géométries imbriquées sur ${MAX_DEPTH} niveaux au plus`,
          `${depth + 1} niveaux`,
        ),
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
