import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FOREIGN_DIR, readInput } from '../../tests/support/import-helpers';
import { expectKept, propertiesOf } from '../../tests/support/kept-properties';
import { contextLegend } from '../cartography/context-legend';
import { formatLoadError } from '../scenario/load-error';
import { importFiles } from './import-files';
import { formatNote, reportSummary } from './report-text';
import type { ImportInput, ImportResult } from './types';

// One hand-made file per class of real-world file that did not open as a user expects (issue #13), opened
// through the entry the UI uses. Each test says what loads, what the report says, and that nothing else
// in the file is lost.

const fixture = (name: string) => readInput(join(FOREIGN_DIR, name));
const source = (name: string) => readFileSync(join(FOREIGN_DIR, name), 'utf8');

async function ok(inputs: ImportInput[]) {
  const r = await importFiles(inputs);
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r;
}
const notesOf = (r: ImportResult, lang: 'en' | 'fr' = 'en') =>
  (r.ok ? r.report.notes : r.notes).map((n) => formatNote(n, lang));
const kinds = (r: Extract<ImportResult, { ok: true }>) => r.scenario.features.map((f) => [f.id, f.kind]);

describe('1. other tools’ properties never make a feature invalid', () => {
  it('keeps note: null, a sources string and an OSM id aside, and loads every feature', async () => {
    const r = await ok([fixture('foreign-properties.geojson')]);
    expect(kinds(r)).toEqual([
      ['foreign-properties-kidal', 'context'],
      ['us7000kdl1', 'event'],
      ['way-47216028', 'context'],
    ]);
    expect(r.report.rejected).toEqual([]);
    const [kidal, quake, road] = r.scenario.features;
    // Upper-case NAME (Natural Earth) and a title (USGS) label the feature.
    expect([kidal?.props.label, quake?.props.label, road?.props.label]).toEqual([
      'Kidal',
      'M 4.9 - 40 km SW of Kidal',
      'Route de Gao',
    ]);
    expect(quake?.props.time).toBe('2023-11-14T06:00:00Z');
    // Neither a road's side nor a network's sources is taken for Sandtable's.
    expect(road?.props.side).toBe('unknown');
    expect(road?.props.foreign).toMatchObject({ side: 'left', kind: 'road', id: 'way/47216028' });
    expect(notesOf(r)).toEqual(
      expect.arrayContaining([
        'foreign-properties.geojson: note null is not a Sandtable note (1 feature(s)): kept under properties.foreign.note',
        'foreign-properties.geojson: ids such as "way/47216028" are not Sandtable ids (1 feature(s)): renamed such as way-47216028, the original kept under properties.foreign.id',
        'foreign-properties.geojson: kind "road" is not a Sandtable kind (1 feature(s)): kept under properties.foreign.kind',
      ]),
    );
    propertiesOf(source('foreign-properties.geojson')).forEach((p, i) =>
      expectKept(p, r.scenario.features[i]!),
    );
  });
});

describe('2. lines, areas and points without times are context', () => {
  it('loads roads, a boundary, an area of interest and places as static context under the campaign', async () => {
    const r = await ok([fixture('context.geojson')]);
    expect(kinds(r)).toEqual([
      ['context-anefis-kidal-road', 'context'],
      ['context-kidal-cercle', 'context'],
      ['context-area-of-interest', 'context'],
      ['context-anefis', 'context'],
      ['context-half-timed-trace', 'context'],
      ['context-column', 'movement'],
      ['context-kidal-falls', 'event'],
    ]);
    const s = r.scenario;
    expect(s.context.map((f) => f.id)).toHaveLength(5);
    // Always visible: not in the timed list frameAt walks, shown whatever t is.
    expect(s.timed.map((f) => f.id)).toEqual(['context-kidal-falls']);
    expect(s.context.every((f) => f.appears === -Infinity && f.until === Infinity)).toBe(true);
    expect(contextLegend(s, s.start, 'projector').map((e) => [e.group, e.label, e.explanation])).toEqual([
      [
        'context',
        { en: 'context.geojson', fr: 'context.geojson' },
        { en: 'Context: context.geojson', fr: 'Contexte : context.geojson' },
      ],
    ]);
    expect(reportSummary(r.report, 'en')).toBe(
      '7 feature(s) loaded, 5 of them as context (static, drawn under the campaign).',
    );
    expect(notesOf(r)).toEqual(
      expect.arrayContaining([
        'context.geojson: 4 feature(s) without times shown as context: static, always visible, drawn under the campaign',
        'context.geojson: 1 line(s) with times on only some points (e.g. 2 times for 3 points) shown as static context, not animated',
      ]),
    );
    propertiesOf(source('context.geojson')).forEach((p, i) => expectKept(p, s.features[i]!));
  });

  it('keeps a GPX track without times as context, next to the timed one', async () => {
    const r = await ok([fixture('track-without-times.gpx')]);
    expect(kinds(r)).toEqual([
      ['track-without-times-timed-column', 'movement'],
      ['track-without-times-untimed-column', 'context'],
    ]);
  });
});

describe('3. times in the forms other tools write', () => {
  it('reads epoch ms, GDAL, zoneless times and dates, settles day/month for the file, and says how', async () => {
    const r = await ok([fixture('time-formats.geojson')]);
    const at = (id: string) => r.scenario.features.find((f) => f.id === id)?.props;
    expect(at('epoch')?.time).toBe('2023-11-14T06:00:00Z');
    expect(at('gdal')?.time).toBe('2023-11-14T08:48:59Z');
    expect(at('zoneless')?.time).toBe('2023-11-14T09:30:00Z');
    expect(at('own-zoneless')?.time).toBe('2023-11-12T06:00:00Z');
    expect(at('day-only')).toMatchObject({ start: '2023-11-13T00:00:00Z', end: '2023-11-13T23:59:59Z' });
    // 10/11/2023 is 10 November because the same file has 25/11/2023, not because of this row.
    expect(at('day-first')).toMatchObject({ start: '2023-11-10T00:00:00Z' });
    expect(notesOf(r)).toEqual(
      expect.arrayContaining([
        'time-formats.geojson: dates such as 10/11/2023 read day first: the file also has 25/11/2023 14:30, which only fits that order',
        'time-formats.geojson: 1 time(s) in epoch milliseconds (e.g. 1699941600000 = 2023-11-14T06:00:00Z)',
        'time-formats.geojson: 1 time(s) in GDAL’s form (e.g. 2023/11/14 08:48:59+00 = 2023-11-14T08:48:59Z)',
        'time-formats.geojson: 3 time(s) without a zone (e.g. 2023-11-14T09:30:00) read as UTC',
      ]),
    );
    propertiesOf(source('time-formats.geojson')).forEach((p, i) => expectKept(p, r.scenario.features[i]!));
  });

  it('reads no ambiguous date when nothing in the file settles the order, and says so', async () => {
    const r = await ok([fixture('ambiguous-dates.geojson')]);
    expect(kinds(r)).toEqual([
      ['first', 'context'],
      ['second', 'context'],
    ]);
    expect(notesOf(r)).toContain(
      'ambiguous-dates.geojson: 2 date(s) such as 10/11/2023 fit both day/month and month/day and nothing in the file settles which: not read (kept under properties.foreign); write them as 2023-11-10',
    );
    propertiesOf(source('ambiguous-dates.geojson')).forEach((p, i) => expectKept(p, r.scenario.features[i]!));
  });

  it('reads a French-locale spreadsheet: semicolons, decimal commas, days first', async () => {
    const r = await ok([fixture('french-excel.csv')]);
    expect(r.scenario.features.map((f) => [f.id, f.props.start, f.geometry])).toEqual([
      ['MLI9001', '2023-11-10T00:00:00Z', { type: 'Point', coordinates: [0.5214, 17.9507] }],
      ['MLI9002', '2023-11-11T00:00:00Z', { type: 'Point', coordinates: [1.4078, 18.4411] }],
    ]);
    expect(notesOf(r)).toEqual([
      'french-excel.csv: dates such as 10/11/2023 read day first, as in the French-locale spreadsheet they come from (decimal commas)',
      'french-excel.csv: coordinates with a decimal comma (e.g. 17,9507) read as decimals',
    ]);
  });
});

describe('4. ACLED exports of other years', () => {
  it('loads upper-case headers without sub_event_type, and old battle types as clashes', async () => {
    const r = await ok([fixture('acled-2015-style.csv')]);
    expect(r.scenario.features.map((f) => [f.id, f.kind, f.props.label, f.props.start, f.props.end])).toEqual(
      [
        [
          '1MLI',
          'clash',
          'Battle-No change of territory, Kidal',
          '2015-01-01T00:00:00Z',
          '2015-01-01T23:59:59Z',
        ],
        ['2MLI', 'event', 'Remote violence, Aguelhok', '2015-02-11T00:00:00Z', '2015-02-17T23:59:59Z'],
      ],
    );
    expect(r.scenario.features[0]?.props.casualties).toEqual([
      { killed: 3, according: 'ACLED', short: 'ACLED', sources: ['afp'] },
    ]);
    expect(notesOf(r)).toEqual([
      'acled-2015-style.csv: this older ACLED export has no sub_event_type column(s): events are named by their event_type, and where a precision column is missing drawn within ~25 km and dated to the day',
    ]);
  });
});

describe('5. GPX routes and togeojson 0.x tracks', () => {
  it('animates a route with a time on every point; its untimed waypoint is context', async () => {
    const r = await ok([fixture('route.gpx')]);
    const [route, camp] = r.scenario.features;
    expect([route?.kind, camp?.kind]).toEqual(['movement', 'context']);
    expect(route?.props.coordTimes).toEqual([
      '2023-11-10T06:00:00Z',
      '2023-11-10T12:00:00Z',
      '2023-11-10T18:00:00Z',
    ]);
    expect(route?.props.foreign).toEqual({
      name: 'Supply run',
      desc: 'Planned with a chartplotter: a time on every route point.',
    });
    expect(camp?.props.foreign).toEqual({ name: 'Kidal camp', sym: 'Flag' });
  });

  it('reads properties.time + coordTimes (whole-track time kept aside) and per-part coordTimes', async () => {
    const r = await ok([fixture('togeojson-0x.geojson')]);
    expect(kinds(r)).toEqual([
      ['togeojson-0x-morning-patrol', 'movement'],
      ['togeojson-0x-two-legs-1', 'movement'],
      ['togeojson-0x-two-legs-2', 'movement'],
    ]);
    const patrol = r.scenario.movements[0]!;
    expect(patrol.props.time).toBeUndefined();
    expect(patrol.props.foreign).toEqual({
      name: 'Morning patrol',
      time: '2023-11-11T05:00:00.000Z',
      heartRates: [95, 120, 130],
    });
    expect(r.scenario.movements[2]?.track.times[0]).toBe(Date.parse('2023-11-12T08:00:00Z'));
    // Altitude stays in the geometry.
    expect(patrol.geometry).toMatchObject({
      coordinates: [
        [1.4, 18.44, 450],
        [1.42, 18.46, 452],
        [1.44, 18.48, 455],
      ],
    });
  });
});

describe('6. KML network links and empty points', () => {
  it('never follows a network link nor makes a feature of it, and reports an empty <Point> as no position', async () => {
    const r = await ok([fixture('network-link.kml')]);
    expect(kinds(r)).toEqual([['network-link-checkpoint', 'context']]);
    expect(r.scenario.title).toBe('Kidal overlays');
    expect(notesOf(r)).toContain(
      'network-link.kml: network link not followed (offline): https://example.org/live.kml',
    );
    expect(r.report.rejected.map((e) => formatLoadError(e))).toEqual([
      'network-link.kml › feature Somewhere (#1) › geometry: a position (the placemark’s <Point> is empty, or it has no geometry) (got no position)',
    ]);
    expect(r.report.rejected.map((e) => formatLoadError(e, 'fr'))).toEqual([
      'network-link.kml › élément Somewhere (#1) › geometry : une position (le <Point> du repère est vide, ou il n’a pas de géométrie) (reçu aucune position)',
    ]);
  });
});

describe('7. projected coordinates', () => {
  it('reprojects a legacy crs in EPSG:3857 and says so', async () => {
    const r = await ok([fixture('web-mercator.geojson')]);
    const [lon, lat] = (r.scenario.features[0]?.geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeCloseTo(1.4078, 4);
    expect(lat).toBeCloseTo(18.4411, 3);
    expect(notesOf(r)).toContain(
      'web-mercator.geojson: coordinates in urn:ogc:def:crs:EPSG::3857 (Web Mercator, metres) reprojected to longitude/latitude',
    );
  });

  it('refuses any other CRS, naming it', async () => {
    const r = await importFiles([fixture('utm.geojson')]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.field, e.value])).toEqual([['crs', '"urn:ogc:def:crs:EPSG::32631"']]);
    expect(formatLoadError(r.errors[0]!)).toMatch(
      /this file's are in urn:ogc:def:crs:EPSG::32631: reproject it/,
    );
  });

  it('refuses metres without a crs member rather than drawing nothing', async () => {
    const r = await importFiles([
      {
        name: 'metres.geojson',
        bytes: new TextEncoder().encode('{"type":"Point","coordinates":[331264,2039564]}'),
      },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ field: 'crs', value: '[331264,2039564]' });
  });
});

describe('8. KMZ, NAME and bare geometries', () => {
  it('takes the Document’s name, does not count images as rejected, and renames repeated ids', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const kmz = zipSync({
      'doc.kml': new TextEncoder().encode(source('kmz-doc.kml')),
      'files/checkpoint.png': png,
    });
    const r = await ok([{ name: 'checkpoints.kmz', bytes: kmz }]);
    expect(r.scenario.title).toBe('Checkpoints around Kidal');
    expect(r.report.rejected).toEqual([]);
    expect(kinds(r)).toEqual([
      ['cp', 'context'],
      ['cp-2', 'context'],
    ]);
    expect(r.scenario.features[1]?.props.foreign).toMatchObject({
      id: 'cp',
      name: 'South gate',
      styleUrl: '#cp',
    });
    expect(notesOf(r)).toEqual(
      expect.arrayContaining([
        'checkpoints.kmz: 1 image(s) or other file(s) in the archive not used (Sandtable draws its own symbols): checkpoint.png',
        'checkpoints.kmz/doc.kml: ids such as "cp" are used by more than one feature (1): renamed such as cp-2, the original kept under properties.foreign.id',
      ]),
    );
  });

  it('opens a bare geometry as a feature', async () => {
    const r = await ok([fixture('bare-geometry.geojson')]);
    expect(r.scenario.features.map((f) => [f.kind, f.geometry.type])).toEqual([['context', 'LineString']]);
  });
});

describe('9. time glitches of GPS logs', () => {
  it('loads a track on one instant and one dated 1901, each with a warning', async () => {
    const r = await ok([fixture('gps-glitches.gpx')]);
    expect(r.scenario.movements.map((m) => m.id)).toEqual([
      'gps-glitches-frozen-clock',
      'gps-glitches-unset-clock',
    ]);
    expect(notesOf(r)).toEqual(
      expect.arrayContaining([
        'gps-glitches.gpx › gps-glitches-frozen-clock: all 3 points have the same time (2023-11-12T07:00:00Z): the track appears whole at that moment',
        'gps-glitches.gpx › gps-glitches-unset-clock: times before 1970 (from 1901-12-13T20:45:52Z): probably a GPS clock that was not set; loaded as written',
      ]),
    );
  });
});
