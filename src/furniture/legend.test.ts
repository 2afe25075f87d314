import { describe, expect, it } from 'vitest';
import { SAMPLE_LEGEND } from '../../tests/support/furniture-fixture';
import { LEGEND_LABEL_MAX, layoutLegend } from './legend';
import { layoutNote } from './note';

const measure = (text: string, font: string) => text.length * Number(/([\d.]+)px/.exec(font)?.[1]) * 0.5;

describe('layoutLegend', () => {
  it('has one row per entry, in order, stacked without overlap', () => {
    const l = layoutLegend(SAMPLE_LEGEND, 'en', 1, measure);
    expect(l.rows.map((r) => r.entry.key)).toEqual(SAMPLE_LEGEND.map((e) => e.key));
    for (let i = 1; i < l.rows.length; i++) {
      const prev = l.rows[i - 1]!;
      expect(l.rows[i]!.dy).toBeGreaterThanOrEqual(prev.dy + prev.h);
    }
    const last = l.rows[l.rows.length - 1]!;
    expect(l.rect.h).toBeGreaterThan(last.dy + last.h);
  });

  it('wraps long labels to the maximum width and makes the row tall enough', () => {
    const l = layoutLegend(SAMPLE_LEGEND, 'en', 1, measure);
    for (const row of l.rows) {
      for (const line of row.lines) expect(measure(line, l.labelFont)).toBeLessThanOrEqual(LEGEND_LABEL_MAX);
      expect(row.h).toBeGreaterThanOrEqual(row.lines.length * l.lineH);
      expect(row.h).toBeGreaterThanOrEqual(l.swatch.h);
    }
    const clash = l.rows.find((r) => r.entry.key === 'clash')!;
    expect(clash.lines.length).toBeGreaterThan(1);
    expect(clash.lines.join(' ')).toBe('Clash; time known only within a window of hours');
    expect(l.rows.find((r) => r.entry.key === 'strike')!.lines).toEqual(['Drone or air strike']);
  });

  it('is as wide as its widest line, not wider than the maximum', () => {
    const l = layoutLegend(SAMPLE_LEGEND, 'en', 1, measure);
    const widest = Math.max(...l.rows.flatMap((r) => r.lines.map((t) => measure(t, l.labelFont))));
    expect(l.rect.w).toBeCloseTo(2 * l.pad + l.textDx + widest);
    const short = layoutLegend(SAMPLE_LEGEND.slice(5, 6), 'en', 1, measure);
    expect(short.rect.w).toBeLessThan(l.rect.w);
  });

  it('speaks French when asked, falling back to English', () => {
    const l = layoutLegend(SAMPLE_LEGEND, 'fr', 1, measure);
    expect(l.title).toBe('Légende');
    expect(l.rows[7]!.lines.join(' ')).toBe('Zone disputée');
    expect(l.rows[5]!.lines.join(' ')).toBe('Drone or air strike');
  });

  it('splits into balanced columns, keeping order down each column', () => {
    const one = layoutLegend(SAMPLE_LEGEND, 'en', 1, measure);
    const two = layoutLegend(SAMPLE_LEGEND, 'en', 1, measure, 2);
    expect(two.columns).toBe(2);
    const xs = [...new Set(two.rows.map((r) => r.dx))];
    expect(xs).toHaveLength(2);
    const firstCol = two.rows.filter((r) => r.dx === xs[0]);
    expect(firstCol.length).toBeGreaterThanOrEqual(3);
    expect(firstCol.length).toBeLessThanOrEqual(5);
    expect(two.rows.slice(0, firstCol.length)).toEqual(firstCol);
    expect(two.rect.h).toBeLessThan(one.rect.h * 0.7);
    expect(two.rect.w).toBeGreaterThan(one.rect.w * 1.8);
    expect(layoutLegend(SAMPLE_LEGEND.slice(0, 1), 'en', 1, measure, 3).columns).toBe(1);
  });

  it('scales linearly with the unit', () => {
    const a = layoutLegend(SAMPLE_LEGEND, 'en', 1, measure);
    const b = layoutLegend(SAMPLE_LEGEND, 'en', 2, measure);
    expect(b.rect.w).toBeCloseTo(2 * a.rect.w, 0);
    expect(b.rect.h).toBeCloseTo(2 * a.rect.h, 0);
  });
});

describe('layoutNote', () => {
  it('wraps inside the given width', () => {
    const n = layoutNote(
      'Positions and times are approximate, from public reports that sometimes disagree.',
      300,
      1,
      measure,
    );
    expect(n.lines.length).toBeGreaterThan(1);
    expect(n.rect.w).toBe(300);
    for (const line of n.lines) expect(measure(line, n.font)).toBeLessThanOrEqual(300 - 2 * n.pad);
    expect(n.font).toMatch(/^italic /);
  });
});
