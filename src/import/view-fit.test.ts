import { describe, expect, it } from 'vitest';
import { extendBBox, fitView } from './view-fit';

/** Pixel size of a box at a zoom, with 512-px tiles, in Web Mercator. */
function pixels([w, s, e, n]: number[], zoom: number) {
  const world = 512 * 2 ** zoom;
  const y = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
  return {
    width: (((e as number) - (w as number)) / 360) * world,
    height: (y(s as number) - y(n as number)) * world,
  };
}

describe('fitView', () => {
  it('frames a box on a 1920×1080 screen with a margin, limited by its taller side', () => {
    const box = [0, 0, 1, 1];
    const v = fitView([0, 0, 1, 1]);
    expect(v.zoom).toBeCloseTo(Math.log2((1080 * 0.8 * 360) / 512), 1);
    const px = pixels(box, v.zoom);
    expect(px.height).toBeLessThanOrEqual(1080 * 0.8);
    expect(px.height).toBeGreaterThan(1080 * 0.79);
    expect(v.center[0]).toBe(0.5);
    expect(v.center[1]).toBeCloseTo(0.5, 3);
  });

  it('fits a wide box by its width, and centres in Mercator', () => {
    const box = [-5, 10, 5, 20];
    const v = fitView([-5, 10, 5, 20]);
    const px = pixels(box, v.zoom);
    expect(Math.max(px.width / 1536, px.height / 864)).toBeGreaterThan(0.99);
    expect(Math.max(px.width / 1536, px.height / 864)).toBeLessThanOrEqual(1);
    expect(v.center[1]).toBeGreaterThan(15);
  });

  it('caps the zoom for a single point and zooms out for the world', () => {
    expect(fitView([1.4, 18.4, 1.4, 18.4])).toEqual({ center: [1.4, 18.4], zoom: 13, bearing: 0, pitch: 0 });
    expect(fitView([-180, -85, 180, 85]).zoom).toBeLessThan(1);
    expect(fitView(undefined).zoom).toBe(1);
  });
});

describe('extendBBox', () => {
  it('walks any geometry, collections included', () => {
    const g = {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [1, 2] },
        {
          type: 'Polygon',
          coordinates: [
            [
              [3, -1],
              [4, 5],
              [3, -1],
            ],
          ],
        },
      ],
    };
    expect(extendBBox(undefined, g)).toEqual([1, -1, 4, 5]);
    expect(extendBBox([0, 0, 0, 0], null)).toEqual([0, 0, 0, 0]);
  });
});
