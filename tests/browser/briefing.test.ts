import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './chromium';

const SIZE = { width: 960, height: 600 };
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const view = (page: Page) => page.evaluate(() => window.sandtable.view);
const time = (page: Page) => page.evaluate(() => window.sandtable.time);

/**
 * The map shows the briefing camera at t for this screen: the chapter's own camera (`authored`), fitted
 * around the furniture — so near it (a shift of a few km, at most two zoom levels out), exactly what
 * `sandtable.briefingCamera(t)` gives.
 */
async function expectCamera(page: Page, authored: [number, number], zoom: number) {
  const v = await view(page);
  const expected = await page.evaluate(() => window.sandtable.briefingCamera(window.sandtable.time));
  expect(v.center[0]).toBeCloseTo(expected.center[0], 4);
  expect(v.center[1]).toBeCloseTo(expected.center[1], 4);
  expect(v.zoom).toBeCloseTo(expected.zoom, 4);
  expect(v.zoom).toBeLessThanOrEqual(zoom + 1e-9);
  expect(v.zoom).toBeGreaterThanOrEqual(zoom - 2);
  // Within the authored view's half-width: the chapter still frames what its author framed.
  const halfWidthDeg = ((SIZE.width / 2) * 360) / (512 * 2 ** v.zoom);
  expect(Math.abs(v.center[0] - authored[0])).toBeLessThan(halfWidthDeg);
  expect(Math.abs(v.center[1] - authored[1])).toBeLessThan(halfWidthDeg);
}

async function canvasPng(page: Page) {
  await page.evaluate(() => window.sandtable.setTime(window.sandtable.time));
  return PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
}

describe('briefing', () => {
  it('presents the chapters with clicker keys: captions, camera, black screen, Esc', async () => {
    const { page, consoleErrors, foreignRequests } = await openApp(browser, SIZE);
    await page.getByRole('button', { name: 'Present' }).click();
    expect(await page.getByRole('slider').count()).toBe(0);
    const caption = page.getByRole('region', { name: 'Chapter caption' });
    await page.keyboard.press('Home');
    await expect.poll(() => caption.locator('h2').textContent()).toBe('Prelude: the column reaches Anéfis');
    await expectCamera(page, [0.75, 17.6], 7.3);

    await page.keyboard.press('PageDown');
    expect(await caption.locator('h2').textContent()).toBe('Drone strikes on Kidal');
    expect(await page.locator('.dots [aria-current="step"]').getAttribute('aria-label')).toBe(
      'Chapter 2 of 8',
    );
    // The chapter plays at its pace and stops at its end, where its camera has landed.
    await page.waitForFunction(() => window.sandtable.time === Date.parse('2023-11-10T00:00:00Z'), null, {
      timeout: 60_000,
    });
    await expectCamera(page, [1.41, 18.44], 9.1);
    expect(await caption.locator('h2').textContent()).toBe('Drone strikes on Kidal');

    await page.keyboard.press('ArrowRight');
    expect(await caption.locator('h2').textContent()).toBe('10 November: the advance');
    await page.waitForFunction(() => window.sandtable.time === Date.parse('2023-11-11T00:00:00Z'), null, {
      timeout: 60_000,
    });
    await expectCamera(page, [1.0, 18.25], 8.8);

    await page.keyboard.press('PageUp');
    expect(await caption.locator('h2').textContent()).toBe('Drone strikes on Kidal');
    await page.keyboard.press(' ');
    expect(await caption.locator('h2').textContent()).toBe('10 November: the advance');

    await page.keyboard.press('b');
    expect(await page.locator('.black').isVisible()).toBe(true);
    await page.keyboard.press('b');
    expect(await page.locator('.black').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('slider', { name: 'Scenario time' }).isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('a deep link restores the same moment, and the same frame every time it is opened', async () => {
    // The sender scrubs and pans; the URL follows what is shown.
    const sender = await openApp(browser, SIZE);
    await sender.page.evaluate(() =>
      window.sandtable.setView({ center: [1.3, 18.38], zoom: 10, bearing: 0, pitch: 0 }),
    );
    await sender.page.evaluate(() => window.sandtable.setTime('2023-11-13T14:00:00Z'));
    await sender.page.waitForFunction(
      () => window.location.hash === '#t=2023-11-13T14:00Z&view=1.3,18.38,10,0,0',
    );
    const hash = await sender.page.evaluate(() => window.location.hash);

    const first = await openApp(browser, { ...SIZE, query: hash });
    expect(await time(first.page)).toBe(await time(sender.page));
    expect(await view(first.page)).toEqual(await view(sender.page));
    const a = await canvasPng(first.page);
    const second = await openApp(browser, { ...SIZE, query: hash });
    const b = await canvasPng(second.page);
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    expect(pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.05 })).toBe(0);
    for (const p of [sender, first, second]) {
      expect(p.consoleErrors).toEqual([]);
      await p.page.context().close();
    }
  });

  it('a chapter link frames the chapter; Back and Forward walk the chapters', async () => {
    const { page } = await openApp(browser, {
      ...SIZE,
      query: '#t=2023-11-13T14:00Z&chapter=southern-flank-13nov',
    });
    await expectCamera(page, [1.32, 18.37], 10.2);
    const chapter = page.getByRole('combobox', { name: 'Chapter' });
    expect(await chapter.inputValue()).toBe('southern-flank-13nov');

    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => window.location.hash.includes('chapter=fall-14nov'));
    await page.keyboard.press(' ');
    const paused = await time(page);
    await page.waitForFunction(
      (t) => window.location.hash.startsWith(`#t=${new Date(t).toISOString().slice(0, 16)}`),
      paused,
    );

    await page.goBack();
    await page.waitForFunction(() => window.location.hash.includes('chapter=southern-flank-13nov'));
    await expect.poll(() => chapter.inputValue()).toBe('southern-flank-13nov');
    expect(await time(page)).toBe(Date.parse('2023-11-13T14:00:00Z'));
    await page.goForward();
    await expect.poll(() => chapter.inputValue()).toBe('fall-14nov');
    expect(await time(page)).toBe(paused);
    await page.context().close();
  });

  it('a link naming only a chapter opens on that chapter complete, in its camera', async () => {
    const { page } = await openApp(browser, { ...SIZE, query: '#chapter=fall-14nov' });
    await expectCamera(page, [1.41, 18.44], 10);
    expect(await time(page)).toBe(Date.parse('2023-11-14T12:00:00Z'));
    expect(await page.getByRole('combobox', { name: 'Chapter' }).inputValue()).toBe('fall-14nov');
    await page.context().close();
  });
});
