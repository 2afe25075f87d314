import { describe, expect, it } from 'vitest';
import { advanceWithin } from './playback';

describe('advanceWithin', () => {
  const range = { start: 100, end: 200, loop: false };
  it('moves t and stops at the end', () => {
    expect(advanceWithin(150, 10.4, range)).toEqual({ t: 160, stop: false });
    expect(advanceWithin(195, 10, range)).toEqual({ t: 200, stop: true });
  });
  it('wraps to the start when looping', () => {
    expect(advanceWithin(195, 10, { ...range, loop: true })).toEqual({ t: 105, stop: false });
  });
  it('brings a t before the range into it', () => {
    expect(advanceWithin(0, 1, range)).toEqual({ t: 100, stop: false });
  });
});
