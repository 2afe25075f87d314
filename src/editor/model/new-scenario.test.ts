import { describe, expect, it } from 'vitest';
import { newScenarioFiles } from './new-scenario';
import { freshId, slugOf } from './manifest-lists';
import { DraftChecker } from './draft-check';
import { docFromFiles } from './draft-doc';

describe('a new scenario', () => {
  const files = newScenarioFiles({
    title: 'Bataille d’Anéfis',
    now: Date.parse('2026-03-04T10:37:12Z'),
    view: { center: [1.234567891, 18.1], zoom: 7.123, bearing: 0, pitch: 0 },
    timeZone: 'Africa/Bamako',
  });

  it('starts now (to the hour) at the current view, and asks only for a source', () => {
    const manifest = JSON.parse(files['scenario.json']!);
    expect(manifest.id).toBe('bataille-d-anefis');
    expect(manifest.timeRange).toEqual({ start: '2026-03-04T10:00:00Z', end: '2026-03-11T10:00:00Z' });
    expect(manifest.defaultView.center).toEqual([1.23457, 18.1]);
    const check = new DraftChecker().check(docFromFiles(files), 'No source yet');
    expect(check.problems.map((p) => `${p.file} ${p.field}`)).toEqual(['scenario.json sources']);
    expect(check.scenario?.sides).toHaveLength(2);
  });

  it('makes an id of any title, unused where it must be', () => {
    expect(slugOf('  <b>!!</b>  ', 'scenario')).toBe('b-b');
    expect(slugOf('***', 'scenario')).toBe('scenario');
    expect(freshId('RFI 2023-11-14', ['rfi-2023-11-14'])).toBe('rfi-2023-11-14-2');
  });
});

describe('a new scenario from the New scenario dialog', () => {
  it('takes the chosen dates, zone and sides', () => {
    const files = newScenarioFiles({
      title: 'Anéfis',
      now: 0,
      view: { center: [1, 18], zoom: 7, bearing: 0, pitch: 0 },
      timeZone: 'Africa/Bamako',
      start: Date.parse('2023-11-10T00:00:00Z'),
      end: Date.parse('2023-11-15T06:00:00Z'),
      sides: ['FAMa', 'CSP', 'Wagner'],
    });
    const manifest = JSON.parse(files['scenario.json']!);
    expect(manifest.timeRange).toEqual({ start: '2023-11-10T00:00:00Z', end: '2023-11-15T06:00:00Z' });
    expect(manifest.initialTime).toBe('2023-11-10T00:00:00Z');
    expect(manifest.sides.map((s: { id: string; name: string }) => [s.id, s.name])).toEqual([
      ['side-a', 'FAMa'],
      ['side-b', 'CSP'],
      ['side-c', 'Wagner'],
    ]);
    const check = new DraftChecker().check(docFromFiles(files), 'No source yet');
    expect(check.scenario?.sides).toHaveLength(3);
  });
});
