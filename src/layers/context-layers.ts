import { PathLayer, PolygonLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Geometry, Position } from 'geojson';
import { contextInk, contextVisibleAt } from '../cartography/context-legend';
import { memoByFeature } from '../cartography/shapes';
import type { Scenario, ScenarioFeature } from '../model/scenario';
import type { LayerContext } from './layer-context';

interface Shapes {
  points: Position[];
  paths: Position[][];
  polygons: Position[][][];
}

/** A geometry's parts by how they are drawn; collections flattened. */
function addShapes(g: Geometry, out: Shapes): void {
  if (g.type === 'Point') out.points.push(g.coordinates);
  else if (g.type === 'MultiPoint') out.points.push(...g.coordinates);
  else if (g.type === 'LineString') out.paths.push(g.coordinates);
  else if (g.type === 'MultiLineString') out.paths.push(...g.coordinates);
  else if (g.type === 'Polygon') out.polygons.push(g.coordinates);
  else if (g.type === 'MultiPolygon') out.polygons.push(...g.coordinates);
  else if (g.type === 'GeometryCollection') for (const part of g.geometries) addShapes(part, out);
}

function shapesOf(features: readonly ScenarioFeature[]): Shapes {
  const out: Shapes = { points: [], paths: [], polygons: [] };
  for (const f of features) addShapes(f.geometry, out);
  return out;
}

/** Context that is always shown, split once per scenario; timed context is kept aside to filter at t. */
const staticContext = memoByFeature((scenario: Scenario) => {
  const always = scenario.context.filter((f) => f.appears === -Infinity && f.until === Infinity);
  const timed = scenario.context.filter((f) => f.appears !== -Infinity || f.until !== Infinity);
  return {
    always: shapesOf(always),
    timed,
    // Which timed layers exist is fixed per scenario, so layer ids stay the same at every t.
    timedKinds: shapesOf(timed),
    visible: { key: '', shapes: shapesOf([]) },
  };
});

/** The timed context visible at t, rebuilt only when what is visible changes, so deck keeps its buffers. */
function timedShapes(scenario: Scenario, t: number): Shapes {
  const memo = staticContext(scenario);
  const on = memo.timed.filter((f) => contextVisibleAt(f, t));
  const key = on.map((f) => f.id).join('\u0000');
  if (key !== memo.visible.key) memo.visible = { key, shapes: shapesOf(on) };
  return memo.visible.shapes;
}

/**
 * The user's static context (roads, boundaries, an area of interest, untimed places) in one subdued
 * colour, under everything of the campaign. Its data is built once per scenario, not per frame; context
 * with a window is shown while `t` is inside it.
 */
export function contextLayers(ctx: LayerContext): Layer[] {
  const { scenario, frame, theme } = ctx;
  if (!scenario.context.length) return [];
  const ink = contextInk(theme);
  const memo = staticContext(scenario);
  const layers: Layer[] = [];
  const sets: [id: string, present: Shapes, shapes: Shapes][] = [
    ['context', memo.always, memo.always],
    ['context-timed', memo.timedKinds, timedShapes(scenario, frame.t)],
  ];
  for (const [id, present, shapes] of sets) {
    if (present.polygons.length)
      layers.push(
        new PolygonLayer<Position[][]>({
          id: `${id}-area`,
          data: shapes.polygons,
          getPolygon: (p) => p,
          getFillColor: ink.fill,
          getLineColor: ink.line,
          getLineWidth: 1,
          lineWidthUnits: 'pixels',
          stroked: true,
          filled: true,
        }),
      );
    if (present.paths.length)
      layers.push(
        new PathLayer<Position[]>({
          id: `${id}-line`,
          data: shapes.paths,
          getPath: (p) => p as [number, number][],
          getColor: ink.line,
          getWidth: 1.5,
          widthUnits: 'pixels',
          jointRounded: true,
        }),
      );
    if (present.points.length)
      layers.push(
        new ScatterplotLayer<Position>({
          id: `${id}-point`,
          data: shapes.points,
          getPosition: (p) => p as [number, number],
          getFillColor: ink.point,
          getLineColor: ink.line,
          getRadius: 3,
          radiusUnits: 'pixels',
          stroked: false,
        }),
      );
  }
  return layers;
}
