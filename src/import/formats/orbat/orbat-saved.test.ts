import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOREIGN_DIR, readInput } from '../../../../tests/support/import-helpers';
import { contextVisibleAt } from '../../../cartography/context-legend';
import { frameAt } from '../../../frame/frame-at';
import { scenarioSymbols } from '../../../symbols/symbol-icons';
import { sidcAt, symbolsAt } from '../../../symbols/symbols-at';
import { importFiles } from '../../import-files';
import { formatNote } from '../../report-text';

// Fixtures written by hand after ORBAT Mapper's type definitions and the files its releases save: times as
// ISO strings with offsets (and one number), units nested sides → groups → subUnits → subUnits, a state that
// only changes the symbol, a `location: null`, via points, events `where` a geometry or a unit, a 3.x
// `layerStack` with a legacy `meta` item, and a 0.x file with side-level units and the older `layers`.

const T = (iso: string) => Date.parse(iso);

async function load(name: string) {
  const r = await importFiles([readInput(join(FOREIGN_DIR, name))], { now: () => 0 });
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r;
}

describe('ORBAT Mapper files as the application saves them', () => {
  it('reads ISO times with offsets, nested sub-units, via points and a location: null', async () => {
    const { scenario: s, report } = await load('orbat-mapper-saved.json');
    expect(s.timeZone).toBe('Africa/Bamako');
    // The scenario's start (01:00-01:00 = 02:00Z) opens the range (padded by an hour), before any unit moves.
    expect(s.start).toBeLessThan(T('2023-11-10T02:00:00Z'));
    expect(s.start).toBeGreaterThan(T('2023-11-09T12:00:00Z'));
    const coy = s.movements.find((m) => m.props.label === 'A Company')!;
    expect((coy.geometry as { coordinates: unknown }).coordinates).toEqual([
      [1.1, 18.1],
      [1.2, 18.1],
      [1.3, 18.3],
    ]);
    expect(coy.track.times[0]).toBe(T('2023-11-10T06:00:00Z'));
    expect(coy.track.times.at(-1)).toBe(T('2023-11-10T12:00:00Z'));
    // A unit with its own location and no state stands still, there from the start.
    const hq = s.features.find((f) => f.props.label === 'Brigade HQ')!;
    expect(hq).toMatchObject({ kind: 'place', appears: -Infinity });
    // A unit placed by one (number-timed) state appears then, standing still.
    const bn = s.features.find((f) => f.props.label === 'Battalion')!;
    expect(bn).toMatchObject({ kind: 'place', appears: 1699599600000 });
    const notes = report.notes.map((n) => formatNote(n, 'en'));
    expect(notes).toContain(
      'orbat-mapper-saved.json: 1 unit(s) never placed on the map (e.g. “Reserve”): no location in the file, so not drawn',
    );
    expect(notes).toContain(
      'orbat-mapper-saved.json: 1 unit(s) leave the map at a state without a location: Sandtable cannot hide a unit, so each stays where it was last seen until its next position, if any',
    );
  });

  it('shows a symbol-only state as the unit’s symbol changing at that time', async () => {
    const { scenario: s } = await load('orbat-mapper-saved.json');
    const coy = s.movements.find((m) => m.props.label === 'A Company')!;
    expect(coy.props.sidcChanges).toEqual([{ time: '2023-11-11T00:00:00Z', sidc: '10031040141211000000' }]);
    expect(sidcAt(coy.props, T('2023-11-10T23:00:00Z'))).toBe('10031000141211000000');
    expect(sidcAt(coy.props, T('2023-11-11T01:00:00Z'))).toBe('10031040141211000000');
    // The map draws the symbol of the moment, and the atlas holds both.
    const screen = { project: (p: [number, number]): [number, number] => p };
    const drawn = (t: number) =>
      symbolsAt(s, frameAt(s, t), screen)
        .find((x) => x.id === coy.id)
        ?.icon.sidc.slice(4, 8);
    expect(drawn(T('2023-11-10T23:00:00Z'))).toBe('1000');
    expect(drawn(T('2023-11-11T01:00:00Z'))).toBe('1040');
    const keys = scenarioSymbols(s).map((i) => i.sidc.slice(4));
    expect(keys).toContain('1000141211000000');
    expect(keys).toContain('1040141211000000');
  });

  it('places events where their geometry or unit is, and takes overlays of the layer stack', async () => {
    const { scenario: s, report } = await load('orbat-mapper-saved.json');
    const byLabel = (l: string) => s.features.find((f) => f.props.label === l)!;
    expect(byLabel('Air strike')).toMatchObject({
      kind: 'event',
      appears: T('2023-11-10T09:30:00Z'),
      geometry: { type: 'Point', coordinates: [1.25, 18.45] },
    });
    const halt = byLabel('Company halts');
    expect(halt.kind).toBe('event');
    // Where A Company is at 10:00: on its way between its 06:00 and 12:00 positions.
    const frame = frameAt(s, T('2023-11-10T10:00:00Z'));
    const head = frame.movements.find((m) => m.feature.props.label === 'A Company')!.head;
    const [lon, lat] = (halt.geometry as { coordinates: number[] }).coordinates as [number, number];
    expect(Math.abs(lon - head[0]) + Math.abs(lat - head[1])).toBeLessThan(0.01);
    const zone = byLabel('Exclusion zone');
    expect(zone.geometry.type).toBe('Polygon');
    expect(contextVisibleAt(zone, T('2023-11-10T12:00:00Z'))).toBe(true);
    expect(contextVisibleAt(zone, T('2023-11-11T12:00:00Z'))).toBe(false);
    const phase = byLabel('Phase line Bravo');
    expect(contextVisibleAt(phase, T('2023-11-10T11:00:00Z'))).toBe(false);
    expect(contextVisibleAt(phase, T('2023-11-10T13:00:00Z'))).toBe(true);
    expect(report.notes.map((n) => formatNote(n, 'en'))).toContain(
      'orbat-mapper-saved.json: layer “Satellite” (reference) not imported: Sandtable takes overlay geometries only',
    );
  });

  it('reads an early (0.x) file: side-level units, older layers, a symbol change with a move', async () => {
    const { scenario: s, report } = await load('orbat-mapper-v0.json');
    const ship = s.movements.find((m) => m.props.label === 'Patrol ship')!;
    expect([...ship.track.times]).toEqual([T('1982-04-02T16:00:00Z'), T('1982-04-03T16:00:00Z')]);
    expect(ship.props.sidcChanges).toEqual([{ time: '1982-04-03T16:00:00Z', sidc: '10063040001202030000' }]);
    expect(s.features.find((f) => f.props.label === 'Hit by a missile')).toMatchObject({ kind: 'event' });
    const mez = s.features.find((f) => f.props.label === 'Exclusion zone')!;
    expect(mez.geometry.type).toBe('Polygon');
    expect(contextVisibleAt(mez, T('1982-04-03T00:00:00Z'))).toBe(true);
    expect(contextVisibleAt(mez, T('1982-04-02T00:00:00Z'))).toBe(false);
    // The undated-place event "Invasion" has no position: reported, and offered as a chapter.
    expect(report.notes.map((n) => formatNote(n, 'en'))[0]).toContain('“Invasion”');
    expect(report.chapterOffer?.count).toBe(1);
  });

  it('reads a 1.x file: a unit leaving its own location at the start, older layers, map layers noted', async () => {
    const { scenario: s, report } = await load('orbat-mapper-v1.json');
    const scouts = s.movements.find((m) => m.props.label === 'Scouts')!;
    expect([...scouts.track.times]).toEqual([
      T('2023-11-10T00:00:00Z'),
      T('2023-11-10T12:00:00Z'),
      T('2023-11-10T18:00:00Z'),
    ]);
    expect(s.sideById.get('blue')?.color).toBe('#56b4e9');
    const boundary = s.features.find((f) => f.props.label === 'Boundary')!;
    expect(contextVisibleAt(boundary, T('2023-11-10T06:00:00Z'))).toBe(true);
    expect(contextVisibleAt(boundary, T('2023-11-11T06:00:00Z'))).toBe(false);
    expect(report.notes.map((n) => formatNote(n, 'en'))).toContain(
      'orbat-mapper-v1.json: layer “Scanned map” (reference) not imported: Sandtable takes overlay geometries only',
    );
  });
});
