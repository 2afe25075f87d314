import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { frameAt } from '../frame/frame-at';
import { importFiles } from './import-files';
import { resolveLimits } from './limits';
import { KIDAL_DIR, readFolder } from '../../tests/support/import-helpers';
import { exportScenarioZip } from '../export-data/scenario-zip';
import { readZip } from './zip';

const limits = resolveLimits();
const bytes = (s: string) => new TextEncoder().encode(s);

describe('readZip', () => {
  it('reads stored and deflated entries, skipping folders and OS junk', () => {
    const zip = zipSync({
      'a/scenario.json': [bytes('{"x":1}'), { level: 0 }],
      'a/big.geojson': bytes('{"features":[' + '1,'.repeat(50_000) + '1]}'),
      'a/sub/': new Uint8Array(0),
      '__MACOSX/a/._big.geojson': bytes('junk'),
      'a/.DS_Store': bytes('junk'),
    });
    const read = readZip('x.zip', zip, limits);
    expect(read.errors).toBeUndefined();
    expect(read.entries?.map((e) => e.name)).toEqual(['a/scenario.json', 'a/big.geojson']);
    expect(new TextDecoder().decode(read.entries?.[1]?.bytes)).toMatch(/^\{"features":\[1,1,/);
  });

  it('checks the compression ratio before inflating', () => {
    const zip = zipSync({ 'zeros.geojson': new Uint8Array(5_000_000) });
    const read = readZip('z.zip', zip, limits);
    expect(read.errors?.[0]).toMatchObject({ file: 'z.zip', field: 'zeros.geojson' });
    expect(read.errors?.[0]?.message).toMatch(/compression ratio of at most 200:1/);
  });

  it('refuses encrypted entries and unknown methods with the entry named', () => {
    const zip = zipSync({ 'a.geojson': [bytes('{}'), { level: 0 }] });
    const central = zip.findIndex(
      (_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2,
    );
    const method = zip.slice();
    method[central + 10] = 14; // LZMA
    expect(readZip('m.zip', method, limits).errors?.[0]?.message).toMatch(/stored or deflated/);
    const locked = zip.slice();
    locked[central + 8] = 1;
    expect(readZip('e.zip', locked, limits).errors?.[0]?.message).toMatch(/without a password/);
  });

  it('reports a truncated archive instead of throwing', () => {
    const zip = zipSync({ 'a.geojson': bytes('{"type":"FeatureCollection","features":[]}'.repeat(100)) });
    for (const cut of [10, zip.length / 2, zip.length - 30]) {
      const read = readZip('t.zip', zip.subarray(0, Math.floor(cut)), limits);
      expect(read.entries).toBeUndefined();
      expect(read.errors).toHaveLength(1);
      expect(read.errors?.[0]).toMatchObject({ file: 't.zip', field: '' });
      expect(read.errors?.[0]?.message).toMatch(/^a zip archive \(no end-of-archive record found\)$/);
    }
    // The end record kept but the entry's bytes cut out: the directory points past the data.
    const end = zip.length - 22;
    const gutted = new Uint8Array([...zip.subarray(0, 40), ...zip.subarray(end - 60)]);
    const read = readZip('t.zip', gutted, limits);
    expect(read.entries).toBeUndefined();
    expect(read.errors?.[0]).toMatchObject({
      file: 't.zip',
      value: 'entry 1',
      message: 'an intact zip (central directory is corrupt)',
    });
  });
});

describe('exportScenarioZip', () => {
  it('writes the same bytes for the same scenario, in a folder named after it', () => {
    const files = { 'scenario.json': '{"id":"demo"}', 'a.geojson': '{}' };
    const a = exportScenarioZip(files);
    expect(exportScenarioZip({ 'a.geojson': '{}', 'scenario.json': '{"id":"demo"}' })).toEqual(a);
    expect(readZip('demo.zip', a, limits).entries?.map((e) => e.name)).toEqual([
      'demo/a.geojson',
      'demo/scenario.json',
    ]);
  });

  it('round-trips the Kidal scenario: same files, same frames', async () => {
    const picked = await importFiles(readFolder(KIDAL_DIR, 'kidal-2023'));
    if (!picked.ok) throw new Error(JSON.stringify(picked.errors));
    expect(Object.keys(picked.files)).toEqual(
      expect.arrayContaining(['scenario.json', 'events.geojson', 'movements.geojson', 'places.geojson']),
    );
    expect(picked.report.rejected).toEqual([]);

    const zip = exportScenarioZip(picked.files);
    const back = await importFiles([{ name: 'kidal-2023.zip', bytes: zip }]);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.files).toEqual(picked.files);
    const a = picked.scenario;
    const b = back.scenario;
    expect(b.features.map((f) => f.id)).toEqual(a.features.map((f) => f.id));
    for (const k of [0, 0.1, 0.37, 0.5, 0.8, 0.999, 1]) {
      const t = a.start + k * (a.end - a.start);
      expect(frameAt(b, t)).toEqual(frameAt(a, t));
    }
  });
});
