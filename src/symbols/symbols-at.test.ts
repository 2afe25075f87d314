import { describe, expect, it } from 'vitest';
import ms from 'milsymbol';
import { frameAt } from '../frame/frame-at';
import { loadScenario } from '../scenario/load';
import { readScenarioFiles } from '../../tests/support/kidal-data';
import type { Scenario } from '../model/scenario';
import { affiliationOf } from './affiliation';
import { scenarioSymbols, symbolOptions } from './symbol-icons';
import { symbolLegend } from './symbol-legend';
import { symbolScale, symbolsAt } from './symbols-at';
import { layoutAtlas } from './symbol-atlas';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const kidal = loaded.scenario;
const fromFama: Scenario = { ...kidal, perspective: 'fama-wagner' };
const fromCsp: Scenario = { ...kidal, perspective: 'csp-psd' };

// Equirectangular, y down: north is up on screen.
const screen = {
  project: ([lon, lat]: [number, number]): [number, number] => [(lon - 0.2) * 600, (19.6 - lat) * 600],
  width: 1600,
  height: 900,
};
const at = (s: Scenario, iso: string) => frameAt(s, Date.parse(iso));

describe('affiliation under a perspective', () => {
  it('makes the perspective side friend, its opponents hostile, others neutral; none without one', () => {
    expect(['fama-wagner', 'csp-psd', 'minusma'].map((s) => affiliationOf(fromFama, s))).toEqual([
      'friend',
      'hostile',
      'neutral',
    ]);
    // Opponents are read both ways: only FAMa–Wagner lists CSP-PSD.
    expect(affiliationOf(fromCsp, 'fama-wagner')).toBe('hostile');
    expect(affiliationOf(kidal, 'csp-psd')).toBe('side');
  });
});

describe('symbols at t', () => {
  it('puts the column symbol ahead of its head on 13 November, and the CSP-PSD ones on the 14th', () => {
    const s13 = symbolsAt(kidal, at(kidal, '2023-11-13T20:00:00Z'), screen);
    const column = s13.find((s) => s.id === 'column-anefis-kidal')!;
    expect(column.alpha).toBe(255);
    // Heading east-north-east into Kidal: ahead is to the right on screen.
    expect(column.offset[0]).toBeGreaterThan(20);
    expect(Math.hypot(...column.offset)).toBeCloseTo(40, 5);
    expect(s13.map((s) => s.id)).not.toContain('retreat-abeibara');
    const s14 = symbolsAt(kidal, at(kidal, '2023-11-14T12:00:00Z'), screen).map((s) => s.id);
    expect(s14).toEqual(expect.arrayContaining(['retreat-abeibara', 'retreat-aguelhok']));
  });

  it('hands a finished column’s symbol over to the movement that carries on from where it stopped', () => {
    const before = symbolsAt(kidal, at(kidal, '2023-11-01T00:00:00Z'), screen);
    expect(before.find((s) => s.id === 'column-gao-anefis')).toMatchObject({ alpha: 150, scale: 0.75 });
    const after = symbolsAt(kidal, at(kidal, '2023-11-10T12:00:00Z'), screen).map((s) => s.id);
    expect(after).toContain('column-anefis-kidal');
    expect(after).not.toContain('column-gao-anefis');
  });

  it('frames a camp for whoever holds it at t', () => {
    const camp = (iso: string) =>
      symbolsAt(fromFama, at(fromFama, iso), screen).find((s) => s.id === 'place-minusma-camp-kidal')!.icon;
    expect(camp('2023-10-10T00:00:00Z')).toMatchObject({ side: 'minusma', affiliation: 'neutral' });
    expect(camp('2023-11-05T00:00:00Z')).toMatchObject({ side: 'csp-psd', affiliation: 'hostile' });
    expect(camp('2023-11-15T00:00:00Z')).toMatchObject({ side: 'fama-wagner', affiliation: 'friend' });
  });
});

describe('the atlas', () => {
  it('holds every symbol the scenario can show, in a stable order, keyed per side without a perspective', () => {
    const keys = scenarioSymbols(kidal).map((i) => i.key);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toContain('10041000001211040000@csp-psd');
    expect(keys).toContain('10041000001211040000@fama-wagner');
    expect(scenarioSymbols(fromFama).map((i) => i.key)).toEqual(
      expect.arrayContaining(['10031004161211040000', '10061000001211040000', '10062000001100000000']),
    );
  });

  it('lays cells out without overlap, the same way every time', () => {
    const sizes = Array.from({ length: 40 }, (_, i) => ({
      key: `k${i}`,
      width: 60 + (i % 3),
      height: 70 + (i % 5),
      anchorX: 30,
      anchorY: 40,
    }));
    const a = layoutAtlas(sizes);
    expect(layoutAtlas(sizes)).toEqual(a);
    const cells = Object.values(a.mapping);
    for (const c of cells) expect(c.x + c.width).toBeLessThanOrEqual(a.width);
    for (let i = 0; i < cells.length; i++)
      for (let j = i + 1; j < cells.length; j++) {
        const [p, q] = [cells[i]!, cells[j]!];
        const apart =
          p.x + p.width <= q.x || q.x + q.width <= p.x || p.y + p.height <= q.y || q.y + q.height <= p.y;
        expect(apart).toBe(true);
      }
  });

  it('fills with the side’s colour without a perspective, and with the standard’s colours with one', () => {
    const csp = scenarioSymbols(kidal).find((i) => i.key.endsWith('@csp-psd'))!;
    const neutral = new ms.Symbol(csp.sidc, symbolOptions(csp, kidal, 'projector')).asSVG();
    expect(neutral).toContain('fill="#D55E00"');
    const hostile = scenarioSymbols(fromFama).find((i) => i.affiliation === 'hostile')!;
    const svg = new ms.Symbol(hostile.sidc, symbolOptions(hostile, fromFama, 'print')).asSVG();
    expect(svg).toContain('rgb(255,128,128)');
    expect(svg).not.toContain('#D55E00');
  });
});

describe('legend and layer', () => {
  it('lists the symbols on the map at t with their meaning, estimated types said so', () => {
    const entries = symbolLegend(fromFama, at(fromFama, '2023-11-14T12:00:00Z'));
    const labels = entries.map((e) => (typeof e.label === 'string' ? e.label : e.label.en));
    expect(labels).toContain('Motorised infantry (hostile), type estimated');
    expect(labels).toContain('Military installation (friend)');
    expect(labels.at(-1)).toMatch(/FAMa–Wagner’s point of view/);
    const fr = symbolLegend(kidal, at(kidal, '2023-11-14T12:00:00Z')).map((e) =>
      typeof e.label === 'string' ? e.label : e.label.fr,
    );
    expect(fr).toContain('Infanterie motorisée (CSP-PSD), type estimé');
    expect(fr.at(-1)).toMatch(/aucun point de vue/);
  });

  it('shrinks symbols on a campaign-wide view, and leaves installations to their markers there', () => {
    const frame = at(kidal, '2023-11-13T20:00:00Z');
    const near = symbolsAt(kidal, frame, { ...screen, camera: { zoom: 10.5 } });
    const far = symbolsAt(kidal, frame, { ...screen, camera: { zoom: 7.5 } });
    const column = (list: typeof near) => list.find((s) => s.id === 'column-anefis-kidal')!;
    expect(column(near).scale).toBe(1);
    expect(column(far).scale).toBeLessThan(0.7);
    expect(Math.hypot(...column(far).offset)).toBeLessThan(Math.hypot(...column(near).offset));
    expect(near.some((s) => s.id.startsWith('place-'))).toBe(true);
    expect(far.some((s) => s.id.startsWith('place-'))).toBe(false);
    expect(symbolScale(5)).toBe(0.55);
    // A place with a unit's symbol (a unit standing still, as ORBAT Mapper files have many) keeps it wide out.
    const still: Scenario = {
      ...kidal,
      timed: kidal.timed.map((f) =>
        f.id === 'place-minusma-camp-kidal'
          ? { ...f, props: { ...f.props, sidc: '10031000001211000000' } }
          : f,
      ),
    };
    const wide = symbolsAt(still, at(still, '2023-11-13T20:00:00Z'), { ...screen, camera: { zoom: 7.5 } });
    expect(wide.map((s) => s.id)).toContain('place-minusma-camp-kidal');
    expect(wide.some((s) => s.id === 'place-minusma-camp-tessalit')).toBe(false);
    expect(symbolScale(12)).toBe(1);
  });
});
