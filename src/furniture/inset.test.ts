import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import data from './world-inset.json';
import { chooseInset, type InsetWindow } from './inset-choice';
import type { InsetWorld } from './inset-world';
import { INSET_ASPECT, insetLabels, insetMarker, insetProject, layoutInset } from './inset';
import { approxMeasure } from './text';

const DATA = fileURLToPath(new URL('./world-inset.json', import.meta.url));
const world = data as unknown as InsetWorld;
const rect = { x: 100, y: 50, w: 340, h: 250 };
const WINDOW: InsetWindow = { west: -18, south: 3, east: 16, north: 28 };

describe('world inset data', () => {
  it('holds every country of 1:110m at two decimals, named in English and French', () => {
    expect(statSync(DATA).size).toBeLessThan(260_000);
    expect(world.countries.length).toBeGreaterThan(170);
    expect(readFileSync(DATA, 'utf8')).not.toMatch(/\d\.\d{3}/);
    const byEn = new Map(world.countries.map((c) => [c.en, c]));
    expect(byEn.get('Algeria')?.fr).toBe('Algérie');
    expect(byEn.get('Falkland Is.')?.fr).toBe('Îles Malouines');
    expect(byEn.get('Norway')?.fr).toBe('Norvège');
    expect(byEn.get('Kosovo')?.fr).toBe('Kosovo');
  });
});

describe('insetProject', () => {
  it('maps the window corners to the rect corners (north up)', () => {
    expect(insetProject(WINDOW.west, WINDOW.north, WINDOW, rect)).toEqual([100, 50]);
    expect(insetProject(WINDOW.east, WINDOW.south, WINDOW, rect)).toEqual([440, 300]);
  });

  it('is linear in lon and lat', () => {
    const [x, y] = insetProject(-1, 15.5, WINDOW, rect);
    expect(x).toBeCloseTo(270);
    expect(y).toBeCloseTo(175);
  });

  it('takes a longitude past the antimeridian to the window’s side of it', () => {
    const pacific = { west: 170, south: -25, east: 190, north: -10 };
    expect(insetProject(-175, -20, pacific, rect)[0]).toBeCloseTo(100 + (15 / 20) * 340);
  });

  it('lays out at the inset aspect', () => {
    const r = layoutInset(1, 1000, 24);
    expect(r.w / r.h).toBeCloseTo(INSET_ASPECT);
    expect(r.x + r.w).toBe(1000);
    expect(r.y).toBe(24);
    expect(layoutInset(2, 1000, 24).w).toBeCloseTo(2 * r.w);
  });
});

describe('insetMarker', () => {
  it('outlines the visible bounds', () => {
    const m = insetMarker(
      [
        [-2, 15.5],
        [4.5, 21.5],
      ],
      WINDOW,
      rect,
      6,
    );
    expect(m.x).toBeCloseTo(260);
    expect(m.w).toBeCloseTo(65);
    expect(m.y).toBeCloseTo(115);
    expect(m.h).toBeCloseTo(60);
  });

  it('is never smaller than the minimum, centred on the view', () => {
    const m = insetMarker(
      [
        [1.4, 18.4],
        [1.41, 18.41],
      ],
      WINDOW,
      rect,
      6,
    );
    expect(m.w).toBeCloseTo(6);
    expect(m.h).toBeCloseTo(6);
    expect(m.x + m.w / 2).toBeCloseTo(insetProject(1.405, 18.405, WINDOW, rect)[0], 0);
  });

  it('stays inside the inset when the view runs off it', () => {
    const m = insetMarker(
      [
        [10, -20],
        [60, 40],
      ],
      WINDOW,
      rect,
      6,
    );
    expect(m.x).toBeGreaterThanOrEqual(rect.x);
    expect(m.x + m.w).toBeLessThanOrEqual(rect.x + rect.w);
    expect(m.y).toBe(rect.y);
    expect(m.y + m.h).toBe(rect.y + rect.h);
    expect(
      insetMarker(
        [
          [40, -30],
          [50, -20],
        ],
        WINDOW,
        rect,
        6,
      ),
    ).toEqual({ x: 434, y: 294, w: 6, h: 6 });
  });

  it('marks a view across the antimeridian in one piece', () => {
    const pacific = { west: 170, south: -25, east: 190, north: -10 };
    // A map view continuous from 178° E to 182° E (MapLibre's longitudes past 180).
    const m = insetMarker(
      [
        [178, -19],
        [182, -16],
      ],
      pacific,
      rect,
      6,
    );
    expect(m.x).toBeCloseTo(100 + (8 / 20) * 340);
    expect(m.w).toBeCloseTo((4 / 20) * 340);
  });
});

describe('insetLabels', () => {
  it('names the country under the action in bold off the marker, and some neighbours, none overlapping', () => {
    const view = chooseInset(
      [
        [1.41, 18.44],
        [1.0, 18.2],
      ],
      world,
    );
    const marker = insetMarker(
      [
        [0, 17.5],
        [2.8, 19.4],
      ],
      view.window,
      rect,
      6,
    );
    const labels = insetLabels(view, rect, marker, 'fr', 1, approxMeasure);
    expect(labels[0]).toMatchObject({ text: 'MALI', focus: true });
    expect(labels.filter((l) => !l.focus).length).toBeGreaterThan(0);
    expect(labels.map((l) => l.text)).toContain('ALGÉRIE');
    const boxes = labels.map((l) => {
      const w = approxMeasure(l.text, l.font);
      return { x0: l.x - w / 2, x1: l.x + w / 2, y: l.y };
    });
    for (const l of labels) {
      expect(l.x).toBeGreaterThan(rect.x);
      expect(l.x).toBeLessThan(rect.x + rect.w);
    }
    expect(boxes.length).toBeLessThanOrEqual(5);
  });
});
