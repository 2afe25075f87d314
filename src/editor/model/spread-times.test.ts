import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import { isoSeconds, spreadTimes } from './spread-times';
import type { LonLat } from '../../model/geo';

const T0 = Date.parse('2023-11-10T00:00:00Z');
const H = 3_600_000;

describe('spreadTimes', () => {
  it('spreads the duration by ground distance, so the speed is the same on every segment', () => {
    const coords: LonLat[] = [
      [1, 18],
      [1.1, 18],
      [1.1, 18.3],
      [1.2, 18.3],
    ];
    const times = spreadTimes(coords, T0, 10 * H);
    expect(times[0]).toBe(T0);
    expect(times.at(-1)).toBe(T0 + 10 * H);
    const speeds = coords.slice(1).map((c, i) => distance(coords[i]!, c) / (times[i + 1]! - times[i]!));
    for (const s of speeds) expect(s).toBeCloseTo(speeds[0]!, 9);
  });

  it('spreads evenly by vertex when the line has no length, and rejects a negative duration', () => {
    expect(
      spreadTimes(
        [
          [1, 18],
          [1, 18],
          [1, 18],
        ],
        T0,
        2 * H,
      ),
    ).toEqual([T0, T0 + H, T0 + 2 * H]);
    expect(() => spreadTimes([[1, 18]], T0, -1)).toThrow(/got .*-1/);
    expect(spreadTimes([], T0, H)).toEqual([]);
  });

  it('writes whole seconds in the files', () => {
    expect(isoSeconds(T0 + 1500)).toBe('2023-11-10T00:00:01Z');
  });
});
