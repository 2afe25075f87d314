import { fromFileMenu } from '../support/menus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { failOnBrowserDialogs, launch, openApp } from './chromium';
import { embedBriefing } from '../../src/single/briefing-file';
import { readScenarioFiles } from '../support/kidal-data';
import { WORLD_CASES, worldScenarioFiles } from '../fixtures/world-scenarios';
import { readPmtiles } from '../../src/single/pmtiles-extract.mjs';
import { BASEMAP_BLOCK_ID } from '../../src/single/basemap-block';

const SINGLE = resolve('dist-single/sandtable.html');

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(SINGLE)) throw new Error(`${SINGLE} is missing: run npm run build`);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens an HTML file from disk and records every request other than the file itself, data: and blob:. */
async function openFile(path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  failOnBrowserDialogs(context);
  const page = await context.newPage();
  const url = pathToFileURL(path).href;
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (u.split('?')[0] !== url && !u.startsWith('data:') && !u.startsWith('blob:')) requests.push(u);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${url}?antialias=0`);
  await page.waitForFunction(() => 'sandtable' in window, null, { timeout: 60_000 });
  await page.evaluate(() => window.sandtable.ready);
  return { page, requests, errors };
}

const chapterCaption = (page: Page) => page.locator('.presenter .caption h2').textContent();

describe('the briefing as one file', () => {
  it('opens from disk with no server: ready, no request, no policy violation, presenter mode works', async () => {
    const html = readFileSync(SINGLE, 'utf8');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"/);

    const { page, requests, errors } = await openFile(SINGLE);
    await page.evaluate(() => window.sandtable.setTime('2023-11-13T14:00:00Z'));
    const moving = await page.evaluate(() => window.sandtable.frame().movements.length);
    expect(moving).toBeGreaterThan(0);
    // The basemap is there: the map is not one flat colour.
    const shot = PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
    const seen = new Set<number>();
    for (let i = 0; i < shot.data.length; i += 4 * 97)
      seen.add((shot.data[i]! << 16) | (shot.data[i + 1]! << 8) | shot.data[i + 2]!);
    const colours = seen.size;
    expect(colours).toBeGreaterThan(20);

    await page.getByRole('button', { name: 'Present' }).click();
    await page.locator('.presenter').waitFor();
    const first = await chapterCaption(page);
    await page.keyboard.press('PageDown');
    await page.waitForFunction(
      (before) => document.querySelector('.presenter .caption h2')?.textContent !== before,
      first,
    );
    expect(await chapterCaption(page)).not.toBe(first);
    await page.keyboard.press('Escape');
    await page.locator('.presenter').waitFor({ state: 'detached' });

    expect(requests).toEqual([]);
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a saved briefing on its own scenario, time and chapter', async () => {
    // What "Save briefing as one file…" writes: the single file's HTML with the briefing embedded.
    const files = readScenarioFiles();
    const manifest = JSON.parse(files['scenario.json']!);
    manifest.title = { en: 'Kidal, saved for the room </script>', fr: 'Kidal, pour la salle' };
    const t = Date.parse('2023-11-14T09:00:00Z');
    const saved = embedBriefing(readFileSync(SINGLE, 'utf8'), {
      files: { ...files, 'scenario.json': JSON.stringify(manifest) },
      chapter: 'fall-14nov',
      t,
    });
    const path = join(mkdtempSync(join(tmpdir(), 'sandtable-')), 'briefing.html');
    writeFileSync(path, saved);
    const { page, requests, errors } = await openFile(path);
    expect(await page.getByText('Kidal, saved for the room </script>').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.sandtable.time)).toBe(t);
    expect(await page.getByRole('combobox', { name: 'Chapter' }).inputValue()).toBe('fall-14nov');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('saves the briefing in view from the served app as one file, opening on the current chapter', async () => {
    const served = await openApp(browser, { hash: '#t=2023-11-13T14:00Z&chapter=southern-flank-13nov' });
    const [download] = await Promise.all([
      served.page.waitForEvent('download'),
      fromFileMenu(served.page, 'Save briefing as one file…'),
    ]);
    expect(download.suggestedFilename()).toBe('kidal-2023-briefing.html');
    const path = join(mkdtempSync(join(tmpdir(), 'sandtable-')), download.suggestedFilename());
    await download.saveAs(path);
    expect(served.foreignRequests).toEqual([]);
    expect(served.consoleErrors).toEqual([]);
    await served.page.context().close();

    const { page, requests, errors } = await openFile(path);
    expect(await page.evaluate(() => window.sandtable.time)).toBe(Date.parse('2023-11-13T14:00:00Z'));
    expect(await page.getByRole('combobox', { name: 'Chapter' }).inputValue()).toBe('southern-flank-13nov');
    // Shift+Present: from the chapter on screen (Present alone starts the briefing at chapter 1).
    await page.getByRole('button', { name: 'Present' }).click({ modifiers: ['Shift'] });
    expect(await page.locator('.presenter .caption h2').textContent()).toBe(
      await page.evaluate(
        () => window.sandtable.chapters.find((c) => c.id === 'southern-flank-13nov')!.title,
      ),
    );
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("saves a briefing elsewhere with the basemap of its own region, not Kidal's", async () => {
    const narvik = WORLD_CASES.find((c) => c.id === 'narvik')!;
    const served = await openApp(browser, {});
    const files = Object.entries(worldScenarioFiles(narvik)).map(([name, text]) => ({ name, text }));
    expect((await served.page.evaluate((f) => window.sandtable.open(f), files)).errors).toEqual([]);
    const [download] = await Promise.all([
      served.page.waitForEvent('download'),
      fromFileMenu(served.page, 'Save briefing as one file…'),
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'sandtable-')), download.suggestedFilename());
    await download.saveAs(path);
    expect(served.foreignRequests).toEqual([]);
    expect(served.consoleErrors).toEqual([]);
    await served.page.context().close();

    const html = readFileSync(path, 'utf8');
    const block = new RegExp(`id="${BASEMAP_BLOCK_ID}">([^<]*)</script>`).exec(html)?.[1];
    const archives = JSON.parse(block ?? '{}') as Record<string, string>;
    const places = readPmtiles(Buffer.from(archives['places.pmtiles'] ?? '', 'base64')).tiles;
    // z10 tiles over Narvik (17.4° E, 68.4° N) are there; none over Kidal (1.4° E, 18.4° N) past zoom 4.
    const tileX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
    expect(places.some((t) => t.z === 10 && t.x === tileX(17.4, 10))).toBe(true);
    expect(places.some((t) => t.z > 4 && t.x === tileX(1.4, t.z))).toBe(false);
    expect(html.length).toBeLessThan(readFileSync(SINGLE, 'utf8').length);

    const { page, requests, errors } = await openFile(path);
    expect(await page.evaluate(() => window.sandtable.scenario.id)).toBe('narvik');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
