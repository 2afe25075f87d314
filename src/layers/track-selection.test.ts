import { describe, expect, it } from 'vitest';
import { syntheticScenarioFiles } from '../../bench/synthetic-scenario';
import { densityOf, DONE_LINES_MAX, TRACKS_MAX } from '../cartography/density';
import { frameAt } from '../frame/frame-at';
import { loadScenario } from '../scenario/load';
import { gpuTime } from '../frame/gpu-time';
import { trackGeometry } from './track-geometry';
import { selectTracks } from './track-selection';

const loaded = loadScenario(syntheticScenarioFiles({ movements: 300, vertices: 20, seed: 11 }));
if (!loaded.ok) throw new Error('synthetic scenario rejected');
const scenario = loaded.scenario;
const geometry = trackGeometry(scenario);
const segments = geometry.segmentStart[scenario.movements.length]!;
const mid = scenario.start + (scenario.end - scenario.start) * 0.5;

/** Quads of a selection, as [finished, moving] sets of quad numbers. */
function quads(selection: ReturnType<typeof selectTracks>): [Set<number>, Set<number>] {
  const of = (from: number, to: number) => {
    const out = new Set<number>();
    for (let i = from; i < to; i += 6) out.add(selection.indices[i]! / 4);
    return out;
  };
  return [of(0, selection.done), of(selection.done, selection.indices.length)];
}

const heads = densityOf({ movements: 3000, moving: TRACKS_MAX + 1, events: 0, zoom: 7 });
const tracks = densityOf({ movements: 200, moving: 100, events: 0, zoom: 7 });
const dots = densityOf({ movements: DONE_LINES_MAX + 500, moving: 100, events: 0, zoom: 7 });

describe('track geometry (uploaded once per scenario)', () => {
  it('holds one quad per segment, then one end dot per movement, with their ends and times', () => {
    expect(geometry.quads).toBe(segments + scenario.movements.length);
    expect(geometry.ends.length).toBe(geometry.quads * 16);
    const m = scenario.movements[7]!;
    const q = geometry.segmentStart[7]! + 3;
    // Every vertex of the quad carries the segment's two ends and times.
    for (let v = q * 4; v < q * 4 + 4; v++) {
      expect([...geometry.ends.subarray(v * 4, v * 4 + 4)]).toEqual(
        [...m.track.coords[3]!, ...m.track.coords[4]!].map(Math.fround),
      );
      expect(geometry.times[v * 3]).toBe(gpuTime(scenario, m.track.times[3]!));
      expect(geometry.times[v * 3 + 1]).toBe(gpuTime(scenario, m.track.times[4]!));
    }
    const dot = segments + 7;
    const last = m.track.coords[m.track.coords.length - 1]!;
    expect([...geometry.ends.subarray(dot * 16, dot * 16 + 4)]).toEqual([...last, ...last].map(Math.fround));
  });
});

describe('selectTracks (which quads a frame draws)', () => {
  it("selects each moving movement's segments from its trail's tail to its head, and nothing else moving", () => {
    const frame = frameAt(scenario, mid);
    const [, moving] = quads(selectTracks(geometry, frame, heads));
    const expected = new Set<number>();
    for (const state of frame.movements) {
      if (state.status !== 'moving') continue;
      const m = scenario.movements.indexOf(state.feature);
      const times = state.feature.track.times;
      for (let k = 0; k <= state.index; k++)
        if (times[k + 1]! > mid - heads.trailMs) expected.add(geometry.segmentStart[m]! + k);
    }
    expect(expected.size).toBeGreaterThan(50);
    expect(moving).toEqual(expected);
  });

  it('keeps whole trails when the density does, and finished tracks as lines or as end dots', () => {
    const late = frameAt(scenario, scenario.start + (scenario.end - scenario.start) * 0.8);
    const done = late.movements.filter((m) => m.status === 'done');
    expect(done.length).toBeGreaterThan(20);
    const [lines, moving] = quads(selectTracks(geometry, late, tracks));
    const segmentsOf = (list: typeof done) => list.reduce((n, s) => n + s.feature.track.coords.length - 1, 0);
    expect(lines.size).toBe(segmentsOf(done));
    // Whole trails: every segment from the first to the one the head is on.
    const travelled = late.movements
      .filter((m) => m.status === 'moving')
      .reduce((n, m) => n + m.index + 1, 0);
    expect(moving.size).toBe(travelled);
    const [ends] = quads(selectTracks(geometry, late, dots));
    expect([...ends].sort((a, b) => a - b)).toEqual(
      done.map((s) => segments + scenario.movements.indexOf(s.feature)).sort((a, b) => a - b),
    );
  });

  it('leaves out the tracks whose box misses the view', () => {
    const frame = frameAt(scenario, mid);
    const all = selectTracks(geometry, frame, tracks);
    const box = { w: 0, s: 16, e: 1, n: 17 };
    const some = selectTracks(geometry, frame, tracks, box);
    expect(some.indices.length).toBeGreaterThan(0);
    expect(some.indices.length).toBeLessThan(all.indices.length / 4);
    const [, moving] = quads(some);
    for (const q of moving) {
      const m = [...geometry.segmentStart].findIndex((start) => start > q) - 1;
      const [w, s, e, n] = geometry.bounds.subarray(m * 4, m * 4 + 4);
      expect(w! <= box.e && e! >= box.w && s! <= box.n && n! >= box.s).toBe(true);
    }
  });

  it('is a pure function of the frame: the same t selects the same quads, whatever came before', () => {
    const a = selectTracks(geometry, frameAt(scenario, mid), heads);
    selectTracks(geometry, frameAt(scenario, scenario.end), dots);
    const b = selectTracks(geometry, frameAt(scenario, mid), heads);
    expect(b).toEqual(a);
  });
});
