import { describe, expect, it } from 'vitest';
import type { Draft } from './draft';
import { importFiles } from './import-files';
import { resolveLimits } from './limits';
import { parseXml, text } from './test-helpers';
import { tracksToDraft } from './tracks';

const gpxDoc = (body: string) =>
  `<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">${body}</gpx>`;
const pt = (lat: number, lon: number, time?: string) =>
  `<trkpt lat="${lat}" lon="${lon}">${time ? `<time>${time}</time>` : ''}</trkpt>`;

function draft(file: string, xml: string): Draft {
  const d = tracksToDraft(file, xml, file.endsWith('.gpx') ? 'gpx' : 'kml', parseXml, resolveLimits());
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

  it('reads KML gx:Track and MultiTrack, and placemarks as places', () => {
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
      ['ops-camp', 'place'],
      ['ops-raid', 'event'],
    ]);
    expect(feature(d, 4).properties.time).toBe('2023-11-12T05:00:00Z');
  });

  it('rejects a track with times on only some points', () => {
    const d = draft(
      'gap.gpx',
      gpxDoc(`<trk><trkseg>${pt(18, 0.6, '2023-11-10T06:00:00Z')}${pt(18.1, 0.7)}</trkseg></trk>`),
    );
    expect(d.features).toEqual([]);
    expect(d.rejected).toEqual([
      expect.objectContaining({
        field: 'properties.coordTimes',
        value: '1 times for 2 points',
        message: 'a time on every point (2)',
      }),
    ]);
  });

  it('says when the document is not the format its name claims', () => {
    const d = tracksToDraft(
      'x.gpx',
      '<kml xmlns="http://www.opengis.net/kml/2.2"/>',
      'gpx',
      parseXml,
      resolveLimits(),
    );
    expect(d).toEqual({
      errors: [expect.objectContaining({ file: 'x.gpx', value: '"<kml>"', message: 'a <gpx> document' })],
    });
  });
});

describe('importing tracks', () => {
  it('loads a GPX file as a scenario whose movements follow the track', async () => {
    const gpx = gpxDoc(
      `<trk><name>Run</name><trkseg>${pt(18, 0.6, '2023-11-10T06:00:00Z')}${pt(18.4, 1.4, '2023-11-10T10:00:00Z')}</trkseg></trk>`,
    );
    const r = await importFiles([text('run.gpx', gpx)], { parseXml });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.scenario.movements.map((m) => m.id)).toEqual(['run-run']);
    expect(r.scenario.sides.map((s) => s.id)).toEqual(['unknown']);
    expect(r.scenario.start).toBeLessThan(Date.parse('2023-11-10T06:00:00Z'));
    expect(r.scenario.end).toBeGreaterThan(Date.parse('2023-11-10T10:00:00Z'));
  });

  it('needs an XML parser where the platform has none', async () => {
    const r = await importFiles([text('run.gpx', gpxDoc(''))]);
    expect(r).toMatchObject({ ok: false, errors: [{ message: /XML parser/ }] });
  });
});
