import { viewToggle } from '../support/menus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Before the campaign starts, so few overlays; a view holding the massif and the flat plain west of the Tilemsi.
const T = '2023-10-02T12:00:00Z';
const VIEW = { center: [0.2, 18.3] as [number, number], zoom: 7, bearing: 0, pitch: 0 };
/** Inside the relief's outline of the Adrar des Ifoghas, where the 2′ relief has its steepest slopes. */
const MASSIF: [number, number] = [1.6, 19.5];
/** West of the Tilemsi: the flattest ground in view (no slope above 0.06 % in the relief). */
const FLAT: [number, number] = [-2.5, 18.85];
const BOX = 100;

interface Shot {
  png: PNG;
  boxes: Record<'massif' | 'flat', { x0: number; y0: number }>;
}

async function shoot(page: Page): Promise<Shot> {
  await page.evaluate((v) => window.sandtable.setView(v), VIEW);
  await page.evaluate((t) => window.sandtable.setTime(t), T);
  const png = PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
  const box = async (p: [number, number]) => {
    const [x, y] = await page.evaluate((q) => window.sandtable.project(q), p);
    return { x0: Math.round(x - BOX / 2), y0: Math.round(y - BOX / 2) };
  };
  return { png, boxes: { massif: await box(MASSIF), flat: await box(FLAT) } };
}

const luminance = (png: PNG, x: number, y: number) => {
  const k = (y * png.width + x) * 4;
  return 0.2126 * png.data[k]! + 0.7152 * png.data[k + 1]! + 0.0722 * png.data[k + 2]!;
};

/** Mean and spread of (a − b) in luminance over a box: what the relief adds to the picture there. */
function difference(a: PNG, b: PNG, { x0, y0 }: { x0: number; y0: number }) {
  const values: number[] = [];
  for (let y = y0; y < y0 + BOX; y++)
    for (let x = x0; x < x0 + BOX; x++) values.push(luminance(a, x, y) - luminance(b, x, y));
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const spread = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  const meanAbs = values.reduce((s, v) => s + Math.abs(v), 0) / values.length;
  return { mean, spread, meanAbs };
}

describe('relief', () => {
  it('shades the massif and leaves flat desert flat, from the app origin only', async () => {
    const relief = await openApp(browser, { query: '&chrome=0' });
    const withRelief = await shoot(relief.page);

    // The same app with flat land fills in place of the relief: everything else drawn alike.
    const level = await openApp(browser, { query: '&chrome=0&relief=0' });
    const withoutRelief = await shoot(level.page);

    expect(withRelief.boxes).toEqual(withoutRelief.boxes);
    const massif = difference(withRelief.png, withoutRelief.png, withRelief.boxes.massif);
    const desert = difference(withRelief.png, withoutRelief.png, withRelief.boxes.flat);
    // Hillshade: light and shadow across the massif, so the difference varies from pixel to pixel…
    expect(massif.spread, JSON.stringify(massif)).toBeGreaterThan(2);
    expect(massif.meanAbs, JSON.stringify(massif)).toBeGreaterThan(2);
    // …and next to nothing over flat ground (no slope, no shade: the sun's height puts flat ground at zero;
    // the tiles are lossy WebP, a level or so off the fill colour).
    expect(desert.meanAbs, JSON.stringify(desert)).toBeLessThan(1.5);
    expect(desert.spread, JSON.stringify(desert)).toBeLessThan(massif.spread / 3);

    // Read with range requests from the app's own origin, nothing from anywhere else. Counted from the page's
    // start: the world relief's z5 tiles in view at startup already cover the test's view.
    const archiveRequests = relief.originRequests
      .filter((r) => r.url.endsWith('/basemap/relief-projector.pmtiles'))
      .map((r) => r.range ?? 'whole file');
    expect(archiveRequests.length).toBeGreaterThan(0);
    expect(archiveRequests.every((r) => r.startsWith('bytes='))).toBe(true);
    expect(relief.foreignRequests).toEqual([]);
    expect(level.foreignRequests).toEqual([]);
    expect([...relief.consoleErrors, ...level.consoleErrors]).toEqual([]);
    await relief.page.context().close();
    await level.page.context().close();
  });

  it('goes when the Relief switch is turned off, and stays off after a reload', async () => {
    // With the toolbar and timeline round the map: tall enough that both boxes stay on the canvas.
    const { page, consoleErrors, foreignRequests } = await openApp(browser, { height: 960 });
    expect(await (await viewToggle(page, 'Relief')).getAttribute('aria-checked')).toBe('true');
    await page.keyboard.press('Escape');
    const on = await shoot(page);
    await (await viewToggle(page, 'Relief')).click();
    expect(await page.evaluate(() => window.sandtable.relief)).toBe(false);
    const off = await shoot(page);
    const massif = difference(on.png, off.png, on.boxes.massif);
    expect(massif.spread, JSON.stringify(massif)).toBeGreaterThan(2);
    // Remembered: the next session opens without it.
    await page.reload();
    await page.evaluate(() => window.sandtable.ready);
    expect(await (await viewToggle(page, 'Relief')).getAttribute('aria-checked')).toBe('false');
    await page.keyboard.press('Escape');
    const reloaded = await shoot(page);
    expect(difference(off.png, reloaded.png, on.boxes.massif).meanAbs).toBe(0);
    await (await viewToggle(page, 'Relief')).click();
    const again = await shoot(page);
    expect(difference(on.png, again.png, on.boxes.massif).meanAbs).toBe(0);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
