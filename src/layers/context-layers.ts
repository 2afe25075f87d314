import { PathLayer, PolygonLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Position } from 'geojson';
import { contextInk, contextVisibleAt } from '../cartography/context-legend';
import { memoByFeature } from '../cartography/shapes';
import type { Scenario } from '../model/scenario';
import { detailedShapesOf, shapesOf, type DetailedShapes, type Shapes } from './context-shapes';
import type { LayerContext } from './layer-context';

/** Context split once per scenario: always shown, or timed (filtered at t). */
const contextOf = memoByFeature((scenario: Scenario) => {
  const always = scenario.context.filter((f) => f.appears === -Infinity && f.until === Infinity);
  const timed = scenario.context.filter((f) => f.appears !== -Infinity || f.until !== Infinity);
  return {
    always: detailedShapesOf(always),
    timed,
    // Which timed layers exist is fixed per scenario, so layer ids stay the same at every t.
    timedKinds: shapesOf(timed),
    visible: { key: '', shapes: detailedShapesOf([]) },
  };
});

/** The timed context visible at t, rebuilt only when what is visible changes, so deck keeps its buffers. */
function timedShapes(scenario: Scenario, t: number): DetailedShapes {
  const memo = contextOf(scenario);
  const on = memo.timed.filter((f) => contextVisibleAt(f, t));
  const key = on.map((f) => f.id).join('\u0000');
  if (key !== memo.visible.key) memo.visible = { key, shapes: detailedShapesOf(on) };
  return memo.visible.shapes;
}

/**
 * The user's static context (roads, boundaries, an area of interest, untimed places) in one subdued
 * colour, under everything of the campaign. Its data is prepared once per scenario and drawn at the detail
 * the zoom can show (once per whole zoom level), never rebuilt per frame; context with a window is shown
 * while `t` is inside it. Thin lines with plain joins: round ones cost software rendering seconds a frame.
 */
export function contextLayers(ctx: LayerContext): Layer[] {
  const { scenario, frame, theme } = ctx;
  if (!scenario.context.length) return [];
  const ink = contextInk(theme);
  const memo = contextOf(scenario);
  const zoom = ctx.zoom ?? scenario.defaultView.zoom;
  const layers: Layer[] = [];
  const sets: [id: string, present: Shapes, shapes: Shapes][] = [
    ['context', memo.always.full, memo.always.at(zoom)],
    ['context-timed', memo.timedKinds, timedShapes(scenario, frame.t).at(zoom)],
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
        }),
      );
    if (present.points.length)
      layers.push(
        new ScatterplotLayer<Position>({
          id: `${id}-point`,
          data: shapes.points,
          getPosition: (p) => p as [number, number],
          getFillColor: ink.point,
          getRadius: 3,
          radiusUnits: 'pixels',
          stroked: false,
        }),
      );
  }
  return layers;
}
