import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './chromium';
import { fromFileMenu } from '../support/menus';

// Issue 21, the app's shell: toolbar in one row, shortcuts anywhere, one Tab stop for the timeline's marks,
// in-app dialogs, the import report as a toast, and what was open coming back after a reload.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const INPUT = '[data-testid="scenario-file-input"]';
const HOUR = 3_600_000;

/** Two dated events in March 2026: a clean file (no notes, nothing rejected). */
const MARCH = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [1.4, 18.44] },
      properties: { id: 'e1', name: 'Checkpoint opened', time: '2026-03-02T06:00:00Z' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [1.5, 18.5] },
      properties: { id: 'e2', name: 'Convoy passed', time: '2026-03-05T06:00:00Z' },
    },
  ],
});

async function pick(page: Page, name: string, text: string) {
  await page.setInputFiles(INPUT, { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const time = (page: Page) => page.evaluate(() => window.sandtable.time);
/** The scenario's title (English), as its manifest holds it: a string, or {en, fr} once edited. */
const title = (page: Page) =>
  page.evaluate(() => {
    const t = JSON.parse(window.sandtable.scenarioJson().files['scenario.json']!).title as
      string | { en: string };
    return typeof t === 'string' ? t : t.en;
  });

describe('the toolbar', () => {
  for (const lang of ['en', 'fr'] as const)
    it(`holds in one row at 1024×768 (${lang})`, async () => {
      const { page, consoleErrors } = await openApp(browser, {
        width: 1024,
        height: 768,
        query: `&lang=${lang}`,
      });
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('header.chrome-top > *')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0)
          .map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right })),
      );
      // File, View, Edit, Export…, Present, language at least.
      expect(boxes.length).toBeGreaterThanOrEqual(6);
      const centre = (b: (typeof boxes)[number]) => (b.top + b.bottom) / 2;
      for (const b of boxes) expect(Math.abs(centre(b) - centre(boxes[0]!))).toBeLessThan(2);
      for (let i = 1; i < boxes.length; i++)
        expect(boxes[i]!.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
      expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(1024);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });

  it('opens its menus from the keyboard, moves with the arrows and closes with Esc', async () => {
    const { page } = await openApp(browser, { width: 1280, height: 720 });
    const file = page.getByRole('button', { name: 'File', exact: true });
    await file.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'File' });
    await menu.waitFor();
    expect(await file.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open scenario…');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open folder…');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save briefing as one file…');
    const t = await time(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^File/);
    // The arrows in the menu moved within it, not the time.
    expect(await time(page)).toBe(t);
    // View holds the toggles, as menu item checkboxes.
    await page.getByRole('button', { name: 'View', exact: true }).click();
    const view = page.getByRole('menu', { name: 'View' });
    expect(
      await view
        .getByRole('menuitemcheckbox')
        .evaluateAll((items) => items.map((i) => i.textContent?.trim())),
    ).toEqual(['Legend', 'Relief', 'Symbols', 'Sources']);
    await page.context().close();
  });
});

describe('keys', () => {
  it('step the time with nothing focused; the map keeps its arrows while it has focus, with a ring', async () => {
    const { page } = await openApp(browser, { width: 1280, height: 720 });
    await page.evaluate(() => window.sandtable.setTime('2023-11-12T00:00:00Z'));
    const t0 = await time(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowRight');
    expect(await time(page)).toBe(t0 + HOUR);
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await time(page)).toBe(t0 + HOUR - 24 * HOUR);
    await page.keyboard.press('End');
    expect(await time(page)).toBe(await page.evaluate(() => window.sandtable.scenario.end));
    // On a toolbar button too.
    await page.getByRole('button', { name: 'Export…', exact: true }).focus();
    await page.keyboard.press('Home');
    expect(await time(page)).toBe(await page.evaluate(() => window.sandtable.scenario.start));

    // The map, reached with Tab: the arrows pan it, the time stays, and a ring shows.
    const canvas = page.locator('.maplibregl-canvas');
    await page.getByRole('combobox', { name: 'Language' }).focus();
    await page.keyboard.press('Tab');
    expect(await canvas.evaluate((el) => el === document.activeElement)).toBe(true);
    const before = await time(page);
    const centre = await page.evaluate(() => window.sandtable.view.center);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.sandtable.view.center[0])).toBeGreaterThan(centre[0]);
    expect(await time(page)).toBe(before);
    // [ ] still step between events from the map.
    await page.keyboard.press(']');
    expect(await time(page)).toBeGreaterThan(before);
    const outline = await canvas.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.context().close();
  });

  for (const [lang, previous, next] of [
    ['en', 'Previous event ([)', 'Next event (])'],
    ['fr', 'Événement précédent ([)', 'Événement suivant (])'],
  ] as const)
    it(`makes the timeline's marks one Tab stop, moved along with the arrows (${lang})`, async () => {
      const { page } = await openApp(browser, { width: 1280, height: 720, query: `&lang=${lang}` });
      const marks = page.locator('.track .mark');
      const count = await marks.count();
      expect(count).toBeGreaterThan(5);
      expect(await page.locator('.track .mark[tabindex="0"]').count()).toBe(1);
      // Tab into the marks, then once more: out of them, onto the time slider.
      await page.locator('.track .mark[tabindex="0"]').focus();
      const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      await page.keyboard.press('ArrowRight');
      const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      expect(second).not.toBe(first);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('mark'))).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('time-slider');
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(second);
      // The ‹ › buttons say what their keys do.
      const titles = await page
        .locator('.timeline .controls button[title]')
        .evaluateAll((bs) => bs.map((b) => b.getAttribute('title')));
      expect(titles).toEqual(expect.arrayContaining([previous, next]));
      await page.context().close();
    });
});

describe('dialogs', () => {
  it('asks for a new scenario’s title, dates, zone and sides in one dialog, and makes that draft', async () => {
    const { page, consoleErrors } = await openApp(browser, { width: 1366, height: 768 });
    await fromFileMenu(page, 'New scenario…');
    const dialog = page.getByRole('dialog', { name: 'New scenario' });
    await dialog.waitFor();
    // Focus is in the dialog, on its first field.
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Anéfis');
    await dialog.getByLabel('Start').fill('2023-10-01T06:00');
    await dialog.getByLabel('End').fill('2023-09-30T06:00');
    await dialog.getByRole('button', { name: 'Create' }).click();
    expect(await dialog.getByRole('alert').textContent()).toBe('The end must come after the start.');
    await dialog.getByLabel('End').fill('2023-10-08T18:00');
    await dialog.getByRole('combobox', { name: 'Time zone' }).fill('Africa/Bamako');
    await dialog.getByRole('textbox', { name: 'Side 1' }).fill('FAMa');
    await dialog.getByRole('textbox', { name: 'Side 2' }).fill('CSP');
    await dialog.getByRole('button', { name: 'Add a side' }).click();
    await dialog.getByRole('textbox', { name: 'Side 3' }).fill('Wagner');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('button', { name: 'Done' }).waitFor();
    await expect.poll(() => title(page)).toBe('Anéfis');
    const s = await page.evaluate(() => {
      const { start, end, timeZone } = window.sandtable.scenario;
      const manifest = JSON.parse(window.sandtable.scenarioJson().files['scenario.json']!);
      return { start, end, timeZone, sides: manifest.sides.map((x: { name: string }) => x.name) };
    });
    expect(s).toEqual({
      start: Date.parse('2023-10-01T06:00:00Z'),
      end: Date.parse('2023-10-08T18:00:00Z'),
      timeZone: 'Africa/Bamako',
      sides: ['FAMa', 'CSP', 'Wagner'],
    });
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('speaks French, and Esc leaves it without making anything', async () => {
    const { page } = await openApp(browser, { width: 1366, height: 768, query: '&lang=fr' });
    await fromFileMenu(page, 'Nouveau scénario…').catch(async () => {
      await page.getByRole('button', { name: 'Fichier', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Nouveau scénario…' }).click();
    });
    const dialog = page.getByRole('dialog', { name: 'Nouveau scénario' });
    await dialog.waitFor();
    const text = await dialog.evaluate((d) =>
      [d.textContent ?? '', ...[...d.querySelectorAll('input')].map((i) => i.value)].join(' '),
    );
    for (const word of [
      'Titre',
      'Début',
      'Fin',
      'Fuseau horaire',
      'Camps',
      'Camp A',
      'Ajouter un camp',
      'Créer',
    ])
      expect(text).toContain(word);
    expect(text).not.toMatch(/\b(Title|Start|End|Side|Create|Cancel)\b/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Terminé' }).count()).toBe(0);
    expect(await page.evaluate(() => window.sandtable.scenario.id)).toBe('kidal-2023');
    await page.context().close();
  });
});

describe('the import report', () => {
  it('closes by itself after a clean import, and stays with problems', async () => {
    const { page } = await openApp(browser, { width: 1280, height: 720 });
    await pick(page, 'march.geojson', MARCH);
    const report = page.getByRole('status', { name: 'Import report' });
    await expect.poll(() => report.textContent()).toMatch(/2 .*loaded/);
    expect(await report.getAttribute('data-clean')).toBe('true');
    await expect.poll(() => report.count(), { timeout: 20_000 }).toBe(0);

    await pick(page, 'broken.geojson', '{"type": "FeatureCollection", "features": [');
    const alert = page.getByRole('alert', { name: 'Import report' });
    await expect.poll(() => alert.textContent()).toMatch(/broken\.geojson/);
    // Longer than the toast lasts: still there.
    await page.waitForTimeout(8000);
    expect(await alert.count()).toBe(1);
    await page.context().close();
  });

  it('keeps clear of the inset and of the editor', async () => {
    const { page } = await openApp(browser, { width: 1366, height: 768 });
    await pick(page, 'broken.geojson', '{"type": "FeatureCollection", "features": [');
    const alert = page.getByRole('alert', { name: 'Import report' });
    await alert.waitFor();
    const box = (await alert.boundingBox())!;
    const inset = (await page.evaluate(() => window.sandtable.furniture())).items.find(
      (i) => i.kind === 'inset',
    );
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    if (inset) {
      const overlaps =
        box.x < canvas.x + inset.x + inset.width &&
        canvas.x + inset.x < box.x + box.width &&
        box.y < canvas.y + inset.y + inset.height &&
        canvas.y + inset.y < box.y + box.height;
      expect(overlaps).toBe(false);
    }
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = page.locator('aside.editor');
    await editor.waitFor();
    await expect
      .poll(async () => (await alert.boundingBox())!.x + (await alert.boundingBox())!.width)
      .toBeLessThanOrEqual((await editor.boundingBox())!.x + 1);
    await page.context().close();
  });
});

describe('what you had open comes back', () => {
  it('reopens an imported scenario at its time and camera after a reload', async () => {
    const { page, consoleErrors } = await openApp(browser, { width: 1280, height: 720 });
    await pick(page, 'march.geojson', MARCH);
    await page.waitForFunction(() => window.sandtable.scenario.id !== 'kidal-2023');
    const id = await page.evaluate(() => window.sandtable.scenario.id);
    await page.evaluate(() => window.sandtable.setTime('2026-03-03T12:00:00Z'));
    await page.evaluate(() =>
      window.sandtable.setView({ center: [1.45, 18.47], zoom: 9, bearing: 0, pitch: 0 }),
    );
    // The moment is written once scrubbing settles.
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('t=2026-03-03T12:00Z');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('sandtable.last-open') ?? ''))
      .toContain('2026-03-03T12:00Z');
    // The import is named for the next visit once it is stored (on idle), not before.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('sandtable.last-open') ?? ''))
      .toContain('"kind":"imported"');
    // A new visit, without the address's link: the scenario, its time and camera are back.
    await page.goto(page.url().replace(/#.*$/, ''));
    await page.evaluate(() => window.sandtable.ready);
    expect(await page.evaluate(() => window.sandtable.scenario.id)).toBe(id);
    expect(await time(page)).toBe(Date.parse('2026-03-03T12:00:00Z'));
    const view = await page.evaluate(() => window.sandtable.view);
    expect(view.center[0]).toBeCloseTo(1.45, 3);
    expect(view.zoom).toBeCloseTo(9, 3);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  for (const [lang, notice] of [
    ['en', /outside this scenario.*ignored/],
    ['fr', /hors de ce scénario.*ignorée/],
  ] as const)
    it(`ignores a link's time outside the scenario, and says so (${lang})`, async () => {
      const { page } = await openApp(browser, {
        width: 1280,
        height: 720,
        query: `&lang=${lang}`,
        hash: '#t=2026-03-03T12:00Z',
      });
      // Kidal (a first visit): not clamped to its end, but on its own opening moment.
      expect(await page.evaluate(() => window.sandtable.scenario.id)).toBe('kidal-2023');
      expect(await time(page)).toBe(Date.parse('2023-11-10T00:00:00Z'));
      const status = page.getByRole('status').filter({ hasText: notice });
      await expect.poll(() => status.count()).toBe(1);
      await page.context().close();
    });

  it('reopens the draft in view after a reload, and Edit opens that draft, not a copy', async () => {
    const { page } = await openApp(browser, { width: 1366, height: 768 });
    await fromFileMenu(page, 'New scenario…');
    const dialog = page.getByRole('dialog', { name: 'New scenario' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Kept draft');
    await dialog.getByLabel('Start').fill('2024-05-01T00:00');
    await dialog.getByLabel('End').fill('2024-05-03T00:00');
    await dialog.getByRole('combobox', { name: 'Time zone' }).fill('UTC');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
    await page.evaluate(() => window.sandtable.setTime('2024-05-02T10:00:00Z'));
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('sandtable.last-open') ?? ''))
      .toContain('2024-05-02T10:00Z');
    await page.goto(page.url().replace(/#.*$/, ''));
    await page.evaluate(() => window.sandtable.ready);
    expect(await title(page)).toBe('Kept draft');
    expect(await time(page)).toBe(Date.parse('2024-05-02T10:00:00Z'));
    // Edit goes back into that draft: no "(my copy)" appears among the drafts.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('button', { name: 'Done' }).waitFor();
    await page.getByText('My scenarios').click();
    await expect.poll(() => page.getByText('Kept draft').count()).toBeGreaterThan(0);
    expect(await page.getByText(/\(my copy\)/).count()).toBe(0);
    await page.context().close();
  });
});
