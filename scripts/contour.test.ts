import { describe, expect, it } from 'vitest';
import { contourRings, ringArea2, simplifyLine, simplifyRing } from './contour.mjs';

/** A cone peaking at (cx, cy) with height 100 at its top, falling 10 per cell. */
function cone(width: number, height: number, peaks: [number, number][]) {
  const values = new Float32Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      values[y * width + x] = Math.max(...peaks.map(([cx, cy]) => 100 - 10 * Math.hypot(x - cx, y - cy)));
  return values;
}

describe('contourRings', () => {
  it('traces one closed ring round a hill, at the contour height', () => {
    const rings = contourRings(cone(21, 21, [[10, 10]]), 21, 21, 50);
    expect(rings).toHaveLength(1);
    const ring = rings[0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    for (const [x, y] of ring) expect(Math.hypot(x - 10, y - 10)).toBeCloseTo(5, 0);
    // Area of a circle of radius 5, within the error of a polygon through edge crossings.
    expect(Math.abs(ringArea2(ring)) / 2).toBeGreaterThan(70);
    expect(Math.abs(ringArea2(ring)) / 2).toBeLessThan(80);
  });

  it('gives two rings for two hills and closes a ring cut by the grid edge', () => {
    expect(
      contourRings(
        cone(40, 20, [
          [8, 10],
          [31, 10],
        ]),
        40,
        20,
        50,
      ),
    ).toHaveLength(2);
    const edge = contourRings(cone(10, 10, [[0, 0]]), 10, 10, 50);
    expect(edge).toHaveLength(1);
    expect(edge[0]!.some(([x, y]) => x === -1 || y === -1 || x === 0 || y === 0)).toBe(true);
  });

  it('finds nothing on flat ground', () => {
    expect(contourRings(new Float32Array(25).fill(3), 5, 5, 50)).toEqual([]);
  });
});

describe('simplify', () => {
  it('drops points within the tolerance of a straight line', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.01],
      [2, -0.01],
      [3, 0],
      [3, 2],
    ];
    expect(simplifyLine(line, 0.1)).toEqual([
      [0, 0],
      [3, 0],
      [3, 2],
    ]);
  });

  it('keeps a square a square', () => {
    const square: [number, number][] = [];
    for (let i = 0; i < 10; i++) square.push([i, 0]);
    for (let i = 0; i < 10; i++) square.push([10, i]);
    for (let i = 10; i > 0; i--) square.push([i, 10]);
    for (let i = 10; i > 0; i--) square.push([0, i]);
    square.push([0, 0]);
    const s = simplifyRing(square, 0.01);
    expect(s).toHaveLength(5);
    expect(Math.abs(ringArea2(s)) / 2).toBe(100);
  });
});
