import { describe, expect, it } from 'vitest';
import { clampDivider, dividerAt, splitHalves, stepDivider, swipeClip } from './compare-layout';
import { compareSpecOf, formatCompare, parseCompare } from './compare-link';
import { defaultCompareTime, isCompareKey } from './compare-toggle';
import { formatHash, parseHash } from '../app/deep-link';

describe('swipe divider', () => {
  it('moves with the arrows (Shift coarser), Home and End, and stays within the map', () => {
    expect(stepDivider(0.5, 'ArrowLeft', false)).toBe(0.48);
    expect(stepDivider(0.5, 'ArrowRight', true)).toBe(0.6);
    expect(stepDivider(0.99, 'ArrowRight', true)).toBe(1);
    expect(stepDivider(0.01, 'ArrowLeft', false)).toBe(0);
    expect(stepDivider(0.3, 'Home', false)).toBe(0);
    expect(stepDivider(0.3, 'End', false)).toBe(1);
    expect(stepDivider(0.3, 'a', false)).toBeUndefined();
    expect(clampDivider(NaN)).toBe(0.5);
  });

  it('follows the pointer and clips the compared moment to its left', () => {
    expect(dividerAt(300, 100, 800)).toBe(0.25);
    expect(dividerAt(50, 100, 800)).toBe(0);
    expect(swipeClip(0.25)).toBe('inset(0 75.0% 0 0)');
  });
});

describe('split halves', () => {
  it('side by side on a landscape frame, in whole pixels that add up', () => {
    expect(splitHalves(1281, 720)).toEqual({
      first: { x: 0, y: 0, width: 640, height: 720 },
      second: { x: 640, y: 0, width: 641, height: 720 },
      stacked: false,
    });
  });

  it('one above the other on a portrait frame', () => {
    const { first, second, stacked } = splitHalves(720, 1280);
    expect(stacked).toBe(true);
    expect(first).toEqual({ x: 0, y: 0, width: 720, height: 640 });
    expect(second).toEqual({ x: 0, y: 640, width: 720, height: 640 });
  });
});

describe('comparison in the address', () => {
  it('round-trips a time and a mode', () => {
    const text = formatCompare({ t: Date.parse('2023-11-12T12:00:00Z'), mode: 'swipe' });
    expect(text).toBe('compare=2023-11-12T12:00Z&compareMode=swipe');
    expect(parseCompare(new URLSearchParams(text))).toEqual({
      t: Date.parse('2023-11-12T12:00:00Z'),
      mode: 'swipe',
    });
  });

  it('reads an unknown mode as split and an unreadable time as no comparison', () => {
    expect(parseCompare(new URLSearchParams('compare=2023-11-12T12:00Z&compareMode=x'))?.mode).toBe('split');
    expect(parseCompare(new URLSearchParams('compare=soon'))).toBeUndefined();
    expect(formatCompare(null)).toBe('');
  });

  it("checks a script's request and says what is wrong", () => {
    expect(compareSpecOf({ t: '2023-11-12T12:00:00Z' })).toEqual({
      t: Date.parse('2023-11-12T12:00:00Z'),
      mode: 'split',
    });
    expect(() => compareSpecOf({ t: 'soon' })).toThrow(/t "soon" is not a time/);
    expect(() => compareSpecOf({ t: 0, mode: 'overlay' })).toThrow(/mode "overlay"/);
  });
});

describe('a new comparison', () => {
  const range = { start: 0, end: 10 * 86_400_000 };
  it('starts a day before t, or a day after at the start, inside the scenario', () => {
    expect(defaultCompareTime(range, 3 * 86_400_000)).toBe(2 * 86_400_000);
    expect(defaultCompareTime(range, 3_600_000)).toBe(0);
    expect(defaultCompareTime(range, 0)).toBe(86_400_000);
  });

  it('toggles with K outside text fields only', () => {
    const key = { key: 'k', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false };
    expect(isCompareKey(key, 'page')).toBe(true);
    expect(isCompareKey({ ...key, key: 'K' }, 'control')).toBe(true);
    expect(isCompareKey(key, 'text')).toBe(false);
    expect(isCompareKey({ ...key, ctrlKey: true }, 'page')).toBe(false);
  });
});

describe('the whole address', () => {
  it('keeps t, the view and the comparison together', () => {
    const link = {
      t: Date.parse('2023-11-14T12:00:00Z'),
      view: { center: [1.2, 18.3] as [number, number], zoom: 8, bearing: 0, pitch: 0 },
      compare: { t: Date.parse('2023-11-12T12:00:00Z'), mode: 'split' as const },
    };
    const hash = formatHash(link);
    expect(hash).toBe('#t=2023-11-14T12:00Z&view=1.2,18.3,8,0,0&compare=2023-11-12T12:00Z&compareMode=split');
    expect(parseHash(hash)).toEqual(link);
    expect(parseHash('#t=2023-11-14T12:00Z').compare).toBeUndefined();
  });
});
