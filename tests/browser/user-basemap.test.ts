import { fromFileMenu } from '../support/menus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './chromium';
import { RECORD_CSP_VIOLATIONS } from '../support/csp-violations';
import { rasterTestArchive, TEST_POINT, vectorTestArchive } from '../support/test-pmtiles';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const dir = mkdtempSync(join(tmpdir(), 'sandtable-basemap-'));
const VECTOR = join(dir, 'kidal_test.pmtiles');
const RASTER = join(dir, 'imagery.pmtiles');
writeFileSync(VECTOR, vectorTestArchive());
writeFileSync(RASTER, rasterTestArchive());

/** Over the archives' one tile a zoom, before the campaign, so little else is drawn there. */
const VIEW = { center: TEST_POINT, zoom: 8, bearing: 0, pitch: 0 };
const T = '2023-10-02T12:00:00Z';

async function mapShot(page: Page): Promise<PNG> {
  await page.evaluate((v) => window.sandtable.setView(v), VIEW);
  await page.evaluate((t) => window.sandtable.setTime(t), T);
  return PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
}

/** Share of pixels that differ between two shots of the same size. */
function changed(a: PNG, b: PNG): number {
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4)
    if (Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) > 6) n++;
  return n / (a.width * a.height);
}

const description = (page: Page) => page.locator('#map-description').textContent();

describe('your own basemap', () => {
  it('opens from disk, draws, survives a reload and goes back, all offline and under the CSP', async () => {
    const { page, foreignRequests, consoleErrors } = await openApp(browser, { init: RECORD_CSP_VIOLATIONS });
    const builtIn = await mapShot(page);

    const chooser = page.waitForEvent('filechooser');
    await fromFileMenu(page, 'Open basemap…');
    await (await chooser).setFiles(VECTOR);
    await page.waitForFunction(() => window.sandtable.basemap?.name === 'kidal_test.pmtiles');
    expect(await page.evaluate(() => window.sandtable.basemap)).toEqual({
      name: 'kidal_test.pmtiles',
      kind: 'vector',
    });
    const opened = await mapShot(page);
    expect(changed(builtIn, opened)).toBeGreaterThan(0.2);
    // Credited as its metadata says, in place of Natural Earth and the relief.
    expect(await description(page)).toContain('Test Cartographers');
    expect(await description(page)).not.toContain('Natural Earth');

    // The next session opens on it: the file was kept in IndexedDB.
    await page.reload();
    await page.evaluate(() => window.sandtable.ready);
    expect(await page.evaluate(() => window.sandtable.basemap?.name)).toBe('kidal_test.pmtiles');
    const reloaded = await mapShot(page);
    expect(changed(opened, reloaded)).toBeLessThan(0.01);

    await fromFileMenu(page, 'Use built-in basemap');
    expect(await page.evaluate(() => window.sandtable.basemap)).toBeNull();
    // The stored file is forgotten in the background (IndexedDB): reload once it is gone.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<boolean>((resolve) => {
              const req = indexedDB.open('sandtable-basemap');
              req.onsuccess = () => {
                const get = req.result.transaction('basemap').objectStore('basemap').count('current');
                get.onsuccess = () => resolve(get.result > 0);
                get.onerror = () => resolve(true);
              };
              req.onerror = () => resolve(true);
            }),
        ),
      )
      .toBe(false);
    await page.reload();
    await page.evaluate(() => window.sandtable.ready);
    expect(await page.evaluate(() => window.sandtable.basemap)).toBeNull();
    expect(changed(builtIn, await mapShot(page))).toBeLessThan(0.01);

    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('says why a file is not a basemap, and keeps the one it had', async () => {
    const { page, consoleErrors } = await openApp(browser);
    const notes = join(dir, 'notes.pmtiles');
    writeFileSync(notes, 'not an archive');
    await page.setInputFiles('input[data-basemap-input]', notes);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /^This is not a PMTiles basemap: notes\.pmtiles\. Choose a \.pmtiles file/,
    );
    expect(await page.evaluate(() => window.sandtable.basemap)).toBeNull();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('exports through the CLI with --basemap', () => {
    const out = (name: string) => join(dir, name);
    const still = (file: string, extra: string[]) =>
      spawnSync(
        process.execPath,
        [
          join(import.meta.dirname, '..', '..', 'scripts', 'export-cli.mjs'),
          ...['--time', T, '--size', '480x270', '--view', `${TEST_POINT.join(',')},8`, '--out', file],
          ...extra,
        ],
        { encoding: 'utf8', timeout: 110_000, env: { ...process.env, SANDTABLE_EXPORT_NO_BUILD: '1' } },
      );
    const withBasemap = still(out('raster.png'), ['--basemap', RASTER]);
    expect(withBasemap.stderr).toBe('');
    expect(withBasemap.status).toBe(0);
    const plain = still(out('built-in.png'), []);
    expect(plain.status).toBe(0);
    const a = PNG.sync.read(readFileSync(out('raster.png')));
    const b = PNG.sync.read(readFileSync(out('built-in.png')));
    expect([a.width, a.height]).toEqual([480, 270]);
    // The checkerboard imagery instead of the built-in ground.
    expect(changed(a, b)).toBeGreaterThan(0.3);
    const missing = still(out('x.png'), ['--basemap', join(dir, 'nowhere.pmtiles')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nowhere\.pmtiles/);
  });
});
