import { describe, expect, it } from 'vitest';
import { testRun, text } from '../../../tests/support/import-helpers';
import { formatLoadError } from '../../scenario/load-error';
import { importFiles } from '../import-files';
import { tcxToDraft } from '../tracks';

const tcxDoc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">${body}</TrainingCenterDatabase>`;
const tp = (lat: number | null, lon: number | null, time: string) =>
  `<Trackpoint><Time>${time}</Time>${
    lat === null
      ? ''
      : `<Position><LatitudeDegrees>${lat}</LatitudeDegrees><LongitudeDegrees>${lon}</LongitudeDegrees></Position>`
  }<AltitudeMeters>450</AltitudeMeters><HeartRateBpm><Value>120</Value></HeartRateBpm></Trackpoint>`;
const lap = (...points: string[]) => `<Lap StartTime="x"><Track>${points.join('')}</Track></Lap>`;

const ride = tcxDoc(`<Activities><Activity Sport="Biking"><Id>2023-11-10T06:00:00Z</Id>
  ${lap(tp(18, 0.6, '2023-11-10T06:00:00Z'), tp(null, null, '2023-11-10T06:30:00Z'), tp(18.1, 0.7, '2023-11-10T07:00:00Z'))}
  ${lap(tp(18.2, 0.8, '2023-11-10T08:00:00Z'), tp(18.3, 0.9, '2023-11-10T09:00:00Z'))}
</Activity></Activities>`);

describe('tcxToDraft', () => {
  it('makes one timed movement of an activity, its laps joined in order, points without a position left out', () => {
    const d = tcxToDraft('ride.tcx', ride, testRun());
    if ('errors' in d) throw new Error(JSON.stringify(d.errors));
    expect(d.features).toHaveLength(1);
    const f = d.features[0] as { geometry: { coordinates: number[][] }; properties: Record<string, unknown> };
    expect(f.geometry.coordinates.map((c) => c.slice(0, 2))).toEqual([
      [0.6, 18],
      [0.7, 18.1],
      [0.8, 18.2],
      [0.9, 18.3],
    ]);
    expect(f.properties).toMatchObject({
      kind: 'movement',
      label: 'Biking 2023-11-10T06:00:00Z',
      side: 'unknown',
      certainty: 'reported',
      coordTimes: [
        '2023-11-10T06:00:00Z',
        '2023-11-10T07:00:00Z',
        '2023-11-10T08:00:00Z',
        '2023-11-10T09:00:00Z',
      ],
    });
  });

  it('names a course by its own name', () => {
    const course = tcxDoc(`<Courses><Course><Name>Kidal loop</Name>
      ${lap(tp(18, 0.6, '2023-11-10T06:00:00Z'), tp(18.1, 0.7, '2023-11-10T07:00:00Z'))}</Course></Courses>`);
    const d = tcxToDraft('loop.tcx', course, testRun());
    if ('errors' in d) throw new Error(JSON.stringify(d.errors));
    expect((d.features[0] as { properties: { label: string } }).properties.label).toBe('Kidal loop');
  });

  it('refuses XML that is not TCX, naming the file and what it found', () => {
    const d = tcxToDraft('notes.tcx', '<?xml version="1.0"?><notes/>', testRun());
    if (!('errors' in d)) throw new Error('accepted a <notes> document');
    expect(formatLoadError(d.errors[0]!)).toMatch(/^notes\.tcx: .*<TrainingCenterDatabase>.*<notes>/);
  });
});

describe('importing TCX', () => {
  it('opens a .tcx as a scenario, and recognises one saved under another extension', async () => {
    for (const name of ['ride.tcx', 'ride-export.xml']) {
      const r = await importFiles([text(name, ride)]);
      if (!r.ok) throw new Error(r.errors.map((e) => formatLoadError(e)).join('\n'));
      expect(r.scenario.movements).toHaveLength(1);
      expect(r.scenario.start).toBeLessThanOrEqual(Date.parse('2023-11-10T06:00:00Z'));
      expect(r.scenario.end).toBeGreaterThanOrEqual(Date.parse('2023-11-10T09:00:00Z'));
    }
  });
});
