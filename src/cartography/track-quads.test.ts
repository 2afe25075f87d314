import { describe, expect, it } from 'vitest';
import { syntheticScenarioFiles } from '../../bench/synthetic-scenario';
import { miniFeatures, miniManifest } from '../../tests/fixtures/mini-scenario';
import { gpuTime } from '../frame/gpu-time';
import { loadScenario } from '../scenario/load';
import { adoptTrackQuads, buildTrackQuads, DASH_CODE, trackQuadBuffers, trackQuads } from './track-quads';

function mini() {
  const features = miniFeatures();
  const loaded = loadScenario({
    'scenario.json': JSON.stringify(miniManifest()),
    'features.geojson': JSON.stringify({ type: 'FeatureCollection', features }),
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.scenario;
}

describe('buildTrackQuads', () => {
  it('lays out one quad per segment, then one end dot per track, with its times, colour and style', () => {
    const s = mini();
    const m = s.movements[0]!;
    const q = buildTrackQuads(s);
    const segments = m.track.coords.length - 1;
    expect(q.quads).toBe(segments + s.movements.length);
    expect([...q.segmentStart.subarray(0, 2)]).toEqual([0, segments]);
    // Quad 0, its four vertices alike: the first segment's ends and times, and the track's end.
    const end = gpuTime(s, m.track.times.at(-1)!);
    for (let v = 0; v < 4; v++) {
      expect([...q.ends.subarray(v * 4, v * 4 + 4)]).toEqual(
        [...m.track.coords[0]!, ...m.track.coords[1]!].map(Math.fround),
      );
      expect([...q.times.subarray(v * 3, v * 3 + 3)]).toEqual([
        gpuTime(s, m.track.times[0]!),
        gpuTime(s, m.track.times[1]!),
        end,
      ]);
      // Blue (#0072B2), the first side: solid, reported (no dash).
      expect([...q.colors.subarray(v * 4, v * 4 + 4)]).toEqual([0x00, 0x72, 0xb2, 255]);
      expect([...q.styles.subarray(v * 4, v * 4 + 4)]).toEqual([0, DASH_CODE.none, 0, 0]);
    }
    // The end dot of the first track: a zero-length segment at its last vertex, at its end time.
    const dot = q.segmentStart[s.movements.length]! * 4;
    const last = m.track.coords.at(-1)!.map(Math.fround);
    expect([...q.ends.subarray(dot * 4, dot * 4 + 4)]).toEqual([...last, ...last]);
    expect([...q.times.subarray(dot * 3, dot * 3 + 3)]).toEqual([end, end, end]);
    const [w, so, e, n] = q.bounds;
    expect(w! <= e! && so! <= n!).toBe(true);
  });

  it('styles the second side hollow and estimated tracks dashed', () => {
    const loaded = loadScenario(syntheticScenarioFiles({ movements: 4, vertices: 3, seed: 5 }));
    if (!loaded.ok) throw new Error('rejected');
    const s = loaded.scenario;
    const q = buildTrackQuads(s);
    // Synthetic columns alternate blue, red, green and are all estimated.
    const styleOf = (i: number) => [
      ...q.styles.subarray(q.segmentStart[i]! * 16, q.segmentStart[i]! * 16 + 4),
    ];
    expect(styleOf(0)).toEqual([0, DASH_CODE.estimated, 0, 0]);
    expect(styleOf(1)).toEqual([255, DASH_CODE.estimated, 0, 0]);
  });
});

describe('adoptTrackQuads', () => {
  it('hands the quads built elsewhere to the scenario, instead of building them again', () => {
    const s = mini();
    const built = buildTrackQuads(s);
    const moved = structuredClone(built, { transfer: trackQuadBuffers(built) });
    expect(built.ends.length).toBe(0); // moved, as between the worker and the page
    adoptTrackQuads(s, moved);
    expect(trackQuads(s)).toBe(moved);
    expect(moved).toEqual(buildTrackQuads(s));
  });

  it('refuses quads of another scenario', () => {
    const s = mini();
    const other = loadScenario(syntheticScenarioFiles({ movements: 3, vertices: 5, seed: 1 }));
    if (!other.ok) throw new Error('rejected');
    expect(() => adoptTrackQuads(s, buildTrackQuads(other.scenario))).toThrow(/quads for/);
    expect(trackQuads(s)).not.toBe(trackQuads(s)); // nothing adopted: built on each call (the layer memoizes)
  });
});
