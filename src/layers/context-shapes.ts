import type { Geometry, Position } from 'geojson';
import { lineDetail } from '../frame/simplify-line';
import type { LineDetail, ScenarioFeature } from '../model/scenario';

/** Context geometry by how it is drawn; collections flattened. */
export interface Shapes {
  points: Position[];
  paths: Position[][];
  polygons: Position[][][];
}

function addShapes(g: Geometry, out: Shapes): void {
  if (g.type === 'Point') out.points.push(g.coordinates);
  else if (g.type === 'MultiPoint') out.points.push(...g.coordinates);
  else if (g.type === 'LineString') out.paths.push(g.coordinates);
  else if (g.type === 'MultiLineString') for (const p of g.coordinates) out.paths.push(p);
  else if (g.type === 'Polygon') out.polygons.push(g.coordinates);
  else if (g.type === 'MultiPolygon') for (const p of g.coordinates) out.polygons.push(p);
  else if (g.type === 'GeometryCollection') for (const part of g.geometries) addShapes(part, out);
}

export function shapesOf(features: readonly ScenarioFeature[]): Shapes {
  const out: Shapes = { points: [], paths: [], polygons: [] };
  for (const f of features) addShapes(f.geometry, out);
  return out;
}

/** The features' shapes with the significance of every line and ring vertex, in the same order. */
export function detailedShapesOf(features: readonly ScenarioFeature[]): DetailedShapes {
  const detail: LineDetail = { paths: [], polygons: [] };
  for (const f of features) {
    // Prepared by the loader; a feature made some other way is ranked here.
    const d = f.detail ?? lineDetail(f.geometry);
    for (const p of d.paths) detail.paths.push(p);
    for (const p of d.polygons) detail.polygons.push(p);
  }
  return new DetailedShapes(shapesOf(features), detail);
}

/** Half a pixel at the lower whole zoom: at most a pixel's error anywhere inside that zoom level. */
const PIXELS = 0.5;
const EARTH_M = 40_075_016.686;
const TILE = 512;
export const MAX_DETAIL_ZOOM = 22;

/** Metres a line may stray by at `zoom` without it showing, at latitude `lat`. */
export function toleranceAt(zoom: number, lat: number): number {
  const z = Math.max(0, Math.min(MAX_DETAIL_ZOOM, Math.floor(zoom)));
  return (PIXELS * EARTH_M * Math.cos((lat * Math.PI) / 180)) / (TILE * 2 ** z);
}

/**
 * Shapes that can be drawn at any level of detail: every line and ring ranked once (Douglas–Peucker
 * significance), so the detail for a zoom is a filter, not a new simplification. A road network of 2
 * million vertices is drawn with the few tens of thousands a screen can show, in software rendering too.
 */
export class DetailedShapes {
  private readonly pathSig: Float64Array[];
  private readonly ringSig: Float64Array[][];
  private readonly byZoom = new Map<number, Shapes>();
  readonly lat: number;

  constructor(
    readonly full: Shapes,
    detail: LineDetail,
  ) {
    this.pathSig = detail.paths;
    this.ringSig = detail.polygons;
    // The tolerance in metres depends on latitude; the first vertex of each shape is a fair sample.
    const lats = [
      ...full.paths.map((p) => p[0]?.[1]),
      ...full.polygons.map((p) => p[0]?.[0]?.[1]),
      ...full.points.map((p) => p[1]),
    ].filter((v): v is number => typeof v === 'number');
    this.lat = lats.length ? lats.reduce((a, b) => a + b, 0) / lats.length : 0;
  }

  /** The shapes at the detail `zoom` shows; computed once per whole zoom level. */
  at(zoom: number): Shapes {
    const z = Math.max(0, Math.min(MAX_DETAIL_ZOOM, Math.floor(zoom)));
    let shapes = this.byZoom.get(z);
    if (!shapes) {
      const tol = toleranceAt(z, this.lat);
      const keep = (line: Position[], sig: Float64Array) => line.filter((_, i) => (sig[i] as number) > tol);
      shapes = {
        points: this.full.points,
        paths: this.full.paths.map((p, i) => keep(p, this.pathSig[i] as Float64Array)),
        polygons: this.full.polygons.map((rings, i) =>
          rings.map((r, k) => keep(r, (this.ringSig[i] as Float64Array[])[k] as Float64Array)),
        ),
      };
      this.byZoom.set(z, shapes);
    }
    return shapes;
  }
}
