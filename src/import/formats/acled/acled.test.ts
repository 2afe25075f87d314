import { describe, expect, it } from 'vitest';
import { acledWindow } from './acled-dates';
import { acledToDraft } from './acled';
import { acledSyntheticCsv } from '../../../../bench/acled-synthetic';
import { importFiles } from '../../import-files';
import { testRun } from '../../../../tests/support/import-helpers';
import { reportSummary } from '../../report-text';
import type { Draft } from '../../draft';

const HEADER =
  'event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities';

function draft(rows: string[]): Draft {
  const d = acledToDraft('acled.csv', [HEADER, ...rows].join('\n'), testRun());
  if ('errors' in d) throw new Error(JSON.stringify(d.errors));
  return d;
}

const props = (d: Draft, i: number) => (d.features[i] as { properties: Record<string, unknown> }).properties;

describe('acledWindow', () => {
  const day = Date.UTC(2023, 10, 14);
  it('spans the day, the week around it, or the month', () => {
    expect(acledWindow(day, 1)).toEqual({ start: '2023-11-14T00:00:00Z', end: '2023-11-14T23:59:59Z' });
    expect(acledWindow(day, 2)).toEqual({ start: '2023-11-11T00:00:00Z', end: '2023-11-17T23:59:59Z' });
    expect(acledWindow(day, 3)).toEqual({ start: '2023-11-01T00:00:00Z', end: '2023-11-30T23:59:59Z' });
  });
});

describe('acledToDraft', () => {
  const d = draft([
    'MLI100,2023-11-14,2023,1,Battles,Armed clash,Military Forces of Mali (2021-),CSP-PSD,Mali,Kidal,Kidal,18.4411,1.4078,1,RFI; Le Monde,"FAMa entered Kidal, ""at dawn"".",3',
    'MLI101,12 November 2023,2023,2,Explosions/Remote violence,Air/drone strike,Military Forces of Mali (2021-),,Mali,Kidal,Anefis,17.95,0.52,2,RFI,,0',
    'MLI102,2023-10-05,2023,3,Protests,Peaceful protest,Protesters (Mali),,Mali,Bamako,,12.65,-8.0,3,,Rally.,0',
  ]);

  it('maps event types to kinds', () => {
    expect([0, 1, 2].map((i) => props(d, i).kind)).toEqual(['clash', 'strike', 'event']);
  });

  it('turns time_precision into windows and geo_precision into halos', () => {
    expect(props(d, 0)).toMatchObject({
      start: '2023-11-14T00:00:00Z',
      end: '2023-11-14T23:59:59Z',
      uncertaintyKm: 2,
    });
    expect(props(d, 0).timeCertainty).toBeUndefined();
    expect(props(d, 1)).toMatchObject({
      start: '2023-11-09T00:00:00Z',
      uncertaintyKm: 25,
      timeCertainty: 'estimated',
    });
    expect(props(d, 2)).toMatchObject({
      start: '2023-10-01T00:00:00Z',
      end: '2023-10-31T23:59:59Z',
      uncertaintyKm: 100,
    });
  });

  it('labels with the event and the place, and says in the note what the precision means', () => {
    expect(props(d, 0).label).toBe('Armed clash, Kidal');
    expect(props(d, 2).label).toBe('Peaceful protest, Bamako');
    expect(props(d, 0).note).toMatch(
      /^FAMa entered Kidal, "at dawn"\.\n\nMilitary Forces of Mali \(2021-\) vs CSP-PSD\./,
    );
    expect(props(d, 1).note).toMatch(/near the named town or in its district .*within a week/);
  });

  it('records fatalities as an ACLED casualty figure citing the row’s sources', () => {
    expect(props(d, 0).casualties).toEqual([
      { killed: 3, according: 'ACLED', short: 'ACLED', sources: ['rfi', 'le-monde'] },
    ]);
    expect(props(d, 1).casualties).toBeUndefined();
  });

  it('declares actors as sides and the source column as sources, falling back to ACLED itself', () => {
    expect(props(d, 0).side).toBe('military-forces-of-mali-2021');
    expect([...d.sideNames]).toEqual([
      ['military-forces-of-mali-2021', 'Military Forces of Mali (2021-)'],
      ['protesters-mali', 'Protesters (Mali)'],
    ]);
    expect(d.sources.map((s) => [s.id, s.title, s.date])).toEqual([
      ['acled', 'ACLED export acled', '2023-11-14'],
      ['rfi', 'RFI', '2023-11-14'],
      ['le-monde', 'Le Monde', '2023-11-14'],
    ]);
    expect(props(d, 2).sources).toEqual(['acled']);
    expect(d.origins).toEqual(['row 2', 'row 3', 'row 4']);
  });

  it('rejects a file without data rows, and one with too many rows for the limit', () => {
    expect(acledToDraft('a.csv', HEADER, testRun())).toMatchObject({
      errors: [{ message: /at least one event row/ }],
    });
    const many = [HEADER, 'x', 'y', 'z'].join('\n');
    expect(acledToDraft('a.csv', many, testRun({ features: 2 }))).toMatchObject({
      errors: [{ value: '3 features' }],
    });
  });
});

describe('a 10,000-event ACLED-like export', () => {
  it('loads whole', async () => {
    const csv = acledSyntheticCsv({ rows: 10_000, seed: 1 });
    const r = await importFiles([{ name: 'acled.csv', bytes: new TextEncoder().encode(csv) }]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
    expect(r.report).toMatchObject({ loaded: 10_000, rejected: [], notes: [] });
    expect(reportSummary(r.report, 'en')).toBe('10000 event(s) loaded.');
    expect(r.scenario.timed).toHaveLength(10_000);
  });
});
