import { describe, expect, it } from 'vitest';
import { composeMapPage, type MapPageContent } from './compose-page';
import { graticuleTicks } from './graticule';
import { inside, layoutPage, overlaps, type BoxMm, type Orientation, type Paper } from './page-layout';
import type { MeasureMm, Op } from './page-ops';

/** Noto Sans averages about 0.55 em a character; bold a little wider. */
const measure: MeasureMm = (text, size, bold) => text.length * size * 0.3528 * (bold ? 0.6 : 0.55);

const long = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} ${i + 1}`).join(' ');

function content(layout: ReturnType<typeof layoutPage>, many: number): MapPageContent {
  const view = {
    center: [1.3, 18.4] as [number, number],
    zoom: 8,
    width: layout.map.w * 3.78,
    height: layout.map.h * 3.78,
  };
  return {
    title: `The battle of Kidal, with a title far too long for one line ${long(20, 'word')}`,
    moment: '14 November 2023, 12:00 GMT · 14 November 2023, 12:00 UTC',
    asOf: 'As of 26 November 2023, the latest source cited on this page',
    scale: 500_000,
    scaleStatement: 'Scale 1:500 000, true at 18°24′N',
    ticks: graticuleTicks(view, layout.map),
    map: 'map',
    panel: [
      { type: 'heading', text: 'Legend' },
      {
        type: 'legend',
        items: Array.from({ length: many }, (_, i) => ({ key: `s${i}`, label: long((i % 4) + 1, 'entry') })),
      },
      { type: 'heading', text: 'Sources cited on this page' },
      {
        type: 'list',
        items: Array.from(
          { length: many * 2 },
          (_, i) => `Publisher ${i}, ${long(6, 'title')} (2023-11-${10 + (i % 10)})`,
        ),
      },
    ],
    credits: `Base map: ${long(40, 'credit')}`,
    more: (n) => `… and ${n} more`,
  };
}

const boxOf = (op: Op): BoxMm | undefined => ('box' in op ? op.box : undefined);

describe('a map page', () => {
  const cases: [Paper, Orientation, number][] = [
    ['a4', 'landscape', 10],
    ['a4', 'portrait', 10],
    ['a3', 'landscape', 15],
    ['letter', 'portrait', 12.7],
    ['letter', 'landscape', 5],
  ];
  it.each(cases)(
    'on %s %s with %s mm margins keeps every piece inside the margins',
    (paper, orientation, margin) => {
      const layout = layoutPage(paper, orientation, margin);
      const inner = { x: margin, y: margin, w: layout.page.w - 2 * margin, h: layout.page.h - 2 * margin };
      for (const many of [2, 40]) {
        const ops = composeMapPage(layout, content(layout, many), measure);
        for (const op of ops) {
          const box = boxOf(op);
          if (box) expect(inside(box, inner), JSON.stringify(op)).toBe(true);
          const points = op.kind === 'line' ? [op.from, op.to] : op.kind === 'polygon' ? op.points : [];
          for (const [x, y] of points) expect(inside({ x, y, w: 0, h: 0 }, inner)).toBe(true);
        }
      }
    },
  );

  it.each(cases)('on %s %s puts no text or picture over another', (paper, orientation, margin) => {
    const layout = layoutPage(paper, orientation, margin);
    for (const many of [2, 40]) {
      const ops = composeMapPage(layout, content(layout, many), measure).filter(
        (o) => o.kind === 'text' || o.kind === 'image',
      );
      for (let i = 0; i < ops.length; i++)
        for (let j = i + 1; j < ops.length; j++)
          expect(
            overlaps(boxOf(ops[i]!)!, boxOf(ops[j]!)!),
            `${JSON.stringify(ops[i])} × ${JSON.stringify(ops[j])}`,
          ).toBe(false);
    }
  });

  it('keeps header, map frame, panel and credits apart, the map inside its frame', () => {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const l = layoutPage('a4', orientation, 10);
      const parts = [l.header, l.frame, l.panel, l.footer];
      for (let i = 0; i < parts.length; i++)
        for (let j = i + 1; j < parts.length; j++) expect(overlaps(parts[i]!, parts[j]!)).toBe(false);
      expect(inside(l.map, l.frame)).toBe(true);
      expect(l.map.w).toBeGreaterThan(100);
    }
  });

  it('says what did not fit instead of drawing past the panel', () => {
    const layout = layoutPage('a4', 'landscape', 10);
    const texts = composeMapPage(layout, content(layout, 40), measure).filter((o) => o.kind === 'text');
    expect(texts.some((t) => t.kind === 'text' && /^… and \d+ more$/.test(t.text))).toBe(true);
  });

  it('sets every legend label beside its swatch and labels each meridian and parallel in view', () => {
    const layout = layoutPage('a4', 'landscape', 10);
    const c = content(layout, 3);
    const ops = composeMapPage(layout, c, measure);
    const texts = ops.flatMap((o) => (o.kind === 'text' ? [o.text] : []));
    const legend = c.panel.find((b) => b.type === 'legend')!;
    for (const item of legend.type === 'legend' ? legend.items : []) {
      expect(ops.some((o) => o.kind === 'image' && o.key === item.key)).toBe(true);
      expect(texts.join(' ')).toContain(item.label);
    }
    expect(c.ticks.lat.length).toBeGreaterThanOrEqual(2);
    const { map } = layout;
    const inView = [
      ...c.ticks.lon.filter((t) => t.at >= map.x && t.at <= map.x + map.w),
      ...c.ticks.lat.filter((t) => t.at >= map.y && t.at <= map.y + map.h),
    ];
    expect(inView.length).toBeGreaterThanOrEqual(4);
    // Each on two opposite edges.
    for (const t of inView) expect(texts.filter((x) => x === t.label).length, t.label).toBe(2);
  });

  it('refuses margins that leave no room for a map', () => {
    expect(() => layoutPage('a4', 'portrait', 80)).toThrow(/Margins of 80 mm/);
  });
});
