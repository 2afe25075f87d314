import { describe, expect, it } from 'vitest';
import { DICHROMACY, deltaE, lab, simulate } from './colour-vision';
import { hexRgba, sideLineStyle } from './symbology';
import { loadScenario } from '../scenario/load';
import { readScenarioFiles } from '../../tests/support/kidal-data';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const scenario = loaded.scenario;
const sides = scenario.sides.map((s) => ({ id: s.id, rgb: hexRgba(s.color) }));

describe('the simulator', () => {
  it('keeps grey grey and turns red and green alike for deuteranopes', () => {
    const grey = simulate([128, 128, 128, 255], DICHROMACY.deuteranopia);
    grey.forEach((c) => expect(c).toBeCloseTo(128, 0));
    const red = simulate([220, 40, 40, 255], DICHROMACY.deuteranopia);
    const green = simulate([40, 160, 40, 255], DICHROMACY.deuteranopia);
    expect(deltaE(red, green)).toBeLessThan(deltaE([220, 40, 40, 255], [40, 160, 40, 255]) / 2);
  });
});

describe('Kidal side colours', () => {
  for (const [name, matrix] of Object.entries(DICHROMACY)) {
    it(`stay distinct for ${name}`, () => {
      for (const a of sides)
        for (const b of sides) {
          if (a.id >= b.id) continue;
          expect(
            deltaE(simulate(a.rgb, matrix), simulate(b.rgb, matrix)),
            `${a.id} vs ${b.id}`,
          ).toBeGreaterThan(20);
        }
    });
  }

  it('keep the two warring sides apart in greyscale by line style, not colour alone', () => {
    expect(sideLineStyle(scenario, 'fama-wagner')).not.toBe(sideLineStyle(scenario, 'csp-psd'));
    // Their lightness alone is too close to rely on: hence the hollow line.
    const [l1] = lab(hexRgba(scenario.sideById.get('fama-wagner')!.color));
    const [l2] = lab(hexRgba(scenario.sideById.get('csp-psd')!.color));
    expect(Math.abs(l1 - l2)).toBeLessThan(15);
  });
});
