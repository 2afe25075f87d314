import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const ink = (page: Page) => page.locator('canvas[data-tool]');
const strokes = async (page: Page) => Number(await ink(page).getAttribute('data-strokes'));

/** Pixels of the ink canvas alone (its own bitmap, not the map under it) that are not transparent. */
function inkedPixels(page: Page, box: { x: number; y: number; w: number; h: number }) {
  return page.evaluate((b) => {
    const c = document.querySelector('canvas[data-tool]') as HTMLCanvasElement;
    const d = c.getContext('2d')!.getImageData(b.x, b.y, b.w, b.h).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
    return n;
  }, box);
}

async function drag(page: Page, from: [number, number], to: [number, number]) {
  await page.mouse.move(...from);
  await page.mouse.down();
  await page.mouse.move(...to, { steps: 12 });
  await page.mouse.up();
}

describe('presenter ink', () => {
  it('draws with P, clears with C and on a chapter change, and points with the laser', async () => {
    const { page, consoleErrors, foreignRequests } = await openApp(browser, { width: 960, height: 600 });
    await page.getByRole('button', { name: 'Present' }).click();
    await page.keyboard.press('Home');
    expect(await ink(page).getAttribute('data-tool')).toBe('none');

    await page.keyboard.press('p');
    expect(await ink(page).getAttribute('data-tool')).toBe('pen');
    await drag(page, [300, 200], [600, 260]);
    expect(await strokes(page)).toBe(1);
    expect(await inkedPixels(page, { x: 300, y: 195, w: 300, h: 70 })).toBeGreaterThan(300);
    expect(await inkedPixels(page, { x: 50, y: 400, w: 100, h: 100 })).toBe(0);
    // The ink is on screen, over the map.
    const shot = PNG.sync.read(await page.screenshot({ clip: { x: 440, y: 220, width: 20, height: 20 } }));
    let yellow = 0;
    for (let i = 0; i < shot.data.length; i += 4)
      if (shot.data[i]! > 200 && shot.data[i + 1]! > 200 && shot.data[i + 2]! < 120) yellow++;
    expect(yellow).toBeGreaterThan(10);

    await page.keyboard.press('c');
    expect(await strokes(page)).toBe(0);
    expect(await inkedPixels(page, { x: 300, y: 195, w: 300, h: 70 })).toBe(0);

    await drag(page, [300, 300], [500, 300]);
    expect(await strokes(page)).toBe(1);
    await page.keyboard.press('PageDown');
    await expect.poll(() => strokes(page)).toBe(0);

    await page.getByRole('checkbox', { name: 'Keep ink across chapters' }).check({ force: true });
    await drag(page, [300, 300], [500, 300]);
    await page.keyboard.press('PageDown');
    expect(await strokes(page)).toBe(1);

    await page.keyboard.press('l');
    expect(await ink(page).getAttribute('data-tool')).toBe('laser');
    await page.mouse.move(700, 420, { steps: 6 });
    expect(await inkedPixels(page, { x: 680, y: 400, w: 40, h: 40 })).toBeGreaterThan(50);

    // Ink never reaches the scenario.
    expect(await page.evaluate(() => JSON.stringify(window.sandtable.frame()).includes('stroke'))).toBe(
      false,
    );
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('saves a snapshot of the view with the strokes on it', async () => {
    const { page, consoleErrors, foreignRequests } = await openApp(browser, { width: 960, height: 600 });
    await page.getByRole('button', { name: 'Present' }).click();
    await page.keyboard.press('p');
    await drag(page, [300, 200], [600, 260]);
    const box = (await ink(page).boundingBox())!;
    await page.getByRole('toolbar', { name: 'Presenter ink' }).hover();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByRole('button', { name: 'Snapshot' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kidal-2023-snapshot.png');
    const png = PNG.sync.read(readFileSync((await download.path())!));
    expect([png.width, png.height]).toEqual([Math.round(box.width), Math.round(box.height)]);
    // The stroke runs from (300, 200) to (600, 260) in the page: yellow ink at its middle in the picture.
    const yellowNear = (cx: number, cy: number) => {
      let n = 0;
      for (let y = cy - 6; y <= cy + 6; y++)
        for (let x = cx - 6; x <= cx + 6; x++) {
          const i = (y * png.width + x) * 4;
          if (png.data[i]! > 200 && png.data[i + 1]! > 200 && png.data[i + 2]! < 120) n++;
        }
      return n;
    };
    expect(yellowNear(Math.round(450 - box.x), Math.round(230 - box.y))).toBeGreaterThan(10);
    // …and none away from it.
    expect(yellowNear(Math.round(450 - box.x), Math.round(400 - box.y))).toBe(0);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
