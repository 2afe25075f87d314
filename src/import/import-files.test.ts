import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { miniFeatures, miniFiles } from '../../tests/fixtures/mini-scenario';
import { PALETTE } from './catalog';
import { importFiles } from './import-files';
import {
  BAD_DIR,
  FOREIGN_DIR,
  KIDAL_DIR,
  readFolder,
  readInput,
  text,
} from '../../tests/support/import-helpers';
import { loadScenario } from '../scenario/load';
import { formatLoadError } from '../scenario/load-error';
import { exportScenarioZip } from '../export-data/scenario-zip';
import { reportSummary } from './report-text';

const enc = (s: string) => new TextEncoder().encode(s);

async function ok(...args: Parameters<typeof importFiles>) {
  const r = await importFiles(...args);
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r;
}

describe('importFiles: scenario folders and zips', () => {
  it('opens a folder pick and keeps its files byte for byte', async () => {
    const r = await ok(readFolder(KIDAL_DIR, 'kidal-2023'));
    expect(r.files['scenario.json']).toBe(readFileSync(join(KIDAL_DIR, 'scenario.json'), 'utf8'));
    expect(r.files['events.geojson']).toBe(readFileSync(join(KIDAL_DIR, 'events.geojson'), 'utf8'));
    expect(r.files['README.md']).toBeUndefined();
    expect(r.report).toEqual({
      loaded: r.scenario.features.length,
      context: 0,
      noun: 'features',
      rejected: [],
      notes: [],
    });
  });

  it('opens a zip with the scenario at its top level or in a folder', async () => {
    const files = miniFiles();
    const flat = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, enc(v)])));
    const nested = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [`mini/${k}`, enc(v)])));
    for (const zip of [flat, nested])
      expect((await ok([{ name: 'mini.zip', bytes: zip }])).files).toEqual(files);
  });

  it('draws a feature with a problem, says so, and writes a folder that loads the same again', async () => {
    const r = await ok(readFolder(join(BAD_DIR, 'unknown-side'), 'unknown-side'));
    expect(reportSummary(r.report, 'en')).toBe('2 feature(s) loaded, 1 drawn with problems (listed below).');
    expect(r.report.rejected).toEqual([]);
    expect(r.report.flawed!.map((e) => formatLoadError(e))).toEqual([
      'features.geojson › feature camp › properties.side: a side declared in scenario.json (blue, red) (got "green")',
    ]);
    expect(r.scenario.features.map((f) => f.id)).toContain('camp');
    expect(JSON.parse(r.files['features.geojson'] as string).features).toHaveLength(2);
    const again = await ok([{ name: 'again.zip', bytes: exportScenarioZip(r.files) }]);
    expect(again.files).toEqual(r.files);
    expect(again.report.flawed).toEqual(r.report.flawed);
  });

  it('leaves out only what cannot be drawn, and says so', async () => {
    const r = await ok([readInput(join(BAD_DIR, 'backwards-times.geojson'))]);
    expect(r.report.rejected.map((e) => `${e.feature} ${e.field}`)).toEqual([
      'column properties.coordTimes[2]',
    ]);
    expect(r.report.flawed?.map((e) => `${e.feature} ${e.field}`)).toEqual(['window properties.end']);
    expect(r.scenario.features.map((f) => f.id).sort()).toEqual(['anchor', 'window']);
  });

  it('reports files outside the scenario folder as skipped', async () => {
    const r = await ok([
      ...readFolder(join(BAD_DIR, 'unknown-source'), 'pick/scenario'),
      text('pick/other.gpx', '<gpx/>'),
    ]);
    expect(r.report.rejected).toContainEqual(
      expect.objectContaining({ file: 'pick/other.gpx', value: 'a .gpx file' }),
    );
  });
});

describe('importFiles: files without a manifest', () => {
  it('completes GeoJSON from another tool and synthesizes the manifest around it', async () => {
    const geojson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [1.4, 18.4] },
          properties: { name: 'Kidal' },
        },
        {
          type: 'Feature',
          id: 7,
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [1, 18],
                [2, 18],
                [2, 19],
                [1, 18],
              ],
            ],
          },
          properties: null,
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [0.6, 18],
              [1.4, 18.4],
            ],
          },
          properties: {
            name: 'Column',
            coordinateProperties: { times: ['2023-11-10T00:00:00Z', '2023-11-14T00:00:00Z'] },
          },
        },
      ],
    };
    const r = await ok([text('My Data.geojson', JSON.stringify(geojson))]);
    const m = JSON.parse(r.files['scenario.json'] as string);
    expect(m).toMatchObject({
      id: 'my-data',
      title: 'My Data.geojson',
      timeZone: 'UTC',
      // Four days padded by 5% a side, to whole hours.
      timeRange: { start: '2023-11-09T19:00:00Z', end: '2023-11-14T05:00:00Z' },
      sides: [{ id: 'unknown' }],
      sources: [{ id: 'my-data', title: 'My Data.geojson', date: '2023-11-14' }],
      files: ['my-data.geojson'],
    });
    // No view of its own: it opens framed on all its features, at the first dated fact (the column setting off).
    expect(m.defaultView).toBeUndefined();
    expect(m.initialTime).toBe('2023-11-10T00:00:00Z');
    expect(r.scenario.featureExtent).toEqual([0.6, 18, 2, 19]);
    expect(r.scenario.defaultView.center[0]).toBeCloseTo(1.3, 5);
    expect(r.scenario.defaultView.center[1]).toBeCloseTo(18.5, 2);
    expect(r.scenario.defaultView.zoom).toBeGreaterThan(8);
    // Untimed, another tool's point and area are context; the line with a time per point moves.
    expect(r.scenario.features.map((f) => [f.id, f.kind])).toEqual([
      ['my-data-kidal', 'context'],
      ['7', 'context'],
      ['my-data-column', 'movement'],
    ]);
    expect((await ok([{ name: 'x.zip', bytes: exportScenarioZip(r.files) }])).files).toEqual(r.files);
  });

  it('declares the sides and sources a Sandtable GeoJSON refers to, coloured from the palette', async () => {
    const r = await ok([
      text('mini.geojson', JSON.stringify({ type: 'FeatureCollection', features: miniFeatures() })),
    ]);
    expect(r.scenario.sides.map((s) => [s.id, s.color])).toEqual([
      ['blue', PALETTE[0]],
      ['red', PALETTE[1]],
    ]);
    expect(r.scenario.sources.map((s) => s.id)).toEqual(['src']);
  });

  it('loads an ACLED export with partial success spelled out', async () => {
    const r = await ok([readInput(join(BAD_DIR, 'acled-bad-rows.csv'))]);
    expect(r.report.loaded).toBe(3);
    expect(reportSummary(r.report, 'en')).toBe('3 event(s) loaded, 7 rejected.');
    expect(formatLoadError(r.report.rejected[0]!)).toMatch(
      /^acled-bad-rows\.csv › feature row 5 › event_date: /,
    );
  });

  it('combines several files into one scenario, one GeoJSON each, ignoring OS junk', async () => {
    const gpx = readFileSync(join(FOREIGN_DIR, 'track-without-times.gpx'), 'utf8');
    const r = await ok([
      text('drop/tracks.gpx', gpx),
      readInput(join(BAD_DIR, 'html-payloads.csv'), 'drop/events.csv'),
      text('drop/.DS_Store', '\0\0'),
      text(
        'drop/events.geojson',
        JSON.stringify({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [1, 18] },
          properties: {},
        }),
      ),
    ]);
    expect(JSON.parse(r.files['scenario.json'] as string).files).toEqual([
      'tracks.geojson',
      'events.geojson',
      'events-2.geojson',
    ]);
    expect(r.report.loaded).toBe(4);
    expect(reportSummary(r.report, 'en')).toBe(
      '4 feature(s) loaded, 2 of them as context (static, drawn under the campaign).',
    );
  });

  it('opens a KMZ (a zipped KML)', async () => {
    const kml =
      '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Camp</name><Point><coordinates>1.4,18.4</coordinates></Point></Placemark></kml>';
    const r = await ok([{ name: 'camp.kmz', bytes: zipSync({ 'doc.kml': enc(kml) }) }], {
      now: () => Date.UTC(2024, 0, 2, 15),
    });
    expect(r.scenario.features.map((f) => [f.id, f.kind])).toEqual([['doc-camp', 'context']]);
    // No time in the data: the range is the day of `now`.
    expect(JSON.parse(r.files['scenario.json'] as string).timeRange).toEqual({
      start: '2024-01-02T00:00:00Z',
      end: '2024-01-03T00:00:00Z',
    });
  });
});

describe('importFiles: one validator', () => {
  // An import builds its scenario from the features it has checked with the loader's buildFeature; the
  // folder it hands back for export must read back, through loadScenario alone, as the very same model.
  const cases: [string, () => Parameters<typeof importFiles>[0]][] = [
    ['the Kidal folder', () => readFolder(KIDAL_DIR, 'kidal-2023')],
    ['a folder with a flawed feature', () => readFolder(join(BAD_DIR, 'unknown-side'), 'unknown-side')],
    ['an ACLED export with bad rows', () => [readInput(join(BAD_DIR, 'acled-bad-rows.csv'))]],
    ...['context.geojson', 'orbat-mapper.json', 'time-formats.geojson', 'route.gpx', 'network-link.kml'].map(
      (name): [string, () => Parameters<typeof importFiles>[0]] => [
        name,
        () => [readInput(join(FOREIGN_DIR, name))],
      ],
    ),
  ];
  it.each(cases)('%s: loadScenario(files) gives the scenario the import built', async (_, inputs) => {
    const r = await ok(inputs());
    // A feature drawn with a problem (the undeclared side) is in the folder, and loads again drawn.
    const again = loadScenario(r.files, { drawFlawed: true });
    expect(again.ok && again.scenario).toEqual(r.scenario);
  });
});
