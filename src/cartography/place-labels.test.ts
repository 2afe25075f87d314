import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from './place-labels';

const req = (
  x: number,
  y: number,
  priority: number,
  prefer: LabelRequest['prefer'] = 'right',
): LabelRequest => ({
  x,
  y,
  lines: ['Label'],
  size: 16,
  priority,
  clearance: 6,
  prefer,
});

describe('placeLabels', () => {
  it('uses the preferred side when free', () => {
    const [a] = placeLabels([req(100, 100, 1)], 800, 600);
    expect(a?.placement).toBe('right');
    expect(a!.box.x0).toBeGreaterThan(100);
  });

  it('moves a lower-priority label off a higher one at the same point', () => {
    const [low, high] = placeLabels([req(100, 100, 1), req(100, 100, 5)], 800, 600);
    expect(high?.placement).toBe('right');
    expect(low?.placement).toBe('left');
  });

  it('drops a label with no free position rather than overlapping', () => {
    const crowd = [req(100, 100, 9), req(100, 100, 8), req(100, 100, 7), req(100, 100, 6), req(100, 100, 1)];
    const placed = placeLabels(crowd, 800, 600);
    const boxes = placed.flatMap((p) => (p ? [p.box] : []));
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    expect(placed[0]).not.toBeNull();
    expect(placed[4]).toBeNull();
  });

  it('keeps labels inside the frame', () => {
    const [edge] = placeLabels([req(790, 100, 1)], 800, 600);
    expect(edge?.placement).toBe('left');
  });

  it('keeps labels off obstacles such as the legend', () => {
    const [a] = placeLabels([req(100, 100, 1)], 800, 600, [{ x0: 100, y0: 0, x1: 400, y1: 600 }]);
    expect(a?.placement).toBe('left');
  });

  it('hangs a label off a corner when all four sides are taken, never over what took them', () => {
    // A cross of obstacles through the anchor at (300, 300): every side is covered, the corners are free.
    const cross = [
      { x0: 0, y0: 295, x1: 800, y1: 305 },
      { x0: 295, y0: 0, x1: 305, y1: 600 },
    ];
    const [a] = placeLabels([{ ...req(300, 300, 1), lines: ['Ab'] }], 800, 600, cross);
    expect(a?.placement).toMatch(/^(above|below)-(left|right)$/);
    for (const o of cross) {
      const overlap = a!.box.x0 < o.x1 && o.x0 < a!.box.x1 && a!.box.y0 < o.y1 && o.y0 < a!.box.y1;
      expect(overlap).toBe(false);
    }
  });

  it('is deterministic', () => {
    const input = [req(100, 100, 1), req(120, 105, 1), req(90, 95, 2)];
    expect(placeLabels(input, 800, 600)).toEqual(placeLabels(input, 800, 600));
  });
});

describe('fixed labels', () => {
  it('take only their own placement or none', () => {
    const blocked = { x0: 100, y0: 0, x1: 400, y1: 600 };
    const [fixed] = placeLabels([{ ...req(100, 100, 1), fixed: true }], 800, 600, [blocked]);
    expect(fixed).toBeNull();
  });
});
