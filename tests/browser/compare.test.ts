import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import pixelmatch from 'pixelmatch';
import { launch, openApp, type AppPage } from './chromium';
import { choose, downloadPng, openExportDialog } from './export-dialog-helpers';

// Compare two moments (issue #24): split and swipe drawn, the divider's keys, the link, the export, presenting,
// French, and a clean console.
const BEFORE = '2023-11-12T12:00:00Z';
const AFTER = '2023-11-14T12:00:00Z';

let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  browser = await launch();
  app = await openApp(browser, { width: 1280, height: 720 });
  await app.page.evaluate((t) => window.sandtable.setTime(t), AFTER);
});
afterAll(async () => {
  await browser?.close();
});

const compareNow = (page: Page) => page.evaluate(() => window.sandtable.compare);

async function pngOf(page: Page, options: Record<string, unknown>): Promise<Buffer> {
  const b64 = await page.evaluate(async (o) => {
    const blob = await window.sandtable.exportStill(o as never);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }, options);
  return Buffer.from(b64, 'base64');
}

describe('compare two moments', () => {
  it('opens from the toolbar and K, split with each half named by its moment, and lists what changed', async () => {
    const { page } = app;
    const button = page.getByRole('button', { name: 'Compare', exact: true });
    await button.click();
    expect(await compareNow(page)).toEqual({ t: Date.parse(AFTER) - 86_400_000, mode: 'split' });
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('k');
    expect(await compareNow(page)).toBeNull();
    await page.keyboard.press('K');
    expect(await compareNow(page)).not.toBeNull();

    await page.evaluate((t) => window.sandtable.setCompare({ t, mode: 'split' }), BEFORE);
    // Two maps, side by side, each named (and titled) by its own moment.
    const canvases = page.locator('.maplibregl-canvas');
    expect(await canvases.count()).toBe(2);
    const other = page.locator('[data-compare-map] .maplibregl-canvas');
    expect(await other.getAttribute('aria-label')).toContain('12 November 2023, 12:00 GMT');
    expect(await canvases.first().getAttribute('aria-label')).toContain('14 November 2023, 12:00 GMT');
    const [a, b] = await Promise.all([other.boundingBox(), canvases.first().boundingBox()]);
    expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x + 1);
    expect(Math.abs(a!.width - b!.width)).toBeLessThanOrEqual(2);

    // The changes: the fall of Kidal first, in the list and for scripts.
    const fall = page.locator('[data-change-id="place-kidal"][data-change-kind="control"]');
    expect(await fall.textContent()).toContain('Held by CSP-PSD before, by FAMa–Wagner after');
    const listed = await page.evaluate(([x, y]) => window.sandtable.changes(x!, y!), [BEFORE, AFTER]);
    expect(listed[0]).toMatchObject({ id: 'place-kidal', kind: 'control', label: 'Kidal' });
    expect(listed.some((c) => c.kind === 'strike' || c.kind === 'clash')).toBe(true);
    // An entry brings its place to the middle of the map.
    await page.evaluate(() => window.sandtable.setView({ center: [0.5, 17.5], zoom: 8 }));
    await fall.click();
    const center = (await page.evaluate(() => window.sandtable.view)).center;
    expect(center[0]).toBeCloseTo(1.409, 2);
    expect(center[1]).toBeCloseTo(18.443, 2);
  });

  it('pans both maps with one hand, and plays t only', async () => {
    const { page } = app;
    const before = (await page.evaluate(() => window.sandtable.view)).center;
    const box = (await page.locator('[data-compare-map]').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 120, y - 40, { steps: 6 });
    await page.mouse.up();
    const after = (await page.evaluate(() => window.sandtable.view)).center;
    expect(after[0]).toBeGreaterThan(before[0]);
    const slider = page.getByRole('slider', { name: 'Moment compared with' });
    expect(await slider.getAttribute('aria-valuetext')).toBe('12 November 2023, 12:00 GMT');
    await slider.focus();
    await slider.press('Shift+ArrowRight');
    expect((await compareNow(page))?.t).toBe(Date.parse('2023-11-13T12:00:00Z'));
    await page.evaluate((t) => window.sandtable.setCompare({ t, mode: 'split' }), BEFORE);
  });

  it('swipes: the divider moves with the arrow keys and the compared moment is clipped to its left', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Swipe' }).click();
    expect((await compareNow(page))?.mode).toBe('swipe');
    const divider = page.getByRole('slider', { name: 'Divider between the two moments' });
    await divider.focus();
    await divider.press('ArrowRight');
    expect(await page.evaluate(() => window.sandtable.compareDivider)).toBe(0.52);
    await divider.press('Shift+ArrowLeft');
    expect(await page.evaluate(() => window.sandtable.compareDivider)).toBe(0.42);
    expect(await divider.getAttribute('aria-valuenow')).toBe('42');
    // t did not move with the divider's arrows.
    expect(await page.evaluate(() => window.sandtable.time)).toBe(Date.parse(AFTER));
    const clip = await page.locator('.compare.swipe').evaluate((el) => getComputedStyle(el).clipPath);
    expect(clip).toBe('inset(0px 58% 0px 0px)');
    expect(await page.locator('[data-compare-stamp="other"]').textContent()).toBe(
      'Before: 12 November 2023, 12:00 GMT',
    );
    expect(await page.locator('[data-compare-stamp="own"]').textContent()).toBe(
      'After: 14 November 2023, 12:00 GMT',
    );
  });

  it('puts the comparison in the address, and a link reopens it', async () => {
    const { page } = app;
    await page.waitForFunction(() => window.location.hash.includes('compareMode=swipe'));
    const hash = await page.evaluate(() => window.location.hash);
    expect(hash).toContain('compare=2023-11-12T12:00Z&compareMode=swipe');
    const other = await openApp(browser, { width: 1280, height: 720, hash });
    expect(await compareNow(other.page)).toEqual({ t: Date.parse(BEFORE), mode: 'swipe' });
    await other.page.locator('[data-compare-map] .maplibregl-canvas').waitFor();
    expect(await other.page.evaluate(() => window.sandtable.time)).toBe(Date.parse(AFTER));
    expect(other.consoleErrors).toEqual([]);
    await other.page.context().close();
  });

  it('exports the comparison at the size asked, the same twice', async () => {
    const { page } = app;
    await page.evaluate((t) => window.sandtable.setCompare({ t, mode: 'split' }), BEFORE);
    const size = { width: 960, height: 540 };
    const first = await pngOf(page, { ...size, compare: true });
    const png = PNG.sync.read(first);
    expect([png.width, png.height]).toEqual([960, 540]);
    const again = await pngOf(page, { ...size, compare: true });
    expect(again.equals(first)).toBe(true);
    // Not the plain still of t: the left half is the other moment.
    const plain = await pngOf(page, size);
    expect(plain.equals(first)).toBe(false);
    await page.evaluate((t) => window.sandtable.setCompare({ t, mode: 'swipe' }), BEFORE);
    const swipe = PNG.sync.read(await pngOf(page, { width: 800, height: 600, compare: true }));
    expect([swipe.width, swipe.height]).toEqual([800, 600]);
  });

  it('exports the comparison from the Export dialog, the same picture as the API gives', async () => {
    const { page } = app;
    const dialog = await openExportDialog(page);
    await choose(dialog, { kind: 'png', width: 640, height: 360 });
    expect(await dialog.locator('[data-export-compare]').isChecked()).toBe(true);
    const { png } = await downloadPng(page, dialog);
    expect([png.width, png.height]).toEqual([640, 360]);
    await dialog.waitFor({ state: 'detached' });
    const api = PNG.sync.read(await pngOf(page, { width: 640, height: 360, compare: true }));
    expect(pixelmatch(png.data, api.data, undefined, 640, 360, { threshold: 0 })).toBe(0);
  });

  it('presents in compare mode: the clicker moves t through the chapters while the compared moment stays', async () => {
    const { page } = app;
    await page.evaluate(() => window.sandtable.present('southern-flank-13nov'));
    expect(await page.locator('[data-compare-map]').count()).toBe(1);
    const t0 = await page.evaluate(() => window.sandtable.time);
    await page.keyboard.press('PageDown');
    await page.waitForFunction((t) => window.sandtable.time !== t, t0);
    expect((await compareNow(page))?.t).toBe(Date.parse(BEFORE));
    await page.evaluate(() => window.sandtable.present(null));
    await page.evaluate(() => window.sandtable.setCompare(null));
    expect(await page.locator('[data-compare-map]').count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('speaks French', async () => {
    const fr = await openApp(browser, {
      width: 1280,
      height: 720,
      query: '&lang=fr',
      hash: `#t=${AFTER}&compare=${BEFORE}&compareMode=swipe`,
    });
    const { page } = fr;
    expect(await page.getByRole('button', { name: 'Comparer', exact: true }).count()).toBe(1);
    await page.locator('[data-compare-panel]').waitFor();
    expect(await page.locator('#changes-title').textContent()).toBe('Ce qui a changé');
    expect(await page.locator('[data-compare-stamp="other"]').textContent()).toBe(
      'Avant : 12 novembre 2023, 12:00 GMT',
    );
    expect(await page.locator('[data-change-id="place-kidal"]').first().textContent()).toContain(
      'Tenu par CSP-PSD avant, par FAMa–Wagner après',
    );
    expect(fr.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
