import { describe, expect, it } from 'vitest';
import { problemText, type Problem } from '../i18n/problem';
import { cssSize, defaultPixelRatio, evenSize, paperSize, presetSize, sizeProblems } from './export-sizes';

const texts = (problems: Problem[]) => problems.map((p) => problemText(p, 'en')).join(' ');

describe('export sizes', () => {
  it('has the screen presets, 4K framed like 1080p', () => {
    expect(presetSize('1080p')).toEqual({ width: 1920, height: 1080, pixelRatio: 1 });
    expect(presetSize('2160p')).toEqual({ width: 3840, height: 2160, pixelRatio: 2 });
    expect(cssSize(presetSize('2160p'))).toEqual({ width: 1920, height: 1080 });
  });

  it('computes paper at a DPI, with the pixel ratio DPI/96', () => {
    expect(paperSize('a4', 300, 'landscape')).toEqual({ width: 3508, height: 2480, pixelRatio: 3.125 });
    expect(paperSize('a3', 150, 'portrait')).toEqual({ width: 1754, height: 2480, pixelRatio: 1.5625 });
  });

  it('rounds the CSS size up so the map covers the output, then crops', () => {
    const s = { width: 1001, height: 501, pixelRatio: 2 };
    expect(cssSize(s)).toEqual({ width: 501, height: 251 });
  });

  it('explains sizes it cannot draw', () => {
    expect(sizeProblems({ width: 1920, height: 1080, pixelRatio: 1 })).toEqual([]);
    expect(texts(sizeProblems({ width: 20000, height: 100, pixelRatio: 1 }))).toMatch(/at most 16384 px/);
    expect(texts(sizeProblems({ width: 9000, height: 100, pixelRatio: 1 }, 8192))).toMatch(/at most 8192 px/);
    expect(texts(sizeProblems({ width: 8192, height: 8193, pixelRatio: 1 }))).toMatch(/megapixels/);
    expect(texts(sizeProblems({ width: 8, height: 100, pixelRatio: 1 }))).toMatch(/at least 16/);
    expect(texts(sizeProblems({ width: 100.5, height: 100, pixelRatio: 1 }))).toMatch(/whole pixels/);
  });

  it('rounds videos to even sizes and picks a default ratio', () => {
    expect(evenSize({ width: 641, height: 361, pixelRatio: 1 })).toEqual({
      width: 640,
      height: 360,
      pixelRatio: 1,
    });
    expect(defaultPixelRatio(1280, 720)).toBe(1);
    expect(defaultPixelRatio(3840, 2160)).toBe(2);
  });
});
