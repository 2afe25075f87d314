import { gpuTime } from '../frame/gpu-time';
import { isClaimed, isEstimated, sideColor, sideLineStyle } from './symbology';
import type { MovementFeature, Scenario } from '../model/scenario';

/**
 * Scenarios with more movements than this draw their tracks from vertices uploaded once, cut at t on the
 * GPU, and their heads as plain quads; smaller ones (Kidal's five columns) keep the trails and icons built
 * for each frame, whose pixels the render goldens hold.
 */
export const GPU_TRACKS_FROM = 64;

/**
 * The vertex arrays of a scenario's tracks as quads (see `TrackGeometry` in layers/track-geometry.ts): plain
 * typed arrays and counts, so the import worker can build them and move them to the page with the scenario.
 */
export interface TrackQuads {
  /** First segment of each movement (and, last, the total): movement m has segments start[m] … start[m+1]−1. */
  segmentStart: Uint32Array<ArrayBuffer>;
  /** Each movement's lon/lat box: west, south, east, north. */
  bounds: Float32Array<ArrayBuffer>;
  /** Quads: one per segment, then one per movement (its end dot). */
  quads: number;
  /** Per vertex (four per quad: start −, start +, end −, end +): [start lon, start lat, end lon, end lat]. */
  ends: Float32Array<ArrayBuffer>;
  /** Per vertex: [time at the segment's start, at its end, the track's end], seconds from the scenario's start. */
  times: Float32Array<ArrayBuffer>;
  /** Per vertex: the side's colour, RGBA 0–255. */
  colors: Uint8Array<ArrayBuffer>;
  /** Per vertex: [hollow side (255) or solid (0), dash pattern (0 none, 1 estimated, 2 claimed), 0, 0]. */
  styles: Uint8Array<ArrayBuffer>;
}

/** The dash patterns the ribbon shader knows, by the code in `styles`. */
export const DASH_CODE = { none: 0, estimated: 1, claimed: 2 } as const;

function dashCode(f: MovementFeature): number {
  if (isClaimed(f.props)) return DASH_CODE.claimed;
  if (isEstimated(f.props)) return DASH_CODE.estimated;
  return DASH_CODE.none;
}

/** The four bytes of a vertex as one 32-bit word of the host's byte order (so a fill writes all four). */
const word = (bytes: readonly number[]) => new Uint32Array(Uint8Array.from(bytes).buffer)[0]!;

/** Builds the quads of every track of `scenario`, in the order of `scenario.movements`. */
export function buildTrackQuads(scenario: Scenario): TrackQuads {
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
  // Colours and styles are the same for the four vertices of a quad and every quad of a track: filled a
  // 32-bit word per vertex, a track at a time.
  const colorWords = new Uint32Array(colors.buffer);
  const styleWords = new Uint32Array(styles.buffer);
  const bounds = new Float32Array(movements.length * 4);
  let q = 0;
  const quad = (a: readonly number[], b: readonly number[], t0: number, t1: number, end: number) => {
    const [a0, a1, b0, b1] = [a[0]!, a[1]!, b[0]!, b[1]!];
    for (let v = q * 4; v < q * 4 + 4; v++) {
      ends[v * 4] = a0;
      ends[v * 4 + 1] = a1;
      ends[v * 4 + 2] = b0;
      ends[v * 4 + 3] = b1;
      times[v * 3] = t0;
      times[v * 3 + 1] = t1;
      times[v * 3 + 2] = end;
    }
    q++;
  };
  const style = movements.map((m) => ({
    color: word(sideColor(scenario, m.props.side)),
    hollow: sideLineStyle(scenario, m.props.side) === 'hollow' ? 255 : 0,
    dash: dashCode(m),
  }));
  const paint = (from: number, to: number, s: (typeof style)[number], dash: number) => {
    colorWords.fill(s.color, from * 4, to * 4);
    styleWords.fill(word([s.hollow, dash, 0, 0]), from * 4, to * 4);
  };
  movements.forEach((m, i) => {
    const { coords, times: own } = m.track;
    const end = gpuTime(scenario, own[own.length - 1] as number);
    let t0 = gpuTime(scenario, own[0]!);
    for (let k = 0; k + 1 < coords.length; k++) {
      const t1 = gpuTime(scenario, own[k + 1]!);
      quad(coords[k]!, coords[k + 1]!, t0, t1, end);
      t0 = t1;
    }
    paint(segmentStart[i]!, segmentStart[i + 1]!, style[i]!, style[i]!.dash);
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon, lat] of coords) {
      if (lon < w) w = lon;
      if (lon > e) e = lon;
      if (lat < s) s = lat;
      if (lat > n) n = lat;
    }
    bounds[i * 4] = w;
    bounds[i * 4 + 1] = s;
    bounds[i * 4 + 2] = e;
    bounds[i * 4 + 3] = n;
  });
  // End dots, after every segment: a zero-length segment at the last vertex, finished from its end on.
  movements.forEach((m, i) => {
    const last = m.track.coords[m.track.coords.length - 1]!;
    const end = gpuTime(scenario, m.track.times[m.track.times.length - 1]!);
    quad(last, last, end, end, end);
    paint(segments + i, segments + i + 1, style[i]!, DASH_CODE.none);
  });
  return { segmentStart, bounds, quads, ends, times, colors, styles };
}

const adopted = new WeakMap<Scenario, TrackQuads>();

/**
 * Gives `scenario` the quads built for it elsewhere (the import worker, from the same scenario): the page
 * then uploads them without building them on its own thread.
 */
export function adoptTrackQuads(scenario: Scenario, quads: TrackQuads): void {
  const expected = scenario.movements.reduce((n, m) => n + Math.max(0, m.track.coords.length - 1) + 1, 0);
  if (quads.quads !== expected || quads.segmentStart.length !== scenario.movements.length + 1)
    throw new Error(`adoptTrackQuads: ${quads.quads} quads for ${expected}`);
  adopted.set(scenario, quads);
}

/** The quads of `scenario`'s tracks: those adopted for it, else built now. */
export function trackQuads(scenario: Scenario): TrackQuads {
  return adopted.get(scenario) ?? buildTrackQuads(scenario);
}

/** The typed arrays of `quads`, to move between threads. */
export function trackQuadBuffers(quads: TrackQuads): ArrayBuffer[] {
  const { segmentStart, bounds, ends, times, colors, styles } = quads;
  return [segmentStart, bounds, ends, times, colors, styles].map((a) => a.buffer);
}
