import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basemapStyle, RELIEF_ATTRIBUTION } from '../map/basemap-style';
import { REGIONAL_PATH } from '../../tests/support/kidal-data';
import { creditsInView, drawnCredits, REGIONAL_BOUNDS } from './drawn-credits';

const REGIONAL = 'Regional roads: Sandtable, schematic';
const style = (relief: boolean) =>
  basemapStyle({ baseUrl: 'http://127.0.0.1/', theme: 'projector', lang: 'en', relief });
type View = [[number, number], [number, number]];
/** Views of about 1° around a place. */
const around = (lon: number, lat: number): View => [
  [lon - 1, lat - 0.6],
  [lon + 1, lat + 0.6],
];
const KIDAL = around(1.41, 18.44);
const BAKHMUT = around(38, 48.6);
const GOOSE_GREEN = around(-58.97, -51.8);
const NARVIK = around(17.4, 68.4);
const GAZA = around(34.45, 31.5);

describe('credits from what is drawn', () => {
  it('names Kidal’s schematic roads where that layer is in view, and nowhere else', () => {
    const drawn = drawnCredits(style(true));
    expect(creditsInView(drawn, KIDAL)).toContain(REGIONAL);
    for (const view of [BAKHMUT, GOOSE_GREEN, NARVIK, GAZA])
      expect(creditsInView(drawn, view)).not.toContain(REGIONAL);
    // A view of the whole Sahel holds the layer even where its centre is far from Kidal.
    expect(
      creditsInView(drawn, [
        [-10, 10],
        [10, 25],
      ]),
    ).toContain(REGIONAL);
  });

  it('names the relief only when it is on, and only where it is drawn', () => {
    expect(creditsInView(drawnCredits(style(true)), KIDAL)).toContain(RELIEF_ATTRIBUTION);
    expect(creditsInView(drawnCredits(style(false)), KIDAL)).not.toContain(RELIEF_ATTRIBUTION);
  });

  it('keeps the sources drawn everywhere, once each, in the style’s order', () => {
    const everywhere = creditsInView(drawnCredits(style(false)), NARVIK);
    expect(everywhere).toEqual([...new Set(everywhere)]);
    expect(everywhere.length).toBeGreaterThan(0);
    expect(everywhere).not.toContain(REGIONAL);
  });

  it('reads a view across the antimeridian, and credits plain strings everywhere', () => {
    const fiji = { credit: 'Fiji survey', bounds: [177, -19, 180, -16] as [number, number, number, number] };
    expect(
      creditsInView(
        [fiji],
        [
          [179, -18],
          [182, -17],
        ],
      ),
    ).toEqual(['Fiji survey']);
    expect(
      creditsInView(
        [fiji],
        [
          [-181, -18],
          [-178, -17],
        ],
      ),
    ).toEqual(['Fiji survey']);
    expect(
      creditsInView(
        [fiji],
        [
          [10, -18],
          [12, -17],
        ],
      ),
    ).toEqual([]);
    expect(creditsInView(['© Somebody'], NARVIK)).toEqual(['© Somebody']);
  });

  it('drops a source no layer draws', () => {
    const s = style(false);
    const lonely = {
      ...s,
      sources: { ...s.sources, spare: { type: 'geojson' as const, data: 'x', attribution: '© Spare' } },
    };
    expect(drawnCredits(lonely).map((d) => d.credit)).not.toContain('© Spare');
  });

  it('bounds the regional layer by its data', () => {
    const data = JSON.parse(readFileSync(REGIONAL_PATH, 'utf8')) as {
      features: { geometry: { coordinates: unknown } }[];
    };
    const [w, s, e, n] = REGIONAL_BOUNDS;
    const walk = (node: unknown): void => {
      if (!Array.isArray(node)) return;
      if (typeof node[0] === 'number') {
        const [lon, lat] = node as number[];
        expect(lon).toBeGreaterThanOrEqual(w);
        expect(lon).toBeLessThanOrEqual(e);
        expect(lat).toBeGreaterThanOrEqual(s);
        expect(lat).toBeLessThanOrEqual(n);
      } else node.forEach(walk);
    };
    for (const f of data.features) walk(f.geometry.coordinates);
    // Tight: within a tenth of a degree of the data on every side.
    expect(e - w).toBeLessThan(4.84 + 0.3);
  });
});
