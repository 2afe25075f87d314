import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { launch, openApp, type AppPage } from './chromium';

const COLUMN = 'column-anefis-kidal';
// The Malian army/Wagner side colour from the scenario (#0072B2).
const SIDE_RGB = [0x00, 0x72, 0xb2];

let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  browser = await launch();
  app = await openApp(browser);
});
afterAll(async () => {
  await browser?.close();
});

async function pixelsAround(x: number, y: number, radius: number): Promise<number[][]> {
  const png = PNG.sync.read(await app.page.screenshot());
  const out: number[][] = [];
  for (let dy = -radius; dy <= radius; dy++)
    for (let dx = -radius; dx <= radius; dx++) {
      const i = (Math.round(y + dy) * png.width + Math.round(x + dx)) * 4;
      out.push([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]);
    }
  return out;
}

/** How close the nearest pixel within `radius` of (x, y) comes to `rgb`. */
async function nearestColour(x: number, y: number, radius: number, rgb: number[]): Promise<number> {
  return Math.min(...(await pixelsAround(x, y, radius)).map((p) => colourDistance(p, rgb)));
}

function colourDistance(a: number[], b: number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

async function headOnScreen(): Promise<[number, number]> {
  return app.page.evaluate((id) => {
    const head = window.sandtable.frame().movements.find((m) => m.id === id)!.head;
    const [x, y] = window.sandtable.project(head);
    const rect = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
    return [rect.left + x, rect.top + y] as [number, number];
  }, COLUMN);
}

describe('the built app', () => {
  it('loads the Kidal scenario with no console errors and no request outside its origin', async () => {
    expect(await app.page.title()).toMatch(/Kidal/);
    expect(await app.page.locator('h1').textContent()).toMatch(/Kidal/);
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('opens on 10 November 2023 with a slider spanning 2 October – 26 November', async () => {
    const slider = app.page.getByRole('slider', { name: 'Scenario time' });
    expect(Number(await slider.getAttribute('min'))).toBe(Date.parse('2023-10-02T00:00:00Z'));
    expect(Number(await slider.getAttribute('max'))).toBeGreaterThanOrEqual(
      Date.parse('2023-11-26T00:00:00Z'),
    );
    expect(await app.page.evaluate(() => new Date(window.sandtable.time).toISOString())).toBe(
      '2023-11-10T00:00:00.000Z',
    );
    expect(await slider.getAttribute('aria-valuetext')).toBe('10 November 2023, 00:00 GMT');
  });

  it('arrow keys on the slider move the column head along the road', async () => {
    await app.page.evaluate(() => window.sandtable.setTime('2023-11-10T12:00:00Z'));
    const before = await app.page.evaluate(
      (id) => window.sandtable.frame().movements.find((m) => m.id === id),
      COLUMN,
    );
    expect(before?.status).toBe('moving');
    const slider = app.page.getByRole('slider', { name: 'Scenario time' });
    await slider.focus();
    await slider.press('Shift+ArrowRight');
    await app.page.evaluate(() => window.sandtable.setTime(window.sandtable.time));
    const after = await app.page.evaluate(
      (id) => window.sandtable.frame().movements.find((m) => m.id === id),
      COLUMN,
    );
    expect(await app.page.evaluate(() => new Date(window.sandtable.time).toISOString())).toBe(
      '2023-11-11T12:00:00.000Z',
    );
    expect(after!.km).toBeGreaterThan(before!.km);
    expect(app.foreignRequests).toEqual([]);
  });

  it('draws the arrowhead in the side colour where the engine says the head is, and moves it', async () => {
    await app.page.evaluate(() => window.sandtable.setTime('2023-11-10T18:00:00Z'));
    const [x1, y1] = await headOnScreen();
    expect(await nearestColour(x1, y1, 4, SIDE_RGB)).toBeLessThan(30);

    await app.page.evaluate(() => window.sandtable.setTime('2023-11-13T18:00:00Z'));
    const [x2, y2] = await headOnScreen();
    expect(Math.hypot(x2 - x1, y2 - y1)).toBeGreaterThan(30);
    expect(await nearestColour(x2, y2, 4, SIDE_RGB)).toBeLessThan(30);
    // Where the head was, there is now only the finished part of the trail: no arrowhead casing.
    expect(await nearestColour(x1, y1, 4, SIDE_RGB)).toBeLessThan(30);
  });

  it('the play button advances time and pauses', async () => {
    await app.page.evaluate(() => window.sandtable.setTime('2023-11-10T00:00:00Z'));
    await app.page.getByRole('button', { name: 'Play' }).click();
    await app.page.waitForFunction(() => window.sandtable.time > Date.parse('2023-11-10T01:00:00Z'));
    // Playing, t moves on every animation frame; paused, twenty frames later it has not moved.
    const twentyFrames = () =>
      app.page.evaluate(async () => {
        const before = window.sandtable.time;
        for (let i = 0; i < 20; i++) await new Promise(requestAnimationFrame);
        return window.sandtable.time - before;
      });
    expect(await twentyFrames()).toBeGreaterThan(0);
    await app.page.getByRole('button', { name: 'Pause' }).click();
    await app.page.getByRole('button', { name: 'Play' }).waitFor();
    expect(await twentyFrames()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  });
});
