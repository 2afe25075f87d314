import { describe, expect, it } from 'vitest';
import type { Draft } from './draft';
import { importFiles } from './import-files';
import { testRun, text } from '../../tests/support/import-helpers';
import { gpxToDraft, kmlToDraft } from './tracks';
import { formatNote } from './report-text';
import type { ImportRun } from './types';

const gpxDoc = (body: string) =>
  `<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">${body}</gpx>`;
const pt = (lat: number, lon: number, time?: string) =>
  `<trkpt lat="${lat}" lon="${lon}">${time ? `<time>${time}</time>` : ''}</trkpt>`;

function draft(file: string, xml: string, run: ImportRun = testRun()): Draft {
  const d = (file.endsWith('.gpx') ? gpxToDraft : kmlToDraft)(file, xml, run);
  if ('errors' in d) throw new Error(JSON.stringify(d.errors));
  return d;
}
const feature = (d: Draft, i: number) =>
  d.features[i] as {
    geometry: { type: string; coordinates: unknown[] };
    properties: Record<string, unknown>;
  };

describe('tracksToDraft', () => {
  it('turns a timed GPX track into a movement citing the file', () => {
    const d = draft(
      'patrol.gpx',
      gpxDoc(
        `<trk><name>Patrol</name><trkseg>${pt(18, 0.6, '2023-11-10T06:00:00Z')}${pt(18.4, 1.4, '2023-11-10T09:00:00')}</trkseg></trk>`,
      ),
    );
    expect(feature(d, 0).geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [0.6, 18],
        [1.4, 18.4],
      ],
    });
    expect(feature(d, 0).properties).toMatchObject({
      id: 'patrol-patrol',
      kind: 'movement',
      label: 'Patrol',
      side: 'unknown',
      certainty: 'reported',
      sources: ['patrol'],
      // GPX times are UTC by the spec, so a zoneless one gets its Z.
      coordTimes: ['2023-11-10T06:00:00Z', '2023-11-10T09:00:00Z'],
      foreign: { name: 'Patrol' },
    });
    expect(feature(d, 0).properties.time).toBeUndefined();
    expect(d.sources).toEqual([expect.objectContaining({ id: 'patrol', title: 'patrol.gpx' })]);
  });

  it('splits a multi-segment track into one movement per segment', () => {
    const d = draft(
      'two.gpx',
      gpxDoc(
        `<trk><name>Col</name><trkseg>${pt(18, 0.6, '2023-11-10T06:00:00Z')}${pt(18.1, 0.7, '2023-11-10T07:00:00Z')}</trkseg>` +
          `<trkseg>${pt(18.2, 0.8, '2023-11-11T06:00:00Z')}${pt(18.3, 0.9, '2023-11-11T07:00:00Z')}</trkseg></trk>`,
      ),
    );
    expect(d.features.map((_, i) => feature(d, i).properties.id)).toEqual(['two-col-1', 'two-col-2']);
    expect(feature(d, 1).properties.coordTimes).toEqual(['2023-11-11T06:00:00Z', '2023-11-11T07:00:00Z']);
  });

  it('reads KML gx:Track and MultiTrack, timed placemarks as events and untimed ones as context', () => {
    const track = (whens: string[], coords: string[]) =>
      `<gx:Track>${whens.map((w) => `<when>${w}</when>`).join('')}${coords.map((c) => `<gx:coord>${c}</gx:coord>`).join('')}</gx:Track>`;
    const kml =
      '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"><Document>' +
      `<Placemark><name>Convoy</name>${track(['2023-11-10T06:00:00Z', '2023-11-10T08:00:00Z'], ['0.6 18 0', '1 18.2 0'])}</Placemark>` +
      `<Placemark><name>Split</name><gx:MultiTrack>${track(['2023-11-11T06:00:00Z', '2023-11-11T07:00:00Z'], ['1 18 0', '1.1 18.1 0'])}${track(['2023-11-12T06:00:00Z', '2023-11-12T07:00:00Z'], ['1.2 18.2 0', '1.3 18.3 0'])}</gx:MultiTrack></Placemark>` +
      '<Placemark><name>Camp</name><Point><coordinates>1.4,18.4</coordinates></Point></Placemark>' +
      '<Placemark><name>Raid</name><TimeStamp><when>2023-11-12T05:00:00Z</when></TimeStamp><Point><coordinates>1.5,18.5</coordinates></Point></Placemark>' +
      '</Document></kml>';
    const d = draft('ops.kml', kml);
    expect(d.rejected).toEqual([]);
    expect(d.features.map((_, i) => [feature(d, i).properties.id, feature(d, i).properties.kind])).toEqual([
      ['ops-convoy', 'movement'],
      ['ops-split-1', 'movement'],
      ['ops-split-2', 'movement'],
      ['ops-camp', 'context'],
      ['ops-raid', 'event'],
    ]);
    expect(feature(d, 4).properties.time).toBe('2023-11-12T05:00:00Z');
  });

  it('keeps a track with times on only some points as static context, and says so', () => {
    const run = testRun();
    const d = draft(
      'gap.gpx',
      gpxDoc(`<trk><trkseg>${pt(18, 0.6, '2023-11-10T06:00:00Z')}${pt(18.1, 0.7)}</trkseg></trk>`),
      run,
    );
    expect(d.rejected).toEqual([]);
    expect(feature(d, 0).properties).toMatchObject({
      kind: 'context',
      layer: 'gap.gpx',
      foreign: { coordTimes: ['2023-11-10T06:00:00Z', null] },
    });
    expect(run.notes.list.map((n) => formatNote(n, 'en'))).toContain(
      'gap.gpx: 1 line(s) with times on only some points (e.g. 1 times for 2 points) shown as static context, not animated',
    );
  });

  it('animates a GPX route (<rte>/<rtept> with <time>) like a track', () => {
    const rtept = (lat: number, lon: number, time: string) =>
      `<rtept lat="${lat}" lon="${lon}"><time>${time}</time></rtept>`;
    const d = draft(
      'route.gpx',
      gpxDoc(
        `<rte><name>Sortie</name>${rtept(18, 0.6, '2023-11-10T06:00:00Z')}${rtept(18.4, 1.4, '2023-11-10T08:00:00Z')}</rte>`,
      ),
    );
    expect(feature(d, 0).properties).toMatchObject({
      kind: 'movement',
      label: 'Sortie',
      coordTimes: ['2023-11-10T06:00:00Z', '2023-11-10T08:00:00Z'],
    });
  });

  it('says when the document is not the format its name claims, or is not well-formed', () => {
    expect(gpxToDraft('x.gpx', '<kml xmlns="http://www.opengis.net/kml/2.2"/>', testRun())).toEqual({
      errors: [expect.objectContaining({ file: 'x.gpx', value: '"<kml>"', message: 'a <gpx> document' })],
    });
    expect(gpxToDraft('y.gpx', '<gpx><trk><trkseg></trk></gpx>', testRun())).toEqual({
      errors: [
        expect.objectContaining({
          file: 'y.gpx',
          value: '"line 1: </trkseg> to close <trkseg> (found </trk>)"',
          message: 'well-formed GPX (XML)',
          fr: {
            message: 'du GPX (XML) bien formé',
            value: '"ligne 1 : </trkseg> pour fermer <trkseg> (trouvé </trk>)"',
          },
        }),
      ],
    });
  });
});

describe('importing tracks', () => {
  it('loads a GPX file as a scenario whose movements follow the track', async () => {
    const gpx = gpxDoc(
      `<trk><name>Run</name><trkseg>${pt(18, 0.6, '2023-11-10T06:00:00Z')}${pt(18.4, 1.4, '2023-11-10T10:00:00Z')}</trkseg></trk>`,
    );
    const r = await importFiles([text('run.gpx', gpx)]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.scenario.movements.map((m) => m.id)).toEqual(['run-run']);
    expect(r.scenario.sides.map((s) => s.id)).toEqual(['unknown']);
    expect(r.scenario.start).toBeLessThan(Date.parse('2023-11-10T06:00:00Z'));
    expect(r.scenario.end).toBeGreaterThan(Date.parse('2023-11-10T10:00:00Z'));
  });
});
