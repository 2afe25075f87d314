import { describe, expect, it } from 'vitest';
import { layoutUnit, type Rect } from './furniture-input';
import { SAMPLE_LEGEND, sampleInput } from '../../tests/support/furniture-fixture';
import { furnitureLayout, planFurniture } from './furniture-layout';
import { approxMeasure } from './text';

const SIZES: [number, number][] = [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
  [2480, 3508],
  [800, 600],
];

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function expectClean(rects: Record<string, Rect | undefined>, width: number, height: number) {
  const entries = Object.entries(rects).filter((e): e is [string, Rect] => e[1] !== undefined);
  for (const [name, r] of entries) {
    expect(r.x, `${name}.x`).toBeGreaterThanOrEqual(-1e-6);
    expect(r.y, `${name}.y`).toBeGreaterThanOrEqual(-1e-6);
    expect(r.x + r.w, `${name} right`).toBeLessThanOrEqual(width + 1e-6);
    expect(r.y + r.h, `${name} bottom`).toBeLessThanOrEqual(height + 1e-6);
    expect(r.w * r.h, `${name} area`).toBeGreaterThan(0);
  }
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++) {
      const [a, ra] = entries[i]!;
      const [b, rb] = entries[j]!;
      expect(overlap(ra, rb), `${a} overlaps ${b}`).toBe(false);
    }
}

describe('furnitureLayout', () => {
  for (const [w, h] of SIZES)
    for (const lang of ['en', 'fr'] as const)
      it(`places all seven pieces inside ${w}×${h} (${lang}) without overlap`, () => {
        const rects = furnitureLayout(sampleInput(w, h, { lang }));
        expect(Object.keys(rects).sort()).toEqual(
          ['attribution', 'inset', 'legend', 'north', 'note', 'scale', 'title'].sort(),
        );
        expectClean(rects, w, h);
      });

  it('keeps the corners: title top-left, inset top-right, scale bottom-right, note under the legend', () => {
    const r = furnitureLayout(sampleInput(1920, 1080));
    expect(r.title!.x).toBeLessThan(100);
    expect(r.title!.y).toBeLessThan(100);
    expect(r.inset!.x + r.inset!.w).toBeGreaterThan(1820);
    expect(r.inset!.y).toBeLessThan(100);
    expect(r.scale!.x + r.scale!.w).toBeGreaterThan(1820);
    expect(r.scale!.y).toBeGreaterThan(900);
    expect(r.north!.x + r.north!.w).toBeLessThanOrEqual(r.scale!.x);
    expect(r.attribution!.y + r.attribution!.h).toBe(1080);
    expect(r.legend!.x).toBeLessThan(100);
    expect(r.note!.x).toBe(r.legend!.x);
    expect(r.note!.y).toBeGreaterThan(r.legend!.y + r.legend!.h);
  });

  it('looks the same at 720p and 2160p, only larger (the unit scales everything)', () => {
    expect(layoutUnit(1280, 720)).toBeCloseTo(2 / 3);
    expect(layoutUnit(3840, 2160)).toBe(2);
    expect(layoutUnit(2480, 3508)).toBeCloseTo(2480 / 1080);
    expect(layoutUnit(320, 200)).toBe(0.6);
    expect(layoutUnit(20000, 20000)).toBe(4);
    // Proportional measure, so the ratio is exact: what a real font does up to hinting.
    const measure = (text: string, font: string) => text.length * Number(/([\d.]+)px/.exec(font)?.[1]) * 0.5;
    const small = furnitureLayout(sampleInput(1280, 720, { zoom: 7 }), measure);
    const large = furnitureLayout(sampleInput(3840, 2160, { zoom: 7 + Math.log2(3) }), measure);
    for (const key of ['title', 'legend', 'note', 'inset', 'north', 'scale'] as const) {
      expect(large[key]!.w / small[key]!.w, key).toBeCloseTo(3, 1);
      expect(large[key]!.h / small[key]!.h, key).toBeCloseTo(3, 1);
      expect(large[key]!.x / small[key]!.x, key).toBeCloseTo(3, 1);
    }
  });

  it('leaves out what is switched off or empty', () => {
    const r = furnitureLayout(
      sampleInput(1280, 720, {
        show: { inset: false, north: false },
        legend: [],
        uncertaintyNote: undefined,
        attribution: ' ',
      }),
    );
    expect(Object.keys(r).sort()).toEqual(['scale', 'title']);
    const noteOnly = furnitureLayout(sampleInput(1280, 720, { legend: [] }));
    expect(noteOnly.note).toBeDefined();
    expect(noteOnly.legend).toBeUndefined();
  });

  it('widens the title panel into the inset’s space when there is no inset', () => {
    const long = 'The fall of Kidal: the Malian army and Wagner retake the rebel stronghold after ten years';
    const withInset = furnitureLayout(sampleInput(800, 600, { title: long }));
    const without = furnitureLayout(sampleInput(800, 600, { title: long, show: { inset: false } }));
    expect(without.title!.w).toBeGreaterThan(withInset.title!.w);
    expectClean(withInset, 800, 600);
  });

  it('moves, shrinks or splits a long legend rather than overlapping', () => {
    const many = Array.from({ length: 5 }, (_, i) =>
      SAMPLE_LEGEND.map((e) => ({ ...e, key: `${e.key}${i}` })),
    ).flat();
    for (const n of [14, 20, 32]) {
      for (const [w, h] of SIZES) {
        const input = sampleInput(w, h, { legend: many.slice(0, n) });
        expectClean(furnitureLayout(input), w, h);
        expect(planFurniture(input, approxMeasure).legend!.rows).toHaveLength(n);
      }
    }
    const twenty = planFurniture(sampleInput(1280, 720, { legend: many.slice(0, 20) }), approxMeasure);
    expect(twenty.legendK < twenty.u || twenty.legend!.columns > 1).toBe(true);
  });

  it('keeps even an impossible legend inside the frame', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ ...SAMPLE_LEGEND[0]!, key: `k${i}` }));
    const r = furnitureLayout(sampleInput(800, 600, { legend: many }));
    expect(r.legend!.y).toBeGreaterThanOrEqual(0);
    expect(r.legend!.x).toBeGreaterThanOrEqual(0);
  });
});
