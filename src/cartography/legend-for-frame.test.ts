import { describe, expect, it } from 'vitest';
import { legendForFrame } from './legend-for-frame';
import { frameAt } from '../frame/frame-at';
import { loadScenario } from '../scenario/load';
import { readScenarioFiles } from '../../tests/support/kidal-data';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const scenario = loaded.scenario;

const keysAt = (iso: string) =>
  legendForFrame({ scenario, frame: frameAt(scenario, Date.parse(iso)), theme: 'projector' }).map(
    (e) => e.key,
  );

describe('legendForFrame', () => {
  it('reads in groups: the sides, then the uncertainty marks, then the kinds of event', () => {
    const entries = legendForFrame({
      scenario,
      frame: frameAt(scenario, Date.parse('2023-11-13T12:00:00Z')),
      theme: 'projector',
    });
    const groups = entries.map((e) => e.group);
    expect(groups).toEqual(
      [...groups].sort((a, b) => ['side', 'mark', 'kind'].indexOf(a) - ['side', 'mark', 'kind'].indexOf(b)),
    );
    // One word per mark, so the row is read at a glance.
    for (const e of entries.filter((x) => x.group === 'mark'))
      expect(typeof e.label === 'object' && e.label.en.split(' ')).toHaveLength(1);
  });

  it('shows only what is on the map: before the battle, no fighting styles', () => {
    const keys = keysAt('2023-10-03T12:00:00Z');
    expect(keys).toContain('side-fama-wagner');
    expect(keys).toContain('estimated');
    expect(keys).not.toContain('clash');
    expect(keys).not.toContain('strike');
  });

  it('explains the Alkit fight of 11 November as a contested area of fighting', () => {
    const keys = keysAt('2023-11-11T16:00:00Z');
    expect(keys).toEqual(expect.arrayContaining(['clash', 'contested', 'side-fama-wagner', 'halo']));
  });

  it('explains a strike under way with its time window', () => {
    const keys = keysAt('2023-11-07T08:00:00Z');
    expect(keys).toEqual(expect.arrayContaining(['strike-now', 'time-window']));
    expect(keys).not.toContain('strike');
  });

  it('shows the southern flank as a claimed, estimated corridor on 13 November', () => {
    expect(keysAt('2023-11-13T12:00:00Z')).toEqual(
      expect.arrayContaining(['corridor', 'claimed', 'estimated']),
    );
  });

  it('shows the rebels retreating and Kidal held by the army on 14 November', () => {
    const keys = keysAt('2023-11-14T12:00:00Z');
    expect(keys).toEqual(expect.arrayContaining(['side-csp-psd', 'side-fama-wagner', 'held', 'move-done']));
  });

  it('speaks English and French, with each side named in that language', () => {
    const entries = legendForFrame({
      scenario,
      frame: frameAt(scenario, Date.parse('2023-11-14T12:00:00Z')),
      theme: 'print',
    });
    const side = entries.find((e) => e.key === 'side-fama-wagner');
    expect(side?.label).toEqual({ en: 'FAMa–Wagner', fr: 'FAMa–Wagner' });
    expect(side?.explanation).toMatchObject({ fr: expect.stringMatching(/^FAMa–Wagner : ses mouvements/) });
    const held = entries.find((e) => e.key === 'held');
    expect(held?.label).toEqual({ en: 'Held', fr: 'Tenu' });
  });
});
