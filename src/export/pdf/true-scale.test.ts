import { describe, expect, it } from 'vitest';
import { metresPerPixel } from '../../furniture/scale-bar';
import {
  formatScale,
  graphicScale,
  metresPerPrintedMm,
  roundScale,
  scaleAtZoom,
  zoomForScale,
} from './true-scale';

const PRINT = { ppi: 300, pixelRatio: 300 / 96 };

describe('true scale', () => {
  it.each([0, 18.44, 45, 60, -33.9, 70])(
    'a 1:500 000 map at latitude %s° has 500 m of ground under each printed mm',
    (lat) => {
      const zoom = zoomForScale(lat, 500_000, PRINT);
      expect(metresPerPrintedMm(lat, zoom, PRINT)).toBeCloseTo(500, 9);
      expect(scaleAtZoom(lat, zoom, PRINT)).toBeCloseTo(500_000, 3);
    },
  );

  it('needs one zoom level less at 60° than at the equator (Mercator doubles lengths there: 1 / cos 60°)', () => {
    expect(zoomForScale(0, 250_000, PRINT) - zoomForScale(60, 250_000, PRINT)).toBeCloseTo(1, 9);
  });

  it('does not depend on the raster resolution: 200 and 300 ppi give the same ground per mm', () => {
    const at200 = { ppi: 200, pixelRatio: 200 / 96 };
    expect(zoomForScale(18.44, 500_000, at200)).toBeCloseTo(zoomForScale(18.44, 500_000, PRINT), 9);
    // With the pixel ratio held, more ppi packs more px per mm: the map must be zoomed in to keep the scale.
    const dense = { ppi: 600, pixelRatio: 300 / 96 };
    expect(zoomForScale(0, 500_000, dense) - zoomForScale(0, 500_000, PRINT)).toBeCloseTo(1, 9);
  });

  it('agrees with MapLibre’s 512 px tiles at zoom 0 on the equator', () => {
    // 40 075 016.686 m / 512 CSS px; 96 CSS px to the inch on paper.
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 3);
    expect(metresPerPrintedMm(0, 0, { ppi: 96, pixelRatio: 1 })).toBeCloseTo((78271.517 * 96) / 25.4, 2);
  });

  it('prints the scale with grouped digits and rounds a fitted scale to three figures', () => {
    expect(formatScale(500_000)).toBe('1:500 000');
    expect(formatScale(1_250_000)).toBe('1:1 250 000');
    expect(formatScale(25_000)).toBe('1:25 000');
    expect(roundScale(437_213.7)).toBe(437_000);
  });

  it('draws a graphic scale of a round distance whose bar measures true on paper', () => {
    const bar = graphicScale(500_000, 60);
    expect(bar.metres).toBe(20_000);
    expect(bar.mm).toBeCloseTo(40, 9);
    expect(bar.label).toBe('20 km');
    expect(graphicScale(250_000, 60)).toMatchObject({ metres: 10_000, mm: 40 });
  });
});
