import { describe, expect, it } from 'vitest';
import type { Box } from '../cartography/place-labels';
import { viewportOf } from '../map/viewport';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import type { PlacedSymbol } from '../symbols/symbols-at';
import { declutterSymbols, symbolBox } from './symbol-declutter';

// Every symbol a 40 × 40 CSS px cell centred on its anchor (atlas drawn at 2×).
const atlas = {
  image: {} as ImageBitmap,
  icons: [],
  scale: 2,
  mapping: { unit: { x: 0, y: 0, width: 80, height: 80, anchorX: 40, anchorY: 40 } },
} as unknown as SymbolAtlas;
const viewport = viewportOf(
  { center: [1.4, 18.4], zoom: 10, bearing: 0, pitch: 0 },
  { width: 800, height: 600 },
);
const kidal = viewport.unproject([400, 300]);

const symbol = (id: string, offset: [number, number], scale = 1): PlacedSymbol => ({
  id,
  icon: { key: 'unit' } as PlacedSymbol['icon'],
  position: kidal,
  offset,
  alpha: 255,
  scale,
});
const boxes = (placed: PlacedSymbol[]) =>
  placed.map((s) => symbolBox(s, s.offset, viewport.project(s.position), atlas));
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('declutterSymbols', () => {
  it('leaves symbols that are already apart where they are, without leader lines', () => {
    const apart = [symbol('a', [0, -40]), symbol('b', [0, 60])];
    expect(declutterSymbols(apart, viewport, atlas, [])).toEqual(apart);
  });

  it('moves the later of two symbols on one spot beside the first, with a leader line back to its anchor', () => {
    const out = declutterSymbols(
      [symbol('moving', [0, -40]), symbol('installation', [0, -40], 0.85)],
      viewport,
      atlas,
      [],
    );
    expect(out[0]).toEqual(symbol('moving', [0, -40]));
    expect(out[1]!.leaderTo).toBeDefined();
    const [a, b] = boxes(out);
    expect(overlaps(a!, b!)).toBe(false);
    const [x, y] = viewport.project(out[1]!.leaderTo!);
    expect(x).toBeCloseTo(400 + out[1]!.offset[0], 6);
    expect(y).toBeCloseTo(300 + out[1]!.offset[1], 6);
  });

  it('places forces under way before installations, whatever the order they come in', () => {
    const out = declutterSymbols(
      [symbol('installation', [0, -40], 0.85), symbol('moving', [0, -40])],
      viewport,
      atlas,
      [],
    );
    expect(out[1]!.offset).toEqual([0, -40]);
    expect(out[0]!.leaderTo).toBeDefined();
  });

  it('keeps a town name clear', () => {
    const townName: Box = { x0: 410, y0: 330, x1: 470, y1: 350 };
    const out = declutterSymbols([symbol('unit', [30, 40])], viewport, atlas, [townName]);
    expect(overlaps(boxes(out)[0]!, townName)).toBe(false);
    // Turned from its usual direction as little as it could be: still below the anchor.
    expect(out[0]!.offset[1]).toBeGreaterThan(0);
  });

  it('keeps the usual spot when nothing around is free', () => {
    const everything: Box = { x0: -1000, y0: -1000, x1: 2000, y1: 2000 };
    expect(declutterSymbols([symbol('unit', [0, -40])], viewport, atlas, [everything])).toEqual([
      symbol('unit', [0, -40]),
    ]);
  });
});
