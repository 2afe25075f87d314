import type { Density } from '../cartography/density';
import type { LonLatBox } from '../cartography/in-view';
import type { Frame } from '../frame/frame-at';
import { lastVertexAtOrBefore } from '../frame/track';
import { writeQuad, type TrackGeometry } from './track-geometry';

/** The quads a frame draws, as indices into the scenario's `TrackGeometry`. */
export interface TrackSelection {
  /** Two triangles per quad: the finished tracks' quads first (`done` indices), then the moving trails'. */
  indices: Uint32Array;
  done: number;
}

/**
 * Which quads of the scenario's tracks a frame draws: for each finished movement whose track crosses the view,
 * its segments (or its end dot, when the density says finished movements are dots); for each moving one, the
 * segments from the oldest the trail keeps to the one its head is on. Only these reach the GPU's vertex
 * stage, so a frame costs what it shows, not what the scenario holds; the shaders then cut each trail at t.
 * A pure function of (geometry, frame, density, box): the same frame selects the same quads.
 */
export function selectTracks(
  geometry: TrackGeometry,
  frame: Frame,
  density: Density,
  box?: LonLatBox,
): TrackSelection {
  const { segmentStart, bounds, indexOf, movements } = geometry;
  const segments = segmentStart[movements.length]!;
  const crosses = (m: number) =>
    !box ||
    !(
      bounds[m * 4]! > box.e ||
      bounds[m * 4 + 2]! < box.w ||
      bounds[m * 4 + 1]! > box.n ||
      bounds[m * 4 + 3]! < box.s
    );
  // Runs of quads [from, to), finished ones and moving ones apart, then written as indices.
  const done: number[] = [];
  const moving: number[] = [];
  const limit = frame.t - density.trailMs;
  for (const state of frame.movements) {
    const m = indexOf.get(state.feature);
    if (m === undefined || !crosses(m)) continue;
    const first = segmentStart[m]!;
    if (state.status === 'done') {
      if (density.doneDots) done.push(segments + m, segments + m + 1);
      else if (density.trail.done > 0) done.push(first, segmentStart[m + 1]!);
      continue;
    }
    // The oldest segment still in the trail: the one holding the trail's tail (or the first).
    const tail = Number.isFinite(limit)
      ? Math.max(0, lastVertexAtOrBefore(state.feature.track.times, limit))
      : 0;
    const from = first + Math.min(tail, state.index);
    moving.push(from, first + state.index + 1);
  }
  const count = (runs: number[]) => {
    let n = 0;
    for (let i = 0; i < runs.length; i += 2) n += runs[i + 1]! - runs[i]!;
    return n;
  };
  const doneQuads = count(done);
  const indices = new Uint32Array((doneQuads + count(moving)) * 6);
  let at = 0;
  for (const runs of [done, moving])
    for (let i = 0; i < runs.length; i += 2)
      for (let q = runs[i]!; q < runs[i + 1]!; q++, at += 6) writeQuad(indices, at, q);
  return { indices, done: doneQuads * 6 };
}
