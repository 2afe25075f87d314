import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { launch, openApp } from './chromium';

// axe-core is injected from node_modules as text: the page makes no request outside its origin. The app's
// Content-Security-Policy (script-src 'self') blocks an inline <script> (page.addScriptTag), so the source
// is evaluated through the DevTools protocol instead, which CSP does not govern.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility', () => {
  it('has no serious or critical axe violations in the controls, in English and French', async () => {
    const { page } = await openApp(browser, { width: 1280, height: 720 });
    await page.evaluate(axeSource);
    const run = () =>
      page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: AxeViolation[] }> } }
        ).axe;
        // The map canvas is an image drawn by WebGL; the check is about the controls around it.
        const result = await axe.run({ exclude: [['.maplibregl-canvas-container']] });
        return result.violations.map((v) => ({
          ...v,
          nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
        }));
      });
    const serious = (vs: AxeViolation[]) =>
      vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious(await run())).toEqual([]);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    expect(serious(await run())).toEqual([]);
    // Every control is reachable by keyboard and has a name.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, a[href]')]
        .filter((el) => !(el as HTMLElement).hidden && (el as HTMLElement).tabIndex < 0)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);

    // The export dialog, with each kind's controls shown (sequence and video add range, fps, quality).
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    for (const kind of ['png', 'zip', 'mp4']) {
      await dialog.getByRole('combobox', { name: 'What' }).selectOption(kind);
      await dialog.getByRole('combobox', { name: 'Size' }).selectOption(kind === 'png' ? 'a4' : 'custom');
      expect(serious(await run()), `export dialog, ${kind}`).toEqual([]);
    }
    await page.context().close();
  });
});
