import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const T = '2023-11-13T14:00:00Z';
const VIEW = { center: [1.2, 18.5] as [number, number], zoom: 8.6, bearing: 0, pitch: 0 };

async function frame(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
}

describe('render is a pure function of (scenario, t, camera, size)', () => {
  it('draws the same pixels for the same moment whatever came before it', async () => {
    const direct = await openApp(browser, { width: 1280, height: 720, query: '&chrome=0' });
    await direct.page.evaluate((v) => window.sandtable.setView(v), VIEW);
    await direct.page.evaluate((t) => window.sandtable.setTime(t), T);
    const a = await frame(direct.page);

    const wandering = await openApp(browser, { width: 1280, height: 720, query: '&chrome=0' });
    const { page } = wandering;
    // Another history: other times, another camera, then back to the same moment and view.
    for (const t of [
      '2023-11-07T08:00:00Z',
      '2023-11-14T18:00:00Z',
      '2023-10-05T12:00:00Z',
      '2023-11-11T16:00:00Z',
    ]) {
      await page.evaluate((time) => window.sandtable.setTime(time), t);
    }
    await page.evaluate(() => window.sandtable.setView({ center: [1.6, 19.0], zoom: 9.5, bearing: 20 }));
    await page.evaluate((v) => window.sandtable.setView(v), VIEW);
    await page.evaluate((t) => window.sandtable.setTime(t), T);
    const b = await frame(page);

    expect([b.width, b.height]).toEqual([a.width, a.height]);
    const differing = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0 });
    expect(differing).toBe(0);
    expect([...direct.consoleErrors, ...wandering.consoleErrors]).toEqual([]);
    await direct.page.context().close();
    await page.context().close();
  });
});
