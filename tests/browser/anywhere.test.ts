import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, openApp } from './chromium';
import { RECORD_CSP_VIOLATIONS } from '../support/csp-violations';
import { REPO } from '../support/import-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const INPUT = '[data-testid="scenario-file-input"]';
const REGIONAL = 'Regional roads';

/** A small campaign in each region (tests/fixtures/anywhere), and the country its inset must show. */
const REGIONS: [file: string, country: string][] = [
  ['el-fasher', 'Sudan'],
  ['bakhmut', 'Ukraine'],
  ['goose-green', 'Falkland Is.'],
  ['narvik', 'Norway'],
  ['gaza', 'Israel'],
];

/** Every position of the fixture's features. */
function positions(text: string): [number, number][] {
  const fc = JSON.parse(text) as { features: { geometry: { type: string; coordinates: unknown } }[] };
  return fc.features.flatMap(
    (f) =>
      (f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates) as [number, number][],
  );
}

describe('a campaign anywhere, opened as a user would', () => {
  it('Kidal still shows Mali and credits its schematic roads', async () => {
    const { page } = await openApp(browser, { width: 1280, height: 720 });
    const f = await page.evaluate(() => window.sandtable.furniture());
    expect(f.inset?.countries).toEqual(['Mali']);
    expect(f.credits).toContain(REGIONAL);
    await page.context().close();
  });

  for (const [file, country] of REGIONS)
    it(`${file}: its own inset, its own credits, framed on all of it, something on the map`, async () => {
      const { page, consoleErrors, foreignRequests } = await openApp(browser, {
        width: 1280,
        height: 720,
        init: RECORD_CSP_VIOLATIONS,
      });
      const text = readFileSync(join(REPO, 'tests/fixtures/anywhere', `${file}.geojson`), 'utf8');
      await page.setInputFiles(INPUT, {
        name: `${file}.geojson`,
        mimeType: 'application/geo+json',
        buffer: Buffer.from(text),
      });
      await page.waitForFunction(() => window.sandtable.scenario.id !== 'kidal-2023', null, {
        timeout: 30_000,
      });
      // The frame at the opening moment, drawn.
      await page.evaluate(() => window.sandtable.setTime(window.sandtable.time));

      const f = await page.evaluate(() => window.sandtable.furniture());
      expect(f.inset?.countries).toEqual([country]);
      expect(f.inset?.countries).not.toContain('Mali');
      expect(f.credits).not.toContain(REGIONAL);
      expect(f.credits.length).toBeGreaterThan(0);

      const size = await page.evaluate(() => {
        const c = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
        return { width: c.clientWidth, height: c.clientHeight };
      });
      for (const p of positions(text)) {
        const [x, y] = await page.evaluate((lonLat) => window.sandtable.project(lonLat), p);
        expect(x, `${p} in view`).toBeGreaterThan(0);
        expect(x).toBeLessThan(size.width);
        expect(y).toBeGreaterThan(0);
        expect(y).toBeLessThan(size.height);
      }
      // Opened at the first dated fact: the first report is on the map, the range starts earlier.
      const frame = await page.evaluate(() => window.sandtable.frame());
      expect(frame.events.length + frame.movements.length).toBeGreaterThan(0);
      expect(frame.iso).toBe('2024-03-02T04:00:00.000Z');
      const start = await page.evaluate(() => window.sandtable.scenario.start);
      expect(start).toBeLessThan(frame.t);

      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
      await page.context().close();
    });

  it('names the country in the reader’s language', async () => {
    const { page } = await openApp(browser, { width: 1280, height: 720, query: '&lang=fr' });
    const text = readFileSync(join(REPO, 'tests/fixtures/anywhere', 'goose-green.geojson'), 'utf8');
    await page.setInputFiles(INPUT, {
      name: 'goose-green.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(text),
    });
    await page.waitForFunction(() => window.sandtable.scenario.id !== 'kidal-2023', null, {
      timeout: 30_000,
    });
    await page.evaluate(() => window.sandtable.setTime(window.sandtable.time));
    expect((await page.evaluate(() => window.sandtable.furniture())).inset?.countries).toEqual([
      'Îles Malouines',
    ]);
    await page.context().close();
  });
});
