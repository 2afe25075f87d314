import { viewToggle } from '../support/menus';
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
    // Every control is reachable by keyboard and has a name. The timeline's marks are one Tab stop (the
    // others reached from it with the arrows): one of them, and only one, is in the Tab order.
    expect(await page.locator('.marks .mark[tabindex="0"]').count()).toBe(1);
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, a[href]')]
        .filter((el) => !el.classList.contains('mark'))
        .filter((el) => !(el as HTMLElement).hidden && (el as HTMLElement).tabIndex < 0)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);

    // The export dialog, with each kind's controls shown (sequence and video add range, fps, quality).
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await page.getByRole('button', { name: 'Export…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    for (const kind of ['png', 'zip', 'mp4']) {
      await dialog.getByRole('combobox', { name: 'What' }).selectOption(kind);
      await dialog.getByRole('combobox', { name: 'Size' }).selectOption(kind === 'png' ? 'a4' : 'custom');
      expect(serious(await run()), `export dialog, ${kind}`).toEqual([]);
    }
    // And in French: no English left in the dialog.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByRole('button', { name: 'Exporter…', exact: true }).click();
    const fr = page.getByRole('dialog', { name: 'Exporter' });
    for (const kind of ['png', 'zip', 'mp4']) {
      await fr.getByRole('combobox', { name: 'Quoi' }).selectOption(kind);
      await fr.getByRole('combobox', { name: 'Taille' }).selectOption(kind === 'png' ? 'a4' : 'custom');
      const text = await fr.innerText();
      for (const english of [
        /\bWhat\b/,
        /\bSize\b/,
        /\bframes\b/,
        /\bClose\b/,
        /\bLimit here\b/,
        /\bRange\b/,
      ])
        expect(text, `French export dialog, ${kind}`).not.toMatch(english);
      expect(serious(await run()), `French export dialog, ${kind}`).toEqual([]);
    }
    await page.context().close();
  });

  it('says what the map shows as text, in step with t, and lists every source with its link', async () => {
    const { page } = await openApp(browser, { width: 1280, height: 720 });
    const map = page.getByRole('img', { name: /^Campaign map: / });
    const described = async () => {
      const id = await map.getAttribute('aria-describedby');
      return page.evaluate((i) => document.getElementById(i!)?.textContent ?? '', id);
    };
    await page.evaluate(() => window.sandtable.setTime('2023-10-03T12:00:00Z'));
    await expect.poll(() => map.getAttribute('aria-label')).toMatch(/3 October 2023, 12:00/);
    const before = await described();
    expect(before).toMatch(/FAMa–Wagner: its movements/);
    expect(before).not.toMatch(/Drone strike under way/);
    expect(before).toMatch(/Scale bar: \d+ km\./);
    expect(before).toMatch(/Natural Earth/);
    expect(before).toMatch(/RFI/);

    await page.evaluate(() => window.sandtable.setTime('2023-11-07T08:00:00Z'));
    await expect.poll(() => map.getAttribute('aria-label')).toMatch(/7 November 2023, 08:00/);
    expect(await described()).toMatch(/Drone strike under way/);

    // The credits as text, with every source of the scenario and its link.
    await (await viewToggle(page, 'Sources')).click();
    const panel = page.getByRole('region', { name: 'Sources of this map' });
    const { sources } = JSON.parse(readFileSync('geodata/kidal-2023/scenario.json', 'utf8')) as {
      sources: { publisher: string; url?: string }[];
    };
    const scenarioList = panel.getByRole('list').nth(1);
    expect(await scenarioList.getByRole('listitem').count()).toBe(sources.length);
    for (const { publisher } of sources) expect(await scenarioList.innerText()).toContain(publisher);
    const links = await panel.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(sources.flatMap((src) => (src.url ? [src.url] : [])));
    for (const href of links) expect(href).toMatch(/^https?:\/\//);
    await expect.poll(() => panel.getByText('GeoNames', { exact: false }).count()).toBeGreaterThan(0);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }
      ).axe;
      return (await axe.run()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    });
    expect(violations).toEqual([]);
    await panel.getByRole('link').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    // Focus goes back to the menu the panel was opened from.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^View/);
    await page.context().close();
  });
});
