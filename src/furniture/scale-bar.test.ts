import { describe, expect, it } from 'vitest';
import { chooseScale, distanceLabel, layoutScaleBar, metresPerPixel } from './scale-bar';

const measure = (text: string, font: string) => text.length * Number(/([\d.]+)px/.exec(font)?.[1]) * 0.5;

describe('metresPerPixel', () => {
  it('matches MapLibre 512-px tiles: ~580 m/px at zoom 7 over Kidal (18.4° N)', () => {
    expect(metresPerPixel(18.4, 7)).toBeCloseTo(580.24, 1);
  });

  it('is the equatorial figure scaled by cos(lat), halving per zoom level', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
    expect(metresPerPixel(60, 0)).toBeCloseTo(78271.517 / 2, 2);
    expect(metresPerPixel(18.4, 8)).toBeCloseTo(metresPerPixel(18.4, 7) / 2, 6);
  });
});

describe('chooseScale', () => {
  it('picks 100 km at zoom 7 over Kidal for a 200 px budget', () => {
    const s = chooseScale(metresPerPixel(18.4, 7), 200);
    expect(s.metres).toBe(100_000);
    expect(s.label).toBe('100 km');
    expect(s.px).toBeCloseTo(172.34, 1);
    expect(s.segments).toBe(4);
  });

  it('only ever picks 1, 2 or 5 × 10ⁿ, longest that fits, never shorter than budget / 2.5', () => {
    for (let mpp = 0.013; mpp < 1e5; mpp *= 1.37) {
      const s = chooseScale(mpp, 200);
      const mantissa = s.metres / 10 ** Math.floor(Math.log10(s.metres) + 1e-9);
      expect([1, 2, 5]).toContain(Math.round(mantissa * 1e6) / 1e6);
      expect(s.px).toBeLessThanOrEqual(200 + 1e-6);
      expect(s.px).toBeGreaterThan(200 / 2.5 - 1e-6);
    }
  });

  it('includes a length landing exactly on the budget', () => {
    expect(chooseScale(100, 200).metres).toBe(20_000);
    expect(chooseScale(10, 200).label).toBe('2 km');
    expect(chooseScale(2.6, 200).label).toBe('500 m');
  });

  it('uses fifths for a 5 and quarters otherwise', () => {
    expect(chooseScale(250, 200).segments).toBe(5);
    expect(chooseScale(100, 200).segments).toBe(4);
  });
});

describe('distanceLabel', () => {
  it('switches to km at 1 000 m and keeps no float noise', () => {
    expect(distanceLabel(500)).toBe('500 m');
    expect(distanceLabel(1000)).toBe('1 km');
    expect(distanceLabel(20_000)).toBe('20 km');
    expect(chooseScale(0.0031, 200).label).toBe('0.5 m');
  });
});

describe('layoutScaleBar', () => {
  it('sits with its bottom-right corner where asked and grows with the unit', () => {
    const a = layoutScaleBar(18.4, 7, 1, 1000, 800, measure);
    expect(a.rect.x + a.rect.w).toBeCloseTo(1000);
    expect(a.rect.y + a.rect.h).toBeCloseTo(800);
    expect(a.barX).toBeGreaterThan(a.rect.x);
    expect(a.barX + a.choice.px).toBeLessThan(a.rect.x + a.rect.w);
    // Twice the unit on a frame twice as large at one zoom level more: the same ground, twice the px.
    const b = layoutScaleBar(18.4, 8, 2, 1000, 800, measure);
    expect(b.choice.metres).toBe(a.choice.metres);
    expect(b.rect.w).toBeCloseTo(2 * a.rect.w);
    expect(b.rect.h).toBeCloseTo(2 * a.rect.h);
  });
});
