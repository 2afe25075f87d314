import { statSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { LoadError } from '../scenario/load-error';
import { importFiles } from './import-files';
import { BAD_DIR, parseXml, readFolder, readInput, text } from '../../tests/support/import-helpers';
import type { ImportInput, ImportOptions } from './types';

/** A fixture of tests/fixtures/bad/: a folder is picked as a folder, a file as a file. */
function fixture(name: string): ImportInput[] {
  const path = join(BAD_DIR, name);
  return statSync(path).isDirectory() ? readFolder(path, name) : [readInput(path)];
}

/** 300 MB of zeros, deflated to ~300 kB: the classic bomb, made here rather than committed. */
function zipBomb(): Uint8Array {
  return zipSync({ 'bomb.geojson': new Uint8Array(300_000_000) }, { level: 1 });
}

/** A bomb whose headers claim 1 kB: only the cap while inflating can stop it. */
function lyingZipBomb(): Uint8Array {
  const zip = zipSync({ 'liar.geojson': new Uint8Array(20_000_000) }, { level: 1 });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  view.setUint32(22, 1000, true); // local header: uncompressed size
  for (let i = zip.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 24, 1000, true); // central directory: uncompressed size
      break;
    }
  }
  return zip;
}

// Prettier checks every JSON file in the repo and cannot parse these two, so they are made here, not committed.
const MALFORMED_JSON =
  '{"type": "FeatureCollection", "features": [\n  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1.4, 18.4]},\n';
const BROKEN_COLLECTION = '{"type":"FeatureCollection","features":[}\n';

interface Case {
  name: string;
  inputs: () => ImportInput[];
  options?: ImportOptions;
  /** Features that still load (partial success), or undefined when the import must fail. */
  loaded?: number;
  /** The specific error expected, among the errors (failure) or the rejected (partial success). */
  error: Partial<Omit<LoadError, 'message' | 'value'>> & { message: RegExp; value?: string | RegExp };
}

const CASES: Case[] = [
  {
    name: 'malformed-json.geojson',
    inputs: () => [text('malformed-json.geojson', MALFORMED_JSON)],
    error: { file: 'malformed-json.geojson', field: '', message: /^valid JSON: / },
  },
  {
    name: 'nan-literal.geojson',
    inputs: () => fixture('nan-literal.geojson'),
    error: { file: 'nan-literal.geojson', message: /^valid JSON: .*NaN/ },
  },
  {
    name: 'not-geojson.json',
    inputs: () => fixture('not-geojson.json'),
    error: { field: 'type', value: '"Topology"', message: /FeatureCollection, Feature or Geometry/ },
  },
  {
    name: 'wrong-geometry.geojson',
    inputs: () => fixture('wrong-geometry.geojson'),
    loaded: 1,
    error: {
      feature: 'column',
      field: 'geometry.type',
      value: '"Point"',
      message: /^LineString for a movement$/,
    },
  },
  {
    name: 'unclosed-polygon.geojson',
    inputs: () => fixture('unclosed-polygon.geojson'),
    loaded: 1,
    error: { feature: 'zone', field: 'geometry.coordinates[0]', value: '[1.3,18.5]', message: /closed ring/ },
  },
  {
    name: 'nan-coordinates.geojson',
    inputs: () => fixture('nan-coordinates.geojson'),
    loaded: 1,
    error: {
      feature: 'strike-nan',
      field: 'geometry.coordinates[0]',
      value: '"NaN"',
      message: /longitude between -180 and 180/,
    },
  },
  {
    name: 'nan-coordinates.geojson (null)',
    inputs: () => fixture('nan-coordinates.geojson'),
    loaded: 1,
    error: {
      feature: 'strike-null',
      field: 'geometry.coordinates[1]',
      value: 'null',
      message: /latitude between -90 and 90/,
    },
  },
  {
    name: 'out-of-range.geojson',
    inputs: () => fixture('out-of-range.geojson'),
    loaded: 1,
    error: {
      feature: 'lon-200',
      field: 'geometry.coordinates[0]',
      value: '200',
      message: /longitude between -180 and 180/,
    },
  },
  {
    name: 'out-of-range.geojson (lat)',
    inputs: () => fixture('out-of-range.geojson'),
    loaded: 1,
    error: {
      feature: 'lat-95',
      field: 'geometry.coordinates[1]',
      value: '95',
      message: /latitude between -90 and 90/,
    },
  },
  {
    // The time without a zone loads, read as UTC (see tests/fixtures/foreign): only the word is refused.
    name: 'not-a-date.geojson',
    inputs: () => fixture('not-a-date.geojson'),
    // The feature whose time is not a time is drawn (at every time), its problem listed.
    loaded: 3,
    error: {
      feature: 'when-yesterday',
      field: 'properties.time',
      value: '"yesterday"',
      message: /ISO 8601 date-time with a zone/,
    },
  },
  {
    name: 'backwards-times.geojson',
    inputs: () => fixture('backwards-times.geojson'),
    loaded: 2,
    error: {
      feature: 'column',
      field: 'properties.coordTimes[2]',
      value: '"2023-11-11T00:00:00Z"',
      message: /not before the previous vertex/,
    },
  },
  {
    name: 'backwards-times.geojson (window)',
    inputs: () => fixture('backwards-times.geojson'),
    // The window that ends before it starts is drawn, its problem listed; the movement cannot move backwards.
    loaded: 2,
    error: { feature: 'window', field: 'properties.end', message: /not before start/ },
  },
  {
    name: 'duplicate-ids.geojson',
    inputs: () => fixture('duplicate-ids.geojson'),
    loaded: 2,
    error: { feature: 'dup', field: 'properties.id', message: /an id not already used/ },
  },
  {
    name: 'unknown-side/',
    inputs: () => fixture('unknown-side'),
    // Drawn in a neutral colour, its problem listed.
    loaded: 2,
    error: {
      file: 'features.geojson',
      feature: 'camp',
      field: 'properties.side',
      value: '"green"',
      message: /a side declared in scenario.json \(blue, red\)/,
    },
  },
  {
    name: 'unknown-source/',
    inputs: () => fixture('unknown-source'),
    loaded: 2,
    error: {
      file: 'features.geojson',
      feature: 'camp',
      field: 'properties.sources[1]',
      value: '"nope"',
      message: /a source id declared/,
    },
  },
  {
    name: 'bad-manifest/',
    inputs: () => fixture('bad-manifest'),
    error: { file: 'scenario.json', field: 'timeRange.end', message: /a time after timeRange.start/ },
  },
  {
    name: 'one-file-broken/',
    inputs: () => [...fixture('one-file-broken'), text('one-file-broken/broken.geojson', BROKEN_COLLECTION)],
    loaded: 1,
    error: { file: 'broken.geojson', field: '', message: /^valid JSON/ },
  },
  {
    name: 'wrong-columns.csv',
    inputs: () => fixture('wrong-columns.csv'),
    error: {
      file: 'wrong-columns.csv',
      feature: 'row 1',
      field: 'header',
      message: /missing: event_id_cnty, event_date.*\(found: id, date, lat, lon, description\)/,
    },
  },
  {
    name: 'unclosed-quote.csv',
    inputs: () => fixture('unclosed-quote.csv'),
    error: { file: 'unclosed-quote.csv', feature: 'row 3', message: /closing quote/ },
  },
  {
    name: 'acled-bad-rows.csv (date)',
    inputs: () => fixture('acled-bad-rows.csv'),
    loaded: 3,
    error: {
      file: 'acled-bad-rows.csv',
      feature: 'row 5',
      field: 'event_date',
      value: '"2023-13-45"',
      message: /YYYY-MM-DD/,
    },
  },
  {
    name: 'acled-bad-rows.csv (precision)',
    inputs: () => fixture('acled-bad-rows.csv'),
    loaded: 3,
    error: { feature: 'row 6', field: 'time_precision', value: '"4"', message: /1 \(day\)/ },
  },
  {
    name: 'acled-bad-rows.csv (NaN)',
    inputs: () => fixture('acled-bad-rows.csv'),
    loaded: 3,
    error: { feature: 'row 7', field: 'latitude', value: '"NaN"', message: /latitude/ },
  },
  {
    name: 'acled-bad-rows.csv (range)',
    inputs: () => fixture('acled-bad-rows.csv'),
    loaded: 3,
    error: { feature: 'row 8', field: 'longitude', value: '"181.5"', message: /longitude/ },
  },
  {
    name: 'acled-bad-rows.csv (fatalities)',
    inputs: () => fixture('acled-bad-rows.csv'),
    loaded: 3,
    error: { feature: 'row 9', field: 'fatalities', value: '"-3"', message: /whole number/ },
  },
  {
    name: 'acled-bad-rows.csv (duplicate)',
    inputs: () => fixture('acled-bad-rows.csv'),
    loaded: 3,
    error: {
      file: 'acled-bad-rows.csv',
      feature: 'row 10',
      field: 'properties.id',
      message: /also in acled-bad-rows.csv row 2/,
    },
  },
  {
    name: 'acled-bad-rows.csv (short row)',
    inputs: () => fixture('acled-bad-rows.csv'),
    loaded: 3,
    error: { feature: 'row 12', value: '"3 fields"', message: /31 fields/ },
  },
  {
    name: 'broken.kml',
    inputs: () => fixture('broken.kml'),
    error: { file: 'broken.kml', message: /well-formed KML/ },
  },
  {
    name: 'notes.txt',
    inputs: () => fixture('notes.txt'),
    error: {
      file: 'notes.txt',
      value: 'a .txt file',
      message: /\.geojson, \.kml\/\.kmz, \.gpx, \.tcx, ACLED \.csv or ORBAT Mapper \.json/,
    },
  },
  {
    name: 'huge file (60 MB of spaces)',
    inputs: () => [{ name: 'huge.geojson', bytes: new Uint8Array(60_000_000).fill(0x20) }],
    error: { file: 'huge.geojson', value: '60.0 MB', message: /at most 50.0 MB \(the per-file size limit\)/ },
  },
  {
    name: 'too much in all',
    inputs: () =>
      Array.from({ length: 5 }, (_, i) => ({ name: `part-${i}.geojson`, bytes: new Uint8Array(45_000_000) })),
    error: { value: '225.0 MB', message: /at most 200.0 MB in all/ },
  },
  {
    name: 'zip bomb (300 MB of zeros)',
    inputs: () => [{ name: 'bomb.zip', bytes: zipBomb() }],
    error: { file: 'bomb.zip', field: 'bomb.geojson', value: '300.0 MB', message: /per-file size limit/ },
  },
  {
    name: 'zip bomb with lying headers',
    inputs: () => [{ name: 'liar.zip', bytes: lyingZipBomb() }],
    error: { file: 'liar.zip', field: 'liar.geojson', message: /exactly the 1.0 kB its header declares/ },
  },
  {
    name: 'zip with ../ entry',
    inputs: () => [{ name: 'slip.zip', bytes: zipSync({ '../evil.geojson': new Uint8Array(10) }) }],
    error: { file: 'slip.zip', field: '../evil.geojson', message: /stays inside the archive/ },
  },
  {
    name: 'zip with absolute entry',
    inputs: () => [{ name: 'abs.zip', bytes: zipSync({ '/etc/evil.geojson': new Uint8Array(10) }) }],
    error: { field: '/etc/evil.geojson', message: /relative path/ },
  },
  {
    name: 'not a zip',
    inputs: () => [text('fake.zip', 'hello')],
    error: { file: 'fake.zip', message: /a zip archive/ },
  },
  {
    name: 'binary garbage',
    inputs: () => [{ name: 'garbage.geojson', bytes: Uint8Array.from([0xff, 0xfe, 0x00, 0xc3, 0x28]) }],
    error: { file: 'garbage.geojson', message: /UTF-8 text/ },
  },
  {
    name: 'too many features',
    inputs: () => fixture('duplicate-ids.geojson'),
    options: { limits: { features: 2 } },
    error: { field: 'features', value: '3 features', message: /at most 2 features/ },
  },
  {
    name: 'too many vertices in a geometry',
    inputs: () => fixture('unclosed-polygon.geojson'),
    options: { limits: { verticesPerGeometry: 3 } },
    loaded: 1,
    error: {
      feature: '#1',
      field: 'geometry',
      value: '4 vertices',
      message: /at most 3 vertices in one geometry/,
    },
  },
  {
    name: 'too many vertices in all',
    inputs: () => fixture('backwards-times.geojson'),
    options: { limits: { vertices: 0 } },
    error: { field: 'geometry', value: '2 vertices', message: /at most 0 vertices in one import/ },
  },
  {
    name: 'two scenarios at once',
    inputs: () => [...fixture('unknown-side'), ...fixture('unknown-source')],
    error: { message: /one scenario at a time/ },
  },
  { name: 'nothing picked', inputs: () => [], error: { message: /at least one file/ } },
];

describe('bad inputs (tests/fixtures/bad/)', () => {
  // A long timeout: making a 300 MB zip bomb takes seconds on a busy two-core machine.
  it.each(CASES)(
    '$name yields its specific error',
    async ({ inputs, options, loaded, error }) => {
      const result = await importFiles(inputs(), { parseXml, ...options });
      // Features drawn with a problem have it listed too (report.flawed), as dropped ones do (report.rejected).
      const problems = result.ok
        ? [...result.report.rejected, ...(result.report.flawed ?? [])]
        : result.errors;
      if (loaded === undefined) expect(result.ok, JSON.stringify(problems)).toBe(false);
      else {
        expect(result.ok, JSON.stringify(problems)).toBe(true);
        if (result.ok) expect(result.report.loaded).toBe(loaded);
      }
      const { message, value, ...exact } = error;
      const match = problems.find(
        (p) =>
          Object.entries(exact).every(([k, v]) => p[k as keyof LoadError] === v) &&
          message.test(p.message) &&
          (value === undefined || (typeof value === 'string' ? p.value === value : value.test(p.value))),
      );
      expect(
        match,
        `no error like ${JSON.stringify({ ...error, message: String(message) })} in ${JSON.stringify(problems, null, 1)}`,
      ).toBeDefined();
    },
    30_000,
  );

  it('explains any bytes (every fixture, truncated at every 7th byte): the file named, never a bug', async () => {
    for (const c of CASES.filter((c) => !/zip bomb|huge|too much/.test(c.name))) {
      for (const input of c.inputs()) {
        for (let cut = 0; cut < Math.min(input.bytes.length, 600); cut += 7) {
          const result = await importFiles([{ name: input.name, bytes: input.bytes.subarray(0, cut) }], {
            parseXml,
          });
          if (result.ok) continue;
          const where = `${input.name} cut at ${cut}`;
          expect(result.errors.length, where).toBeGreaterThan(0);
          for (const e of result.errors) {
            // importFiles catches what the importer throws and calls it a bug: a truncated file must not get there.
            expect(e.message, where).not.toMatch(/Sandtable bug/);
            expect(e.file, where).toContain(input.name.split('/').pop());
            expect(e.message.trim(), where).not.toBe('');
          }
        }
      }
    }
  });
});

const PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe('HTML/script payloads load as inert text, verbatim', () => {
  it('in every text field of a scenario folder', async () => {
    const r = await importFiles(fixture('html-payloads'));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const s = r.scenario;
    const side = s.sideById.get('blue');
    const source = s.sourceById.get('src');
    const p = s.features[0]?.props as Record<string, unknown>;
    const texts = [
      s.title,
      s.description,
      side?.name,
      side?.shortName,
      side?.description,
      source?.title,
      source?.publisher,
      source?.reported,
      p.label,
      p.mapLabel,
      p.note,
      p.disagreement,
      p.extra,
      (p.claims as { text: string }[])[0]?.text,
      (p.casualties as { according: string }[])[0]?.according,
      (p.casualties as { short: string }[])[0]?.short,
    ];
    for (const t of texts) {
      const values = typeof t === 'object' && t !== null ? Object.values(t) : [t];
      for (const v of values)
        expect(v).toMatch(/ <script>alert\("x"\)<\/script><img src=x onerror=alert\(1\)>$/);
    }
    expect(texts).toHaveLength(16);
  });

  it('in every text column of an ACLED export', async () => {
    const r = await importFiles(fixture('html-payloads.csv'));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const p = r.scenario.features[0]?.props as Record<string, unknown>;
    expect(p.label).toBe(`Clash ${PAYLOAD}, Place ${PAYLOAD}`);
    expect(p.note).toContain(`Notes ${PAYLOAD}\n\nActor ${PAYLOAD} vs Other ${PAYLOAD}.`);
    expect(r.scenario.sides.map((s) => s.name)).toContain(`Actor ${PAYLOAD}`);
    expect(r.scenario.sources.map((s) => s.title)).toContain(`Source ${PAYLOAD}`);
  });

  it('in GPX names and descriptions', async () => {
    const r = await importFiles(fixture('html-payloads.gpx'), { parseXml });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const p = r.scenario.movements[0]?.props as Record<string, unknown>;
    expect(p.label).toBe(`Track ${PAYLOAD}`);
    expect((p.foreign as Record<string, unknown>).desc).toBe('<script>alert("desc")</script>');
  });
});
