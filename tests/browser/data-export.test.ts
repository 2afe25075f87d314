import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser } from 'playwright-core';
import { launch, openApp } from './chromium';
import { fromFileMenu } from '../support/menus';

// Export scenario → a format → the file, from the dialog, the scripting API and the CLI (issue #22).

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const FORMATS = [
  ['KML: Google Earth', 'kidal-2023.kml', '<gx:Track>'],
  ['KMZ: KML with the unit symbols', 'kidal-2023.kmz', 'PK'],
  ['GeoJSON: QGIS', 'kidal-2023.geojson', '"FeatureCollection"'],
  ['ORBAT Mapper scenario', 'kidal-2023.orbat.json', '"ORBAT-mapper"'],
  ['CSV: a table of dated facts', 'kidal-2023.csv', 'time,end,kind,label'],
] as const;

describe('Export scenario in other formats', () => {
  it('saves each format from the dialog and lists what the format cannot keep', async () => {
    const { page, consoleErrors, foreignRequests } = await openApp(browser, { width: 1280, height: 720 });
    for (const [label, file, marker] of FORMATS) {
      await fromFileMenu(page, 'Export scenario');
      await page.getByLabel(label).check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('data-export-save').click(),
      ]);
      expect(download.suggestedFilename()).toBe(file);
      const bytes = readFileSync((await download.path())!);
      expect(bytes.toString('latin1')).toContain(marker);
      if (file.endsWith('.kmz')) {
        const zip = unzipSync(new Uint8Array(bytes));
        // The unit symbols as PNG icons, drawn in the page.
        const icons = Object.keys(zip).filter((k) => k.startsWith('icons/'));
        expect(icons.length).toBeGreaterThan(0);
        expect([...zip[icons[0]!]!.subarray(1, 4)]).toEqual([80, 78, 71]);
        expect(strFromU8(zip['doc.kml']!)).toContain(`<href>${icons[0]}</href>`);
      }
      await expect
        .poll(() => page.getByRole('dialog').textContent())
        .toContain('What this format cannot keep');
      await page.getByRole('button', { name: 'Cancel' }).click();
    }
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('exports each format through window.sandtable.exportData', async () => {
    const { page } = await openApp(browser, { width: 960, height: 600 });
    const results = await page.evaluate(async () => {
      const out: Record<string, { kind: string; size: number; notes: number; name: string }> = {};
      for (const f of ['kml', 'kmz', 'geojson', 'orbat-mapper', 'csv'] as const) {
        const r = await window.sandtable.exportData(f, { lang: 'fr' });
        out[f] = {
          kind: typeof r.data === 'string' ? 'string' : r.data instanceof Blob ? 'blob' : '?',
          size: typeof r.data === 'string' ? r.data.length : r.data.size,
          notes: r.notes.length,
          name: r.fileName,
        };
      }
      return out;
    });
    expect(results.kmz!.kind).toBe('blob');
    for (const f of ['kml', 'geojson', 'orbat-mapper', 'csv']) expect(results[f]!.kind).toBe('string');
    for (const r of Object.values(results)) {
      expect(r.size).toBeGreaterThan(1000);
      expect(r.notes).toBeGreaterThan(0);
    }
    await expect(page.evaluate(() => window.sandtable.exportData('shp' as never))).rejects.toThrow(
      /Unknown format "shp"/,
    );
    await page.context().close();
  });

  it('writes a data format from the command line', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sandtable-data-')), 'kidal.geojson');
    const r = spawnSync(
      process.execPath,
      [
        join(import.meta.dirname, '..', '..', 'scripts', 'export-cli.mjs'),
        '--format',
        'geojson',
        '--out',
        out,
      ],
      { encoding: 'utf8', timeout: 110_000, env: { ...process.env, SANDTABLE_EXPORT_NO_BUILD: '1' } },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/what the format cannot keep/);
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    expect(fc.type).toBe('FeatureCollection');
    expect(existsSync(`${out}.part`)).toBe(false);
  });
});
