import { describe, expect, it } from 'vitest';
import { ArgsError, parseExportArgs } from './export-args.mjs';

describe('npm run export for data formats', () => {
  it('takes the format from --format or the extension', () => {
    expect(parseExportArgs(['--out', 'k.kml'])).toEqual({
      out: 'k.kml',
      format: 'kml',
      dataFormat: 'kml',
      lang: undefined,
    });
    expect(parseExportArgs(['--format', 'orbat-mapper', '--out', 'k.json', '--lang', 'fr'])).toMatchObject({
      dataFormat: 'orbat-mapper',
      lang: 'fr',
    });
    expect(parseExportArgs(['--out', 'k.geojson']).dataFormat).toBe('geojson');
    expect(parseExportArgs(['--out', 'k.csv']).dataFormat).toBe('csv');
    expect(parseExportArgs(['--out', 'k.kmz']).dataFormat).toBe('kmz');
  });

  it('refuses what does not apply, saying why', () => {
    expect(() => parseExportArgs(['--format', 'kml', '--out', 'k.kmz'])).toThrow(
      new ArgsError('--out "k.kmz" does not end in .kml, the format being written'),
    );
    expect(() => parseExportArgs(['--out', 'k.csv', '--fps', '3'])).toThrow(
      '--fps does not apply to a data export (csv): it writes the whole scenario',
    );
    expect(() => parseExportArgs(['--out', 'k.geojson', '--lang', 'de'])).toThrow('--lang must be en or fr');
  });
});
