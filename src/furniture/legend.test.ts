import { describe, expect, it } from 'vitest';
import { SAMPLE_LEGEND } from '../../tests/support/furniture-fixture';
import { layoutLegend } from './legend';

const measure = (text: string, font: string) => text.length * Number(/([\d.]+)px/.exec(font)?.[1]) * 0.5;
const inside = (r: { x: number; y: number; w: number; h: number }, w: number, h: number) =>
  r.x >= 0 && r.y >= 0 && r.x + r.w <= w + 1e-9 && r.y + r.h <= h + 1e-9;

describe('layoutLegend', () => {
  it('reads sides first, one per row, then one row of uncertainty marks, then the kinds', () => {
    const l = layoutLegend(SAMPLE_LEGEND, 'en', 1, measure);
    expect(l.items.map((i) => i.entry.key)).toEqual(SAMPLE_LEGEND.map((e) => e.key));
    const rowOf = (key: string) => l.items.find((i) => i.entry.key === key)!.swatch.y;
    expect(rowOf('side-csp')).toBeGreaterThan(rowOf('side-fama'));
    // The five marks share a row (one word each), below the sides; the kinds start a row of their own.
    const marks = l.items.filter((i) => i.entry.group === 'mark');
    expect(marks.every((m) => m.text!.lines.join(' ').split(' ').length === 1)).toBe(true);
    expect(rowOf('estimated')).toBeGreaterThan(rowOf('side-csp'));
    expect(rowOf('strike-now')).toBeGreaterThan(rowOf('estimated'));
    expect(l.items.find((i) => i.entry.key === 'side-fama')!.text!.lines.join(' ')).toBe('FAMa–Wagner');
  });

  it('keeps every swatch and caption inside its panel, apart from each other', () => {
    const l = layoutLegend(
      SAMPLE_LEGEND,
      'fr',
      0.7,
      measure,
      'expanded',
      'A note in the foot of the legend.',
    );
    for (const item of l.items) {
      expect(inside(item.swatch, l.rect.w, l.rect.h), item.entry.key).toBe(true);
      if (item.text)
        expect(
          item.text.x + Math.max(...item.text.lines.map((l) => measure(l, item.text!.font))),
        ).toBeLessThanOrEqual(l.rect.w - l.pad + 1e-9);
    }
    for (let i = 0; i < l.items.length; i++)
      for (let j = i + 1; j < l.items.length; j++) {
        const a = l.items[i]!.swatch;
        const b = l.items[j]!.swatch;
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${l.items[i]!.entry.key} / ${l.items[j]!.entry.key}`).toBe(true);
      }
    expect(l.footer!.lines.join(' ')).toBe('A note in the foot of the legend.');
    expect(l.footer!.dy).toBeGreaterThan(Math.max(...l.items.map((i) => i.swatch.y)));
  });

  it('collapses to the title and the swatches alone, smaller than expanded', () => {
    const expanded = layoutLegend(SAMPLE_LEGEND, 'en', 1, measure);
    const collapsed = layoutLegend(SAMPLE_LEGEND, 'en', 1, measure, 'collapsed', 'a note');
    expect(collapsed.items.every((i) => i.text === undefined)).toBe(true);
    expect(collapsed.items).toHaveLength(SAMPLE_LEGEND.length);
    expect(collapsed.footer).toBeUndefined();
    expect(collapsed.rect.w * collapsed.rect.h).toBeLessThan((expanded.rect.w * expanded.rect.h) / 2);
  });

  it('explains every entry in a sentence when asked for the full legend', () => {
    const l = layoutLegend(SAMPLE_LEGEND, 'en', 1, measure, 'explained');
    expect(l.items).toHaveLength(SAMPLE_LEGEND.length);
    expect(l.items.find((i) => i.entry.key === 'estimated')!.text!.lines.join(' ')).toBe(
      'Estimated: explained',
    );
    // One row each, top to bottom.
    const ys = l.items.map((i) => i.swatch.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(l.items.map((i) => i.swatch.x)).size).toBe(1);
  });

  it('speaks French', () => {
    const l = layoutLegend(SAMPLE_LEGEND, 'fr', 1, measure);
    expect(l.title).toBe('Légende');
    expect(l.items.find((i) => i.entry.key === 'contested')!.text!.lines.join(' ')).toBe('Contesté');
  });

  it('scales linearly with the unit', () => {
    const a = layoutLegend(SAMPLE_LEGEND, 'en', 1, measure);
    const b = layoutLegend(SAMPLE_LEGEND, 'en', 2, measure);
    expect(b.rect.w).toBeCloseTo(2 * a.rect.w, 0);
    expect(b.rect.h).toBeCloseTo(2 * a.rect.h, 0);
  });
});
