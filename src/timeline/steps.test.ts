import { describe, expect, it } from 'vitest';
import { DAY, HOUR, keyStep, nextEventTime, previousEventTime } from './steps';

const range = { start: 0, end: 100 * DAY };

describe('keyboard steps', () => {
  it('moves an hour, a day with Shift, and to the ends', () => {
    expect(keyStep('ArrowRight', false, 10 * DAY, range)).toBe(10 * DAY + HOUR);
    expect(keyStep('ArrowLeft', true, 10 * DAY, range)).toBe(9 * DAY);
    expect(keyStep('ArrowUp', false, 0, range)).toBe(HOUR);
    expect(keyStep('Home', false, 5, range)).toBe(0);
    expect(keyStep('End', true, 5, range)).toBe(100 * DAY);
    expect(keyStep('a', false, 5, range)).toBeUndefined();
  });
});

describe('event steps', () => {
  const times = [10, 20, 30];
  it('finds the next and previous event strictly after and before t', () => {
    expect(nextEventTime(times, 20)).toBe(30);
    expect(nextEventTime(times, 5)).toBe(10);
    expect(nextEventTime(times, 30)).toBeUndefined();
    expect(previousEventTime(times, 20)).toBe(10);
    expect(previousEventTime(times, 10)).toBeUndefined();
  });
});
