import { describe, expect, it } from 'vitest';
import { nightIntervals, sunTimes } from './night';

const KIDAL = { lat: 18.44, lon: 1.41 };
const iso = (t: number) => new Date(t).toISOString().slice(11, 16);

describe('sunTimes', () => {
  // Solar noon at 1.41°E in mid-November is 11:39 GMT (longitude −6 min, equation of time −16 min) and the
  // day lasts 11 h 18 min at 18.4°N, so the sun rises about 06:00 and sets about 17:18.
  it('puts sunrise near 06:00 and sunset near 17:18 GMT at Kidal in mid-November', () => {
    const sun = sunTimes(Date.parse('2023-11-13T12:00:00Z'), KIDAL.lat, KIDAL.lon)!;
    expect(iso(sun.rise)).toMatch(/^(05:5\d|06:0\d)$/);
    expect(iso(sun.set)).toMatch(/^17:[12]\d$/);
    expect(new Date(sun.rise).toISOString().slice(0, 10)).toBe('2023-11-13');
  });

  it('has no sunset in polar night', () => {
    expect(sunTimes(Date.parse('2023-12-21T12:00:00Z'), 80, 0)).toBeUndefined();
  });
});

describe('nightIntervals', () => {
  it('covers the night of 13–14 November, from dusk to dawn', () => {
    const nights = nightIntervals(
      Date.parse('2023-11-13T00:00:00Z'),
      Date.parse('2023-11-15T00:00:00Z'),
      KIDAL.lat,
      KIDAL.lon,
    );
    expect(nights).toHaveLength(3);
    // The first is the end of the night of 12–13 November, clipped to the range.
    expect(nights[0]!.start).toBe(Date.parse('2023-11-13T00:00:00Z'));
    expect(iso(nights[1]!.start)).toMatch(/^17:/);
    expect(new Date(nights[1]!.end).toISOString()).toMatch(/^2023-11-14T06:/);
    expect(nights[2]!.end).toBe(Date.parse('2023-11-15T00:00:00Z'));
  });
});
