import { memoByFeature } from '../cartography/shapes';
import { DASH_CODE, trackQuads, type TrackQuads } from '../cartography/track-quads';
import type { MovementFeature, Scenario } from '../model/scenario';

/**
 * Every segment of every track of a scenario as one quad (four vertices, two triangles), and after them one
 * quad per track at its last vertex (a dot: where it ended), in flat typed arrays built once per scenario and
 * uploaded once. Each frame then chooses which quads to draw by a small index list (`selectTracks`) and hands
 * t to the shaders as a uniform, which cut each trail at its head.
 *
 * Why quads and not deck.gl's PathLayer: PathLayer draws each segment as an instance, and software WebGL
 * (SwiftShader: the tests, and briefing-room machines without a GPU driver) pays for every instance on its
 * own, drawn or hidden: 150,000 segments cost 6 s a frame. As plain vertices of one draw, the segments cost
 * what their vertices cost, and only the chosen ones are processed.
 */
export interface TrackGeometry extends TrackQuads {
  /** The movements, in the order their segments are laid out. */
  movements: readonly MovementFeature[];
  /** Position of each movement in `movements`. */
  indexOf: ReadonlyMap<MovementFeature, number>;
}

export { DASH_CODE };

/**
 * The scenario's tracks as quads, once per scenario (the arrays deck.gl uploads and keeps): those the import
 * worker built and moved over with an imported scenario (`adoptTrackQuads`), else built here.
 */
export const trackGeometry = memoByFeature((scenario: Scenario): TrackGeometry => {
  const movements = scenario.movements;
  const indexOf = new Map(movements.map((m, i) => [m, i]));
  return { ...trackQuads(scenario), movements, indexOf };
});

/** The six indices (two triangles) of quad `q`, written at `at` in `out`. */
export function writeQuad(out: Uint32Array, at: number, q: number): void {
  const v = q * 4;
  out[at] = v;
  out[at + 1] = v + 1;
  out[at + 2] = v + 2;
  out[at + 3] = v + 1;
  out[at + 4] = v + 3;
  out[at + 5] = v + 2;
}
