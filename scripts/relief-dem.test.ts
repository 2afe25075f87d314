import { describe, expect, it } from 'vitest';
import {
  fitLevelCurve,
  gaussianBlur,
  isotonic,
  levelToMetres,
  sampleGrid,
  tileBbox,
  tileToLonLat,
  tilesCovering,
} from './relief-dem.mjs';
import { marbleLevelForZoom } from './build-relief.mjs';

describe('fitLevelCurve', () => {
  /** Samples of a known curve, with noise that averages out in the median. */
  const samples = (height: (level: number) => number) =>
    Array.from({ length: 256 }, (_, level) =>
      level < 100 || level > 220
        ? []
        : Array.from({ length: 41 }, (_, k) => ({ level, height: height(level) + (k - 20) * 3 })),
    ).flat();

  it('recovers a linear calibration and extends it past the observed levels', () => {
    const curve = fitLevelCurve(samples((l) => 18 * (l - 128)));
    expect(curve[150]).toBeCloseTo(18 * 22);
    expect(curve[240]).toBeCloseTo(18 * 112);
    expect(curve[50]).toBeCloseTo(18 * -78);
  });

  it('never lets a higher level stand for lower ground', () => {
    const bumpy = samples((l) => 10 * l + (l === 160 ? -400 : 0));
    const curve = fitLevelCurve(bumpy);
    for (let l = 1; l < 256; l++) expect(curve[l]!).toBeGreaterThanOrEqual(curve[l - 1]!);
  });

  it('interpolates levels with too few samples', () => {
    const sparse = samples((l) => 20 * l).filter((s) => s.level !== 170 || s.height === 20 * 170);
    expect(fitLevelCurve(sparse)[170]).toBeCloseTo(20 * 170);
  });

  it('names a level outside 0–255', () => {
    expect(() => fitLevelCurve([{ level: 256, height: 1 }])).toThrow('level 256 is not 0–255');
  });

  it('maps fractional levels between their neighbours', () => {
    const curve = fitLevelCurve(samples((l) => 10 * l));
    expect(levelToMetres(curve, 150.25)).toBeCloseTo(1502.5);
    expect(levelToMetres(curve, 300)).toBeCloseTo(curve[255]!);
  });
});

describe('isotonic', () => {
  it('pools a violating pair into their weighted mean', () => {
    const out = isotonic([
      { x: 0, y: 1, w: 1 },
      { x: 1, y: 5, w: 1 },
      { x: 2, y: 3, w: 3 },
      { x: 3, y: 6, w: 1 },
    ]);
    expect(out.map((p) => p.y)).toEqual([1, 3.5, 3.5, 6]);
  });
});

describe('gaussianBlur', () => {
  it('keeps a constant field and the mean of a step', () => {
    const flat = new Float32Array(100).fill(7);
    expect([...gaussianBlur(flat, 10, 10, 2)].every((v) => Math.abs(v - 7) < 1e-5)).toBe(true);
    const step = Float32Array.from({ length: 400 }, (_, i) => (i % 20 < 10 ? 0 : 100));
    const blurred = gaussianBlur(step, 20, 20, 2);
    // Symmetric about the step: the two cells either side average to the step's midpoint.
    expect((blurred[9]! + blurred[10]!) / 2).toBeCloseTo(50, 3);
    expect(blurred[0]).toBeLessThan(1);
    expect(blurred[9]).toBeGreaterThan(20);
  });
});

describe('sampleGrid', () => {
  const grid = {
    data: Float32Array.from([0, 10, 20, 30]),
    width: 2,
    height: 2,
    west: 0,
    north: 2,
    res: 1,
  };
  it('interpolates between cell centres and clamps past the edge', () => {
    expect(sampleGrid(grid, 0.5, 1.5)).toBe(0);
    expect(sampleGrid(grid, 1, 1)).toBe(15);
    expect(sampleGrid(grid, 5, -5)).toBe(30);
  });
});

describe('tiles', () => {
  it('converts tile corners to degrees', () => {
    expect(tileToLonLat(0, 0.5, 0.5)).toEqual([0, 0]);
    const b = tileBbox(1, 1, 0);
    expect([b.west, b.south, b.east]).toEqual([0, 0, 180]);
    expect(b.north).toBeCloseTo(85.0511, 4);
  });

  it('lists the tiles over a box', () => {
    expect(tilesCovering({ west: -26, south: -2, east: 26, north: 37.5 }, 1)).toEqual([
      { x: 0, y: 0 },
      { x: 1, y: 0 },
      { x: 0, y: 1 },
      { x: 1, y: 1 },
    ]);
    expect(tilesCovering({ west: 1, south: 18, east: 2, north: 19 }, 6)).toEqual([{ x: 32, y: 28 }]);
  });

  it('serves each zoom from the Marble level no coarser than its pixels', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(marbleLevelForZoom)).toEqual([0, 0, 0, 1, 2, 3, 3]);
  });
});
