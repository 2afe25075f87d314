import { describe, expect, it } from 'vitest';
import { carryVertexValues } from './retime';
import type { LonLat } from '../../model/geo';

const line: LonLat[] = [
  [0, 0],
  [1, 0],
  [3, 0],
];

describe('carryVertexValues', () => {
  it('keeps each value when a vertex only moves', () => {
    expect(
      carryVertexValues(
        line,
        [0, 10, 30],
        [
          [0, 0],
          [1, 1],
          [3, 0],
        ],
      ),
    ).toEqual([0, 10, 30]);
  });

  it('gives an inserted vertex the value between its neighbours in proportion to distance', () => {
    const out = carryVertexValues(
      line,
      [0, 10, 30],
      [
        [0, 0],
        [1, 0],
        [1.5, 0],
        [3, 0],
      ],
    );
    expect(out).toHaveLength(4);
    expect(out[2]).toBeCloseTo(15, 3);
  });

  it('drops the value of a deleted vertex', () => {
    expect(
      carryVertexValues(
        line,
        [0, 10, 30],
        [
          [0, 0],
          [3, 0],
        ],
      ),
    ).toEqual([0, 30]);
  });

  it('keeps the ends and spreads by distance when the line was reshaped otherwise', () => {
    const out = carryVertexValues(
      line,
      [0, 10, 30],
      [
        [0, 0],
        [2, 0],
        [3, 0],
        [4, 0],
        [5, 0],
      ],
    );
    expect(out[0]).toBe(0);
    expect(out.at(-1)).toBeCloseTo(30, 6);
    expect(out[1]).toBeCloseTo(12, 3);
  });
});
