import { describe, expect, it } from 'vitest';
import { legendForFrame } from './legend-for-frame';
import { frameAt } from '../engine/frame-at';
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
  it('shows only what is on the map: before the battle, no fighting styles', () => {
    const keys = keysAt('2023-10-03T12:00:00Z');
    expect(keys).toContain('move-fama-wagner');
    expect(keys).toContain('route-estimated');
    expect(keys).not.toContain('clash');
    expect(keys).not.toContain('strike');
  });

  it('explains the Alkit fight of 11 November as a contested area of fighting', () => {
    const keys = keysAt('2023-11-11T16:00:00Z');
    expect(keys).toEqual(expect.arrayContaining(['clash', 'contested', 'move-fama-wagner', 'halo']));
  });

  it('explains a strike under way with its time window', () => {
    const keys = keysAt('2023-11-07T08:00:00Z');
    expect(keys).toEqual(expect.arrayContaining(['strike-now', 'strike', 'time-window']));
  });

  it('shows the southern flank as a claimed, estimated corridor on 13 November', () => {
    expect(keysAt('2023-11-13T12:00:00Z')).toEqual(
      expect.arrayContaining(['corridor', 'claimed', 'route-estimated']),
    );
  });

  it('shows the rebels retreating and Kidal held by the army on 14 November', () => {
    const keys = keysAt('2023-11-14T12:00:00Z');
    expect(keys).toEqual(expect.arrayContaining(['move-csp-psd', 'held-fama-wagner', 'move-done']));
  });

  it('speaks English and French, with each side named in that language', () => {
    const entries = legendForFrame({
      scenario,
      frame: frameAt(scenario, Date.parse('2023-11-14T12:00:00Z')),
      theme: 'print',
    });
    const held = entries.find((e) => e.key === 'held-fama-wagner');
    expect(held?.label).toEqual({ en: 'Held by FAMa–Wagner', fr: 'Tenu par FAMa–Wagner' });
    const moving = entries.find((e) => e.key === 'move-csp-psd');
    expect(moving?.label).toMatchObject({ fr: expect.stringMatching(/ : mouvement en cours$/) });
  });
});
