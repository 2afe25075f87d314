import { describe, expect, it } from 'vitest';
import { zoomForScale } from '../map/basemap-detail';
import { detailNotice, formatScale } from './detail-notice';

const KIDAL: [number, number] = [1.41, 18.44];
const at = (zoom: number) => ({ center: KIDAL, zoom, bearing: 0, pitch: 0 });

describe('detailNotice', () => {
  it('says nothing until the camera passes 1:500 000 on the built-in basemap, then says where it ends', () => {
    const limit = zoomForScale(500_000, KIDAL[1]);
    expect(limit).toBeCloseTo(9.13, 2);
    expect(detailNotice(at(limit - 0.01), 'en')).toBeUndefined();
    expect(detailNotice(at(limit + 0.01), 'en')).toBe(
      'base map detail ends at 1:500\u00a0000 — open a detailed basemap',
    );
    expect(detailNotice(at(11), 'fr')).toBe(
      'le détail du fond de carte s’arrête au 1:500\u00a0000 — ouvrez un fond de carte détaillé',
    );
  });

  it('follows a user archive: one zoom past its deepest vector tiles', () => {
    const source = { kind: 'vector' as const, maxZoom: 14 };
    expect(detailNotice(at(11), 'en', source)).toBeUndefined();
    expect(detailNotice(at(15.5), 'en', source)).toMatch(/^base map detail ends at 1:\d/);
  });
});

describe('formatScale', () => {
  it('rounds to two figures and groups thousands', () => {
    expect(formatScale(500_000.0001)).toBe('500\u00a0000');
    expect(formatScale(273_456)).toBe('270\u00a0000');
    expect(formatScale(8_531)).toBe('8\u00a0500');
    expect(formatScale(40)).toBe('40');
  });
});
