import { viewToggle } from '../support/menus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp } from './chromium';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlapArea = (a: Box, b: Box) => {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('furniture on the screens briefing rooms have', () => {
  for (const [width, height] of [
    [1024, 768],
    [1366, 768],
  ] as const)
    it(`presenting at ${width}×${height}, every chapter ends with its action uncovered and every piece apart`, async () => {
      const { page, consoleErrors, foreignRequests } = await openApp(browser, { width, height });
      const chapters = await page.evaluate(() =>
        window.sandtable.chapters.map((c) => ({ id: c.id, end: c.end })),
      );
      expect(chapters.length).toBe(8);
      for (const chapter of chapters) {
        await page.evaluate((id) => window.sandtable.present(id), chapter.id);
        await page.evaluate((t) => window.sandtable.setTime(t), chapter.end);
        const { items, focus } = await page.evaluate(() => window.sandtable.furniture());
        const kinds = items.map((i) => i.kind);
        for (const needed of ['title', 'legend', 'scale', 'credits', 'caption', 'progress'])
          expect(kinds, `${chapter.id}: ${needed}`).toContain(needed);
        for (const item of items) {
          expect(item.x >= -1e-6 && item.y >= -1e-6, `${chapter.id}: ${item.kind} inside`).toBe(true);
          expect(item.x + item.width <= width + 1e-6, `${chapter.id}: ${item.kind} inside`).toBe(true);
          expect(item.y + item.height <= height + 1e-6, `${chapter.id}: ${item.kind} inside`).toBe(true);
        }
        for (let i = 0; i < items.length; i++)
          for (let j = i + 1; j < items.length; j++)
            expect(
              overlapArea(items[i]!, items[j]!),
              `${chapter.id}: ${items[i]!.kind} over ${items[j]!.kind}`,
            ).toBe(0);
        if (focus) {
          const covered = items.reduce((sum, item) => sum + overlapArea(item, focus), 0);
          expect(
            covered / (focus.width * focus.height),
            `${chapter.id}: action under furniture`,
          ).toBeLessThanOrEqual(0.1);
        }
      }
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.context().close();
    });

  it('collapses and expands the legend with G, remembered for this screen size', async () => {
    const { page } = await openApp(browser, { width: 1366, height: 768 });
    const legend = async () =>
      (await page.evaluate(() => window.sandtable.furniture())).items.find((i) => i.kind === 'legend')!;
    const expanded = await legend();
    await page.keyboard.press('g');
    await expect.poll(async () => (await legend()).height).toBeLessThan(expanded.height / 2);
    expect(await (await viewToggle(page, 'Legend')).getAttribute('aria-checked')).toBe('false');
    await page.keyboard.press('Escape');
    await page.reload();
    await page.evaluate(() => window.sandtable.ready);
    await expect.poll(async () => (await legend()).height).toBeLessThan(expanded.height / 2);
    await (await viewToggle(page, 'Legend')).click();
    await expect.poll(async () => (await legend()).height).toBeCloseTo(expanded.height, 0);
    await page.context().close();
  });
});
