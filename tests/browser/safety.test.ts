import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { launch, openApp } from './chromium';
import { RECORD_CSP_VIOLATIONS } from '../support/csp-violations';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

declare global {
  interface Window {
    __xss?: boolean;
  }
}

describe('guarantees', () => {
  it('runs under a Content-Security-Policy without unsafe-eval or inline scripts', async () => {
    const { page, consoleErrors } = await openApp(browser, { init: RECORD_CSP_VIOLATIONS });
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await page.evaluate(() => window.sandtable.setTime('2023-11-13T14:00:00Z'));
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('plays the whole scenario without a single request outside its origin', async () => {
    const { page, foreignRequests, consoleErrors } = await openApp(browser, { width: 960, height: 540 });
    const { start, end } = await page.evaluate(() => window.sandtable.scenario);
    // Every 12 hours across 2 October – 26 November, each frame drawn before the next.
    for (let t = start; t <= end; t += 12 * 3_600_000) {
      await page.evaluate((time) => window.sandtable.setTime(time), t);
    }
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction((s) => window.sandtable.time > s, start);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('recovers from a lost WebGL context at the same time, without reload', async () => {
    // 1280×720: at 960×540 the timeline and toolbar leave the column's head under the map's credits strip.
    const { page, consoleErrors } = await openApp(browser, { width: 1280, height: 720 });
    const t = await page.evaluate(() => window.sandtable.setTime('2023-11-11T16:00:00Z'));
    await page.evaluate(() => {
      const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
      (canvas.getContext('webgl2') as WebGL2RenderingContext)
        .getExtension('WEBGL_lose_context')!
        .loseContext();
    });
    // The lost canvas is replaced by a new one holding a live context.
    await page.waitForFunction(() => {
      const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement | null;
      const gl = canvas?.getContext('webgl2');
      return !!gl && !gl.isContextLost();
    });
    expect(await page.evaluate(() => window.sandtable.time)).toBe(t);
    await page.evaluate(() => window.sandtable.setTime(window.sandtable.time));
    // The column's head is drawn again where the engine puts it.
    const [x, y] = await page.evaluate(() => {
      const head = window.sandtable.frame().movements.find((m) => m.id === 'column-anefis-kidal')!.head;
      const [px, py] = window.sandtable.project(head);
      // project() is in canvas pixels; the screenshot is the page, with the app chrome above the map.
      const rect = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
      return [rect.left + px, rect.top + py];
    });
    const png = PNG.sync.read(await page.screenshot());
    let nearest = Infinity;
    for (let dy = -4; dy <= 4; dy++)
      for (let dx = -4; dx <= 4; dx++) {
        const i = (Math.round(y + dy) * png.width + Math.round(x + dx)) * 4;
        const d = Math.hypot(png.data[i]! - 0x00, png.data[i + 1]! - 0x72, png.data[i + 2]! - 0xb2);
        nearest = Math.min(nearest, d);
      }
    expect(nearest).toBeLessThan(30);
    expect(consoleErrors.filter((e) => !/context lost/i.test(e))).toEqual([]);
    await page.context().close();
  });
});
