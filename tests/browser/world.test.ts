import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { launch, openApp } from './chromium';
import { RECORD_CSP_VIOLATIONS } from '../support/csp-violations';
import { WORLD_CASES, worldScenarioFiles } from '../fixtures/world-scenarios';

// The built-in Earth: a scenario anywhere opens onto ground with relief and the region's towns named, read
// from the app's own origin.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Luminance spread over a box of the canvas: a uniform colour (the old black void) gives 0. */
function spread(png: PNG, cx: number, cy: number, half: number): number {
  const values: number[] = [];
  for (let y = Math.max(0, cy - half); y < Math.min(png.height, cy + half); y++)
    for (let x = Math.max(0, cx - half); x < Math.min(png.width, cx + half); x++) {
      const k = (y * png.width + x) * 4;
      values.push(0.2126 * png.data[k]! + 0.7152 * png.data[k + 1]! + 0.0722 * png.data[k + 2]!);
    }
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
}

describe('the built-in Earth', () => {
  for (const c of WORLD_CASES) {
    it(`draws ground and names the towns around ${c.title}`, async () => {
      const { page, foreignRequests, consoleErrors } = await openApp(browser, {
        query: '&chrome=0',
        init: RECORD_CSP_VIOLATIONS,
      });
      const archives: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('.pmtiles'))
          archives.push(`${r.url().split('/').pop()} ${r.headers().range ?? ''}`);
      });
      const files = Object.entries(worldScenarioFiles(c)).map(([name, text]) => ({ name, text }));
      const opened = await page.evaluate((f) => window.sandtable.open(f), files);
      expect(opened.errors).toEqual([]);
      for (const zoom of [8, 9, 10] as const) {
        await page.evaluate((v) => window.sandtable.setView(v), {
          center: c.action,
          zoom,
          bearing: 0,
          pitch: 0,
        });
        await page.evaluate(() => window.sandtable.setTime('2024-03-01T06:00:00Z'));
        const labels = await page.evaluate(() => window.sandtable.basemapLabels());
        for (const name of c.names[zoom])
          expect(labels, `zoom ${zoom}: ${labels.join(', ')}`).toContain(name);
        // Before the strike, the ground around the action is the basemap's alone: not one flat colour.
        const png = PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
        const [x, y] = await page.evaluate((p) => window.sandtable.project(p), c.action);
        expect(spread(png, Math.round(x), Math.round(y), 200), `zoom ${zoom}`).toBeGreaterThan(3);
      }
      // The archives come by range requests from the app's own origin; nothing else is asked for.
      expect(archives.some((a) => a.startsWith('places.pmtiles bytes='))).toBe(true);
      expect(archives.some((a) => a.startsWith('world.pmtiles bytes='))).toBe(true);
      expect(archives.some((a) => a.startsWith('relief-projector.pmtiles bytes='))).toBe(true);
      expect(archives.every((a) => a.includes('bytes='))).toBe(true);
      expect(foreignRequests).toEqual([]);
      expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  }
});
