import { memoByFeature } from '../cartography/shapes';
import { isClaimed, isEstimated, sideColor, sideLineStyle } from '../cartography/symbology';
import type { MovementFeature, Scenario } from '../model/scenario';
import { gpuTime } from './gpu-time';

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
export interface TrackGeometry {
  /** The movements, in the order their segments are laid out. */
  movements: readonly MovementFeature[];
  /** Position of each movement in `movements`. */
  indexOf: ReadonlyMap<MovementFeature, number>;
  /** First segment of each movement (and, last, the total): movement m has segments start[m] … start[m+1]−1. */
  segmentStart: Uint32Array;
  /** Each movement's lon/lat box: west, south, east, north. */
  bounds: Float32Array;
  /** Quads: one per segment, then one per movement (its end dot). */
  quads: number;
  /** Per vertex (four per quad: start −, start +, end −, end +): [start lon, start lat, end lon, end lat]. */
  ends: Float32Array;
  /** Per vertex: [time at the segment's start, at its end, the track's end], seconds from the scenario's start. */
  times: Float32Array;
  /** Per vertex: the side's colour, RGBA 0–255. */
  colors: Uint8Array;
  /** Per vertex: [hollow side (255) or solid (0), dash pattern (0 none, 1 estimated, 2 claimed), 0, 0]. */
  styles: Uint8Array;
}

/** The dash patterns the ribbon shader knows, by the code in `styles`. */
export const DASH_CODE = { none: 0, estimated: 1, claimed: 2 } as const;

function dashCode(f: MovementFeature): number {
  if (isClaimed(f.props)) return DASH_CODE.claimed;
  if (isEstimated(f.props)) return DASH_CODE.estimated;
  return DASH_CODE.none;
}

/** The scenario's tracks as quads, computed once per scenario (the arrays deck.gl uploads and keeps). */
export const trackGeometry = memoByFeature((scenario: Scenario): TrackGeometry => {
  const movements = scenario.movements;
  const segmentStart = new Uint32Array(movements.length + 1);
  movements.forEach((m, i) => {
    segmentStart[i + 1] = segmentStart[i]! + Math.max(0, m.track.coords.length - 1);
  });
  const segments = segmentStart[movements.length]!;
  const quads = segments + movements.length;
  const ends = new Float32Array(quads * 16);
  const times = new Float32Array(quads * 12);
  const colors = new Uint8Array(quads * 16);
  const styles = new Uint8Array(quads * 16);
  const bounds = new Float32Array(movements.length * 4);
  let q = 0;
  const quad = (a: readonly number[], b: readonly number[], t0: number, t1: number, end: number) => {
    for (let v = q * 4; v < q * 4 + 4; v++) {
      ends[v * 4] = a[0]!;
      ends[v * 4 + 1] = a[1]!;
      ends[v * 4 + 2] = b[0]!;
      ends[v * 4 + 3] = b[1]!;
      times[v * 3] = t0;
      times[v * 3 + 1] = t1;
      times[v * 3 + 2] = end;
    }
    q++;
  };
  const style = movements.map((m) => ({
    color: sideColor(scenario, m.props.side),
    hollow: sideLineStyle(scenario, m.props.side) === 'hollow' ? 255 : 0,
    dash: dashCode(m),
  }));
  const paint = (from: number, to: number, s: (typeof style)[number], dash: number) => {
    for (let v = from * 4; v < to * 4; v++) {
      colors.set(s.color, v * 4);
      styles[v * 4] = s.hollow;
      styles[v * 4 + 1] = dash;
    }
  };
  movements.forEach((m, i) => {
    const { coords, times: own } = m.track;
    const end = gpuTime(scenario, own[own.length - 1] as number);
    for (let k = 0; k + 1 < coords.length; k++)
      quad(coords[k]!, coords[k + 1]!, gpuTime(scenario, own[k]!), gpuTime(scenario, own[k + 1]!), end);
    paint(segmentStart[i]!, segmentStart[i + 1]!, style[i]!, style[i]!.dash);
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon, lat] of coords)
      [w, s, e, n] = [Math.min(w, lon), Math.min(s, lat), Math.max(e, lon), Math.max(n, lat)];
    bounds.set([w, s, e, n], i * 4);
  });
  // End dots, after every segment: a zero-length segment at the last vertex, finished from its end on.
  movements.forEach((m, i) => {
    const last = m.track.coords[m.track.coords.length - 1]!;
    const end = gpuTime(scenario, m.track.times[m.track.times.length - 1]!);
    quad(last, last, end, end, end);
    paint(segments + i, segments + i + 1, style[i]!, DASH_CODE.none);
  });
  const indexOf = new Map(movements.map((m, i) => [m, i]));
  return { movements, indexOf, segmentStart, bounds, quads, ends, times, colors, styles };
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
