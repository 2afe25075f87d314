import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  basicShade,
  coverage,
  groundTile,
  parseColour,
  projectRings,
  slopes,
  type Light,
  type Rgba,
} from './relief-ground.mjs';

const LIGHT: Light = {
  direction: 315,
  altitude: 30,
  exaggeration: 0.5,
  shadow: [0, 0, 0, 0.6],
  highlight: [1, 1, 1, 0.5],
};

/** (size + 2)² heights of a plane rising `east` metres a pixel eastwards and `south` southwards. */
function plane(size: number, east: number, south: number): Float32Array {
  const stride = size + 2;
  const out = new Float32Array(stride * stride);
  for (let j = 0; j < stride; j++)
    for (let i = 0; i < stride; i++) out[j * stride + i] = i * east + j * south;
  return out;
}

describe('parseColour', () => {
  it('reads the palette’s two forms', () => {
    expect(parseColour('#ff8000')).toEqual([1, 128 / 255, 0, 1]);
    expect(parseColour('rgba(255, 0, 51, 0.6)')).toEqual([1, 0, 0.2, 0.6]);
    expect(parseColour('rgb(0, 0, 0)')).toEqual([0, 0, 0, 1]);
  });

  it('names a colour it cannot read', () => {
    expect(() => parseColour('tomato')).toThrow('"tomato"');
  });
});

describe('slopes (MapLibre hillshade_prepare)', () => {
  it('finds no slope on level ground', () => {
    expect(slopes(new Float32Array(10 * 10).fill(400), 8, 7).every((v) => v === 0)).toBe(true);
  });

  it('scales a plane’s gradient as MapLibre does at that zoom', () => {
    // 1 m a pixel eastwards: the kernel sums 4 m · 2 = 8; MapLibre divides by 2^(exaggeration + 28.2562 − z)
    // and multiplies by the tile size, with exaggeration (z − 15)·0.3 past zoom 4.5.
    const z = 7;
    const [dx, dy] = slopes(plane(4, 1, 0), 4, z);
    expect(dx).toBeCloseTo((8 * 4) / 2 ** ((z - 15) * 0.3 + 28.2562 - z), 9);
    expect(dy).toBe(0);
    // South is +y, as in the tile's rows.
    expect(slopes(plane(4, 0, 1), 4, z)[1]).toBeCloseTo(dx!, 9);
  });

  it('saturates as the 8-bit slope texture does', () => {
    const [dx, dy] = slopes(plane(4, 1e9, -1e9), 4, 7);
    expect(dx).toBeCloseTo((127 / 255) * 8, 6);
    expect(dy).toBeCloseTo((-128 / 255) * 8, 6);
  });

  it('names a height grid of the wrong size', () => {
    expect(() => slopes(new Float32Array(10), 4, 6)).toThrow('10 heights');
  });
});

describe('basicShade (MapLibre basic hillshade)', () => {
  it('leaves level ground unshaded with the sun 30° high', () => {
    expect(basicShade(0, 0, 18, LIGHT)[3]).toBeCloseTo(0, 9);
  });

  it('lights slopes facing the north-west and shades those facing the south-east', () => {
    // Ground rising to the south-east faces north-west, towards the light.
    const lit = basicShade(0.5, 0.5, 18, LIGHT);
    const dark = basicShade(-0.5, -0.5, 18, LIGHT);
    expect(lit[0]).toBeGreaterThan(0);
    expect(lit[0]).toBeCloseTo(lit[3], 9); // white highlight, premultiplied
    expect(dark[0]).toBe(0);
    expect(dark[3]).toBeGreaterThan(0);
    // A slope across the light (rising to the north-east) only leans away from the sun: a little shade.
    const across = basicShade(0.5, -0.5, 18, LIGHT);
    expect(across[0]).toBe(0);
    expect(across[3]).toBeLessThan(dark[3] / 2);
  });

  it('never exceeds the colour’s own opacity', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -4, max: 4, noNaN: true }),
        fc.double({ min: -4, max: 4, noNaN: true }),
        (dx, dy) => {
          const a = basicShade(dx, dy, 18, LIGHT)[3];
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(0.6 + 1e-12);
        },
      ),
    );
  });
});

describe('coverage', () => {
  const square = (x0: number, y0: number, x1: number, y1: number) => [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ],
  ];

  it('covers whole pixels inside, none outside, and shares at the edge', () => {
    const c = coverage(square(1, 1, 2.5, 3), 0, 0, 4);
    expect(c[1 * 4 + 1]).toBeCloseTo(1, 9);
    expect(c[1 * 4 + 2]).toBeCloseTo(0.5, 9);
    expect(c[0]).toBe(0);
    expect(c[3 * 4 + 1]).toBe(0);
  });

  it('adds up to the polygon’s area, holes left out (even–odd)', () => {
    // Exact across each sample line; top and bottom on whole pixels, so exact overall.
    const rings = [...square(0.3, 1, 7.2, 7), ...square(2, 2, 4, 4).map((r) => [...r].reverse())];
    const total = coverage(rings, 0, 0, 8).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(6.9 * 6 - 4, 6);
  });

  it('places the tile by its global pixel offset', () => {
    const c = coverage(square(256, 512, 260, 516), 256, 512, 8);
    expect(c[0]).toBeCloseTo(1, 9);
  });

  it('projects lon/lat to Web Mercator pixels', () => {
    expect(projectRings([[[0, 0]]], 1)).toEqual([[[256, 256]]]);
  });
});

describe('groundTile', () => {
  const sea: Rgba = [0, 0, 0.4, 1];
  const land: Rgba = [0.6, 0.4, 0.2, 1];

  it('is the fill colour on level ground and the sea beyond the land', () => {
    // The western half of tile 0/0/0 is land.
    const ground = {
      sea,
      fills: [
        {
          colour: land,
          rings: [
            [
              [-180, -80],
              [0, -80],
              [0, 80],
              [-180, 80],
            ],
          ],
        },
      ],
    };
    const rgb = groundTile({ z: 0, x: 0, y: 0 }, new Float32Array(10 * 10).fill(300), ground, LIGHT, {
      size: 8,
    });
    const at = (i: number, j: number) => [...rgb.subarray((j * 8 + i) * 3, (j * 8 + i) * 3 + 3)];
    expect(at(1, 4)).toEqual([153, 102, 51]);
    expect(at(6, 4)).toEqual([0, 0, 102]);
  });

  it('shades a slope over the ground colour', () => {
    const ground = { sea: land, fills: [] };
    const rgb = groundTile({ z: 6, x: 32, y: 28 }, plane(8, -50, -50), ground, LIGHT, { size: 8 });
    // Rising to the north-west, facing away from the light: darker than the land.
    expect(rgb[0]).toBeLessThan(153);
    expect(rgb[1]).toBeLessThan(102);
  });
});
