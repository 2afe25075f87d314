import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { frameAt } from './frame-at';
import { positionAt } from './track';
import { loadScenario } from '../scenario/load';
import { miniFiles } from '../../tests/fixtures/mini-scenario';

function mini() {
  const result = loadScenario(miniFiles());
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

const at = (iso: string) => Date.parse(iso);

describe('frameAt', () => {
  it('shows nothing timed before the scenario begins but keeps timeless places', () => {
    const frame = frameAt(mini(), at('2023-11-09T00:00:00Z'));
    expect(frame.movements).toEqual([]);
    expect(frame.events).toEqual([]);
    expect(frame.places.map((p) => p.feature.id)).toEqual(['town']);
    expect(frame.places[0]?.controller).toBeUndefined();
  });

  it('places a moving head between vertices', () => {
    const frame = frameAt(mini(), at('2023-11-10T12:00:00Z'));
    const [column] = frame.movements;
    expect(column).toMatchObject({ status: 'moving', index: 0 });
    expect(column!.head[0]).toBeGreaterThan(0.6);
    expect(column!.head[0]).toBeLessThan(1.0);
    expect(column!.progress).toBeGreaterThan(0);
    expect(column!.progress).toBeLessThan(0.5);
  });

  it('finishes a movement at its last vertex and keeps it', () => {
    const frame = frameAt(mini(), at('2023-11-14T12:00:00Z'));
    expect(frame.movements[0]).toMatchObject({ status: 'done', index: 2, head: [1.4, 18.44], progress: 1 });
  });

  it('shows a window event from its start, inside then after its window', () => {
    const before = frameAt(mini(), at('2023-11-12T17:59:59Z'));
    expect(before.events).toEqual([]);
    const inside = frameAt(mini(), at('2023-11-12T20:00:00Z'));
    expect(inside.events).toEqual([expect.objectContaining({ age: 2 * 3_600_000, inWindow: true })]);
    const after = frameAt(mini(), at('2023-11-13T07:00:00Z'));
    expect(after.events[0]).toMatchObject({ inWindow: false, age: 13 * 3_600_000 });
  });

  it('reports who controls a place at t', () => {
    expect(frameAt(mini(), at('2023-11-13T00:00:00Z')).places[0]?.controller).toBe('red');
    expect(frameAt(mini(), at('2023-11-14T06:00:00Z')).places[0]?.controller).toBe('blue');
  });

  it('is pure: the same t gives an equal frame', () => {
    const s = mini();
    const t = at('2023-11-11T05:00:00Z');
    expect(frameAt(s, t)).toEqual(frameAt(s, t));
  });

  it('is total over and beyond the range', () => {
    const s = mini();
    fc.assert(
      fc.property(fc.double({ min: s.start - 1e10, max: s.end + 1e10, noNaN: true }), (t) => {
        const frame = frameAt(s, t);
        for (const m of frame.movements) {
          expect(Number.isFinite(m.head[0]) && Number.isFinite(m.head[1])).toBe(true);
          expect(m.progress).toBeGreaterThanOrEqual(0);
          expect(m.progress).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});

describe('frameAt over packed tracks', () => {
  it('puts every head exactly where positionAt does, for random scenarios and times', async () => {
    const { syntheticScenarioFiles } = await import('../../bench/synthetic-scenario');
    const result = loadScenario(syntheticScenarioFiles({ movements: 40, vertices: 12, seed: 7 }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    const s = result.scenario;
    fc.assert(
      fc.property(fc.double({ min: s.start - 3600e3, max: s.end + 3600e3, noNaN: true }), (t) => {
        const frame = frameAt(s, t);
        const expected = s.movements.flatMap((f) => {
          const pos = positionAt(f.track, t);
          return pos ? [{ id: f.id, head: pos.position, index: pos.index, km: pos.km }] : [];
        });
        expect(
          frame.movements.map((m) => ({ id: m.feature.id, head: m.head, index: m.index, km: m.km })),
        ).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
