import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenario/load';
import { readScenarioFiles } from '../../../tests/support/kidal-data';
import {
  changesDuring,
  featuresShown,
  latestDate,
  latitudeLabel,
  momentLine,
  sourcesCited,
} from './handout-content';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('the Kidal scenario does not load');
const scenario = loaded.scenario;
const fall = scenario.chapters.find((c) => c.id === 'fall-14nov')!;

describe('what a handout page says', () => {
  it('gives the moment in the scenario’s zone and in UTC, in either language', () => {
    const t = Date.parse('2023-11-14T12:00Z');
    expect(momentLine(scenario, t, 'en')).toBe(
      '14 November 2023, 12:00 GMT (UTC: 14 November 2023, 12:00 UTC)',
    );
    expect(momentLine(scenario, t, 'fr')).toBe(
      '14 novembre 2023, 12:00 GMT (UTC : 14 novembre 2023, 12:00 UTC)',
    );
  });

  it('cites only the sources of what is on the map in view', () => {
    const kidal = { west: 1.3, south: 18.3, east: 1.5, north: 18.5 };
    const far = { west: 30, south: 40, east: 31, north: 41 };
    const shown = featuresShown(scenario, fall.end, kidal);
    expect(shown.length).toBeGreaterThan(0);
    expect(featuresShown(scenario, fall.end, far)).toEqual([]);
    const cited = sourcesCited(scenario, shown);
    const ids = new Set(shown.flatMap((f) => f.props.sources));
    expect(cited.map((s) => s.id).sort()).toEqual([...ids].sort());
    expect(latestDate(cited)).toBe([...cited.map((s) => s.date)].sort().at(-1));
  });

  it('lists what changed during the fall of Kidal: the town changed hands', () => {
    const en = changesDuring(scenario, fall, 'en');
    expect(en.some((line) => /^Kidal: from CSP-PSD to FAMa–Wagner$/.test(line))).toBe(true);
    expect(changesDuring(scenario, fall, 'fr')).toContain('Kidal : de CSP-PSD à FAMa–Wagner');
  });

  it('states where the scale is true in degrees and minutes', () => {
    expect(latitudeLabel(18.4412)).toBe('18°26′N');
    expect(latitudeLabel(-33.5)).toBe('33°30′S');
  });
});
