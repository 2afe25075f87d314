import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOREIGN_DIR, readInput } from '../../../../tests/support/import-helpers';
import { contextVisibleAt } from '../../../cartography/context-legend';
import { loadScenario } from '../../../scenario/load';
import { formatLoadError } from '../../../scenario/load-error';
import { importFiles } from '../../import-files';
import { formatNote } from '../../report-text';
import type { ImportOptions } from '../../types';

// tests/fixtures/foreign/orbat-mapper.json is written by hand after ORBAT Mapper's scenario format (sides →
// groups → units with `sidc` and time-stamped `state[]`, `events[]`, `layerStack` overlays).

const T = (iso: string) => Date.parse(iso);

async function orbat(options: ImportOptions = {}) {
  const r = await importFiles([readInput(join(FOREIGN_DIR, 'orbat-mapper.json'))], options);
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r;
}

describe('ORBAT Mapper scenarios', () => {
  it('takes the scenario’s name, zone and sides, coloured as ORBAT Mapper colours them', async () => {
    const { scenario: s } = await orbat();
    expect(s.title).toBe('Advance on Kidal (test)');
    expect(s.timeZone).toBe('Africa/Bamako');
    expect(s.sides.map((side) => [side.id, side.name])).toEqual([
      ['fama', 'FAMa'],
      ['csp-psd', 'CSP-PSD'],
      ['unknown', { en: 'Unknown', fr: 'Inconnu' }],
    ]);
    expect(s.sideById.get('fama')?.color).toBe('#0072b2');
  });

  it('makes each unit’s states its movement, through its via points, keeping its SIDC', async () => {
    const { scenario: s } = await orbat();
    const bn = s.movements.find((m) => m.id === '1st-battalion')!;
    expect(bn.props).toMatchObject({
      side: 'fama',
      label: '1st Battalion',
      mapLabel: '1 BN',
      sidc: '10031000151211000000',
    });
    expect(bn.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [0.5214, 17.9507],
        [0.7, 18.0],
        [0.85, 18.1],
        [1.0, 18.2],
        [1.4078, 18.4411],
      ],
    });
    const times = [...bn.track.times];
    expect(times[0]).toBe(T('2023-11-10T06:00:00Z'));
    expect(times[3]).toBe(T('2023-11-10T10:00:00Z'));
    expect(times[4]).toBe(T('2023-11-14T06:00:00Z'));
    // Through the via points at one ground speed: time shares follow distance shares.
    const km = [...bn.track.cumKm];
    const share = (i: number) => (times[i]! - times[0]!) / (times[3]! - times[0]!);
    expect(share(1)).toBeCloseTo(km[1]! / km[3]!, 3);
    expect(share(2)).toBeCloseTo(km[2]! / km[3]!, 3);
    // What Sandtable does not read of the unit is kept.
    expect(bn.props.foreign).toEqual({ orbatId: 'u1', equipment: [{ name: 'BRDM-2', count: 6 }] });
    // The garrison holds until viaStartTime, then leaves.
    const garrison = s.movements.find((m) => m.id === 'kidal-garrison')!;
    expect([...garrison.track.times].slice(0, 2)).toEqual([
      T('2023-11-10T06:00:00Z'),
      T('2023-11-14T00:00:00Z'),
    ]);
    expect(s.features.find((f) => f.id === 'recce-platoon')).toMatchObject({ kind: 'place' });
  });

  it('makes titled unit states and located events timed events; overlays context over their window', async () => {
    const { scenario: s, report } = await orbat();
    const event = (id: string) => s.features.find((f) => f.id === id);
    expect(event('1st-battalion-enters-kidal')).toMatchObject({
      kind: 'event',
      appears: T('2023-11-14T06:00:00Z'),
    });
    // An event "where" a unit is: at the unit's position then.
    expect(event('column-leaves-anefis')?.geometry).toEqual({
      type: 'Point',
      coordinates: [0.5214, 17.9507],
    });
    expect(event('kidal-falls')?.geometry).toEqual({ type: 'Point', coordinates: [1.4078, 18.4411] });
    const phaseLine = event('pl-alpha')!;
    expect(phaseLine).toMatchObject({ kind: 'context', props: { layer: 'Phase lines' } });
    expect(contextVisibleAt(phaseLine, T('2023-11-12T00:00:00Z'))).toBe(true);
    expect(contextVisibleAt(phaseLine, T('2023-11-14T00:00:00Z'))).toBe(false);
    const objective = event('objective-kidal')!;
    expect(objective.geometry.type).toBe('Polygon');
    expect(contextVisibleAt(objective, T('2023-11-14T00:00:00Z'))).toBe(true);
    expect(s.features.every((f) => f.props.certainty === 'reported')).toBe(true);
    expect(report.notes.map((n) => formatNote(n, 'en'))).toEqual([
      'orbat-mapper.json: 1 event(s) without a position (e.g. “Talks in Algiers”): not drawn on the map; make chapters of the events to brief them',
      'orbat-mapper.json: layer “Satellite” (reference) not imported: Sandtable takes overlay geometries only',
      'orbat-mapper.json: ORBAT Mapper records no uncertainty: every unit position and event is marked “reported”',
    ]);
    expect(report.notes.map((n) => formatNote(n, 'fr'))).toContain(
      'orbat-mapper.json : ORBAT Mapper n’enregistre aucune incertitude : chaque position d’unité et chaque événement est marqué « signalé »',
    );
  });

  it('offers the events as chapters, and makes them so when asked', async () => {
    const plain = await orbat();
    expect(plain.scenario.chapters).toEqual([]);
    const offer = plain.report.chapterOffer!;
    expect(offer.count).toBe(3);
    const asked = await orbat({ eventsAsChapters: true });
    expect(asked.scenario.chapters.map((c) => [c.title, c.start, c.end])).toEqual([
      ['Column leaves Anefis', T('2023-11-10T06:00:00Z'), T('2023-11-13T09:00:00Z')],
      ['Talks in Algiers', T('2023-11-13T09:00:00Z'), T('2023-11-14T06:00:00Z')],
      ['Kidal falls', T('2023-11-14T06:00:00Z'), T('2023-11-14T07:00:00Z')],
    ]);
    expect(offer.chapters).toEqual(asked.scenario.chapters);
    // The offered manifest is a scenario.json the loader accepts with the same files.
    const swapped = loadScenario({ ...plain.files, 'scenario.json': offer.manifest });
    expect(swapped.ok && swapped.scenario.chapters).toEqual(asked.scenario.chapters);
  });

  it('refuses the encrypted variant, saying how to get a readable one', async () => {
    const r = await importFiles([readInput(join(FOREIGN_DIR, 'orbat-encrypted.json'))]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => formatLoadError(e))).toEqual([
      'orbat-encrypted.json › type: an ORBAT Mapper scenario saved without encryption: this one is encrypted with a password; save it again from ORBAT Mapper without encryption (got "ORBAT-mapper-encrypted")',
    ]);
  });
});
