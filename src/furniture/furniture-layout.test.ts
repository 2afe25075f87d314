import { describe, expect, it } from 'vitest';
import { layoutUnit, type FurnitureInput, type Rect } from './furniture-input';
import { SAMPLE_LEGEND, sampleInput } from '../../tests/support/furniture-fixture';
import { furnitureLayout, planFurniture } from './furniture-layout';
import { approxMeasure } from './text';

/** The screens and exports the layout must hold (issue #17), portrait included. */
export const SIZES: [number, number][] = [
  [480, 270],
  [640, 360],
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1600, 900],
  [1920, 1080],
  [3840, 2160],
  [1080, 1920],
];

const CARD = {
  title: '14 November: the fall of Kidal',
  caption:
    'The army and Wagner enter Kidal in the morning and raise the flag over the old MINUSMA camp; the rebels say they withdrew to spare civilians.',
  index: 5,
  total: 8,
};

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function expectClean(rects: Record<string, Rect | undefined>, width: number, height: number, what: string) {
  const entries = Object.entries(rects).filter((e): e is [string, Rect] => e[1] !== undefined);
  for (const [name, r] of entries) {
    expect(r.x, `${what}: ${name}.x`).toBeGreaterThanOrEqual(-1e-6);
    expect(r.y, `${what}: ${name}.y`).toBeGreaterThanOrEqual(-1e-6);
    expect(r.x + r.w, `${what}: ${name} right`).toBeLessThanOrEqual(width + 1e-6);
    expect(r.y + r.h, `${what}: ${name} bottom`).toBeLessThanOrEqual(height + 1e-6);
    expect(r.w * r.h, `${what}: ${name} area`).toBeGreaterThan(0);
  }
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++) {
      const [a, ra] = entries[i]!;
      const [b, rb] = entries[j]!;
      expect(overlap(ra, rb), `${what}: ${a} overlaps ${b}`).toBe(false);
    }
}

describe('furnitureLayout', () => {
  for (const [w, h] of SIZES)
    for (const lang of ['en', 'fr'] as const)
      for (const presenter of [false, true])
        it(`keeps every piece inside ${w}×${h}, apart (${lang}${presenter ? ', presenter' : ''})`, () => {
          const input = sampleInput(w, h, { lang, ...(presenter && { chapter: CARD }) });
          const rects = furnitureLayout(input);
          // What a frame cannot do without: title and time, credits, scale, legend, and the chapter card.
          for (const needed of ['title', 'credits', 'scale', 'legend', ...(presenter ? ['caption'] : [])])
            expect(rects, `${needed} at ${w}×${h}`).toHaveProperty(needed);
          expectClean(rects, w, h, `${w}×${h} ${lang}`);
        });

  for (const [w, h] of SIZES)
    it(`keeps the basemap's detail notice in the credits strip, apart from the rest, at ${w}×${h}`, () => {
      const notice = 'base map detail ends at 1:500\u00a0000 — open a detailed basemap';
      const plain = sampleInput(w, h, { chapter: CARD });
      const noted = { ...plain, detailNotice: notice };
      const plan = planFurniture(noted, approxMeasure);
      expect(plan.attribution?.notice.join(' ')).toBe(notice);
      // One more line (or two, wrapped) on the same strip: taller, still flush with the corner.
      const before = planFurniture(plain, approxMeasure).attribution!.rect;
      expect(plan.attribution!.rect.h).toBeGreaterThan(before.h);
      expect(plan.attribution!.rect.y + plan.attribution!.rect.h).toBeCloseTo(h, 6);
      expectClean(furnitureLayout(noted), w, h, `${w}×${h} with the notice`);
    });

  it('keeps the conventional corners on a large frame: title top-left, inset top-right, scale bottom-right', () => {
    const r = furnitureLayout(sampleInput(1920, 1080));
    expect(Object.keys(r).sort()).toEqual(['credits', 'inset', 'legend', 'north', 'scale', 'title']);
    expect(r.title!.x).toBeLessThan(100);
    expect(r.title!.y).toBeLessThan(100);
    expect(r.inset!.x + r.inset!.w).toBeGreaterThan(1820);
    expect(r.inset!.y).toBeLessThan(100);
    expect(r.scale!.x + r.scale!.w).toBeGreaterThan(1820);
    expect(r.scale!.y).toBeGreaterThan(880);
    expect(r.credits!.y + r.credits!.h).toBe(1080);
    expect(r.legend!.x).toBeLessThan(100);
    expect(r.legend!.y + r.legend!.h).toBeGreaterThan(900);
  });

  it('gives way on a small frame, least important first: inset, note, legend size, credits length', () => {
    const big = planFurniture(sampleInput(1920, 1080), approxMeasure);
    expect(big.inset).toBeDefined();
    expect(big.legend!.footer).toBeDefined();
    expect(big.legend!.form).toBe('expanded');
    expect(big.attribution!.lines.join(' ')).toContain('Sources: Wikipedia');
    const small = planFurniture(sampleInput(480, 270), approxMeasure);
    expect(small.inset).toBeUndefined();
    expect(small.legend!.footer).toBeUndefined();
    expect(small.attribution!.lines).toEqual(['© Sandtable · Natural Earth · GeoNames · + 18 sources']);
  });

  it('collapses the legend when asked, and expands it when asked wherever it fits', () => {
    const collapsed = planFurniture(sampleInput(1920, 1080, { legendForm: 'collapsed' }), approxMeasure);
    expect(collapsed.legend!.form).toBe('collapsed');
    expect(collapsed.legend!.items.every((i) => i.text === undefined)).toBe(true);
    const expanded = planFurniture(sampleInput(1024, 768, { legendForm: 'expanded' }), approxMeasure);
    expect(expanded.legend!.form).toBe('expanded');
    const full = planFurniture(sampleInput(1920, 1080, { legendForm: 'full' }), approxMeasure);
    expect(full.legend!.form).toBe('explained');
    // Where the full legend cannot fit, it gives way rather than overlap.
    const small = planFurniture(sampleInput(480, 270, { legendForm: 'full' }), approxMeasure);
    expect(small.legend!.form).not.toBe('explained');
  });

  it('keeps the legend’s words before an audience (a chapter card), shrinking it before collapsing', () => {
    // A long legend on a small frame with the action in the middle: where the legend used to collapse to bare
    // swatches, it is set smaller and keeps its words.
    const legend = [...SAMPLE_LEGEND, ...SAMPLE_LEGEND.map((e) => ({ ...e, key: `${e.key}-2` }))];
    const avoid = { x: 96, y: 40, w: 288, h: 190 };
    const presenting = sampleInput(480, 270, { legend, avoid, chapter: CARD });
    const plan = planFurniture(presenting, approxMeasure);
    expect(plan.legend!.form).toBe('expanded');
    expect(plan.legend!.items.some((i) => i.text !== undefined)).toBe(true);
    expectClean(furnitureLayout(presenting), 480, 270, '480×270 presenting');
    // Off screen (no card) the same frame still collapses it when it must.
    expect(planFurniture(sampleInput(480, 270, { legend }), approxMeasure).legend!.form).toBe('collapsed');
  });

  it('keeps furniture off the action where the frame has room elsewhere', () => {
    // The action in the bottom-left, where the legend goes by default.
    const avoid = { x: 20, y: 500, w: 500, h: 200 };
    const input: FurnitureInput = sampleInput(1280, 720, { avoid });
    const r = furnitureLayout(input);
    for (const [name, rect] of Object.entries(r))
      expect(overlap(rect, avoid) ? name : null, `${name} on the action`).toBeNull();
    expect(r.legend).toBeDefined();
    expectClean(r, 1280, 720, 'avoiding');
  });

  it('keeps each piece in the corner it held in the previous chapter while that corner is clear', () => {
    // Chapter 1: the action top-left sends the title elsewhere.
    const first = furnitureLayout(
      sampleInput(1280, 720, { chapter: CARD, avoid: { x: 0, y: 0, w: 700, h: 300 } }),
    );
    const moved = first.title!;
    expect(moved.x > 0 && moved.y > 0 && (moved.x > 100 || moved.y > 100)).toBe(true);
    // Chapter 2: the action has left that corner; without a previous placement the title goes back top-left,
    // with it the title stays where the audience saw it last.
    const avoid = { x: 700, y: 250, w: 200, h: 150 };
    const fresh = furnitureLayout(sampleInput(1280, 720, { chapter: CARD, avoid }));
    expect(fresh.title!.x < 60 && fresh.title!.y < 60).toBe(true);
    const kept = furnitureLayout(sampleInput(1280, 720, { chapter: CARD, avoid, previous: first }));
    expect(kept.title).toEqual(moved);
    // The legend too keeps its quarter of the frame (set larger there now that the action has moved off).
    const quarter = (r: Rect) => [r.x + r.w / 2 < 640, r.y + r.h / 2 < 360];
    expect(quarter(kept.legend!)).toEqual(quarter(first.legend!));
    expectClean(kept, 1280, 720, 'kept corners');
    // Chapter 3: the action now covers that spot: the title leaves it rather than cover the action.
    const onIt = { x: moved.x, y: moved.y, w: moved.w, h: moved.h };
    const left = furnitureLayout(sampleInput(1280, 720, { chapter: CARD, avoid: onIt, previous: first }));
    expect(overlap(left.title!, onIt)).toBe(false);
    expectClean(left, 1280, 720, 'corner given up');
  });

  it('drops the inset rather than laying it over the action, and never lays it there', () => {
    const everywhere = furnitureLayout(sampleInput(1280, 720, { avoid: { x: 0, y: 0, w: 1280, h: 720 } }));
    expect(everywhere.inset).toBeUndefined();
    expectClean(everywhere, 1280, 720, 'action everywhere');
    for (let x = 0; x < 1280; x += 160)
      for (let y = 0; y < 720; y += 120) {
        const avoid = { x, y, w: 480, h: 360 };
        const r = furnitureLayout(sampleInput(1280, 720, { avoid }));
        if (r.inset) expect(overlap(r.inset, avoid), `inset on the action at ${x},${y}`).toBe(false);
        expectClean(r, 1280, 720, `action at ${x},${y}`);
      }
  });

  it('looks the same at 720p and 2160p, only larger (the unit scales everything)', () => {
    expect(layoutUnit(1280, 720)).toBeCloseTo(2 / 3);
    expect(layoutUnit(3840, 2160)).toBe(2);
    expect(layoutUnit(320, 200)).toBe(0.6);
    expect(layoutUnit(20000, 20000)).toBe(4);
    const measure = (text: string, font: string) => text.length * Number(/([\d.]+)px/.exec(font)?.[1]) * 0.5;
    const small = furnitureLayout(sampleInput(1280, 720, { zoom: 7 }), measure);
    const large = furnitureLayout(sampleInput(3840, 2160, { zoom: 7 + Math.log2(3) }), measure);
    for (const key of ['title', 'legend', 'inset', 'north', 'scale'] as const) {
      expect(large[key]!.w / small[key]!.w, key).toBeCloseTo(3, 1);
      expect(large[key]!.h / small[key]!.h, key).toBeCloseTo(3, 1);
      expect(large[key]!.x / small[key]!.x, key).toBeCloseTo(3, 1);
    }
  });

  it('lays the scale out the same whatever the camera, so a chapter can be framed around it', () => {
    const a = furnitureLayout(sampleInput(1280, 720, { zoom: 6.2, center: [1, 18] }));
    const b = furnitureLayout(sampleInput(1280, 720, { zoom: 10.7, center: [1, 19.5] }));
    expect(b).toEqual(a);
  });

  it('leaves out what is switched off or empty', () => {
    const r = furnitureLayout(
      sampleInput(1280, 720, {
        show: { inset: false, north: false },
        legend: [],
        attribution: ' ',
      }),
    );
    expect(Object.keys(r).sort()).toEqual(['scale', 'title']);
  });

  it('keeps a very long legend and a long title inside the frame and apart', () => {
    const many = Array.from({ length: 6 }, (_, i) =>
      SAMPLE_LEGEND.map((e) => ({ ...e, key: `${e.key}${i}` })),
    ).flat();
    const long = 'The fall of Kidal: the Malian army and Wagner retake the rebel stronghold after ten years';
    for (const [w, h] of SIZES) {
      const r = furnitureLayout(sampleInput(w, h, { legend: many, title: long, chapter: CARD }));
      expectClean(r, w, h, `${w}×${h} long`);
    }
  });
});
