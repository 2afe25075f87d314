import { describe, expect, it } from 'vitest';
import { significance, simplifyToFit } from './simplify-line';

const T0 = Date.parse('2023-11-10T06:00:00Z');

/** A straight track north at 1 m/s with one 500 m detour east at fix 50, and 1,000 s from fix 79 to fix 80. */
function track() {
  const coords: number[][] = [];
  const times: number[] = [];
  let t = T0;
  for (let i = 0; i <= 100; i++) {
    const east = i === 50 ? 500 : 0;
    coords.push([1 + east / 105_000, 18 + (i * 10) / 110_574]);
    t += i === 80 ? 1_000_000 : 10_000;
    times.push(t);
  }
  return { coords, times };
}

describe('significance', () => {
  it('keeps both ends always and ranks a detour above points on a straight line', () => {
    const { coords } = track();
    const sig = significance(coords);
    expect(sig[0]).toBe(Infinity);
    expect(sig[100]).toBe(Infinity);
    expect(sig[50]).toBeGreaterThan(400);
    for (const i of [10, 30, 70, 90]) expect(sig[i]).toBeLessThan(1);
  });

  it('with times, also keeps where the speed changes (a stop), which the drawn line alone would not', () => {
    const { coords, times } = track();
    const spatial = significance(coords);
    const timed = significance(coords, times);
    expect(spatial[79]).toBeLessThan(1);
    expect(timed[79]).toBeGreaterThan(50);
  });

  it('survives 200,000 vertices without recursion', () => {
    const coords = Array.from({ length: 200_000 }, (_, i) => [1 + i * 1e-5, 18 + Math.sin(i / 30) * 1e-3]);
    const sig = significance(
      coords,
      Float64Array.from(coords, (_, i) => T0 + i * 1000),
    );
    expect(sig.length).toBe(200_000);
    const fit = simplifyToFit(sig, 100_000);
    expect(fit.keep.length).toBeLessThanOrEqual(100_000);
    expect(fit.keep.length).toBeGreaterThan(90_000);
  });
});

describe('simplifyToFit', () => {
  it('leaves a line under the limit alone', () => {
    const sig = significance(track().coords);
    expect(simplifyToFit(sig, 500)).toEqual({
      keep: Array.from({ length: 101 }, (_, i) => i),
      toleranceM: 0,
    });
  });

  it('keeps at most the limit, in order, ends included, and the detour and the stop first', () => {
    const { coords, times } = track();
    const fit = simplifyToFit(significance(coords, times), 6);
    expect(fit.keep.length).toBeLessThanOrEqual(6);
    expect(fit.keep).toEqual([...fit.keep].sort((a, b) => a - b));
    expect(fit.keep[0]).toBe(0);
    expect(fit.keep.at(-1)).toBe(100);
    expect(fit.keep).toContain(50);
    // Where the track slows down, so the head is held back there as the file says.
    expect(fit.keep).toContain(79);
    // Every dropped fix is within the tolerance of where the simplified track has the head at its time.
    expect(fit.toleranceM).toBeGreaterThan(0);
  });

  it('is Douglas–Peucker at the tolerance it reports: no dropped vertex is further than it', () => {
    const coords = Array.from({ length: 400 }, (_, i) => [1 + i * 1e-4, 18 + Math.sin(i / 7) * 2e-4]);
    const sig = significance(coords);
    const fit = simplifyToFit(sig, 40);
    const kept = new Set(fit.keep);
    for (let i = 0; i < coords.length; i++)
      if (!kept.has(i)) expect(sig[i]).toBeLessThanOrEqual(fit.toleranceM);
  });
});
