import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './chromium';
import { drawMovement, enterEditor } from '../support/editor-page';
import { openExportDialog } from './export-dialog-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A briefer's own file: a labelled movement, and a claimed one whose claimant is not given. */
const OWN_FILE = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [0.6, 18.0],
          [1.0, 18.2],
          [1.4, 18.4],
        ],
      },
      properties: {
        id: 'alpha',
        kind: 'movement',
        side: 'blue',
        label: { en: 'Column Alpha advances', fr: 'La colonne Alpha avance' },
        sources: ['desk'],
        certainty: 'reported',
        coordTimes: ['2024-03-01T00:00:00Z', '2024-03-01T12:00:00Z', '2024-03-02T00:00:00Z'],
      },
    },
    {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [1.6, 17.6],
          [1.5, 17.9],
        ],
      },
      properties: {
        id: 'bravo',
        kind: 'movement',
        side: 'red',
        label: 'Bravo withdraws',
        sources: ['desk'],
        certainty: 'claimed',
        coordTimes: ['2024-03-01T00:00:00Z', '2024-03-02T00:00:00Z'],
      },
    },
  ],
});

const labels = (page: Page) => page.evaluate(() => window.sandtable.labels());

describe('labels for every scenario (issue #21)', () => {
  it('places an imported file’s labels, and draws a claim without claimant as such, in EN and FR', async () => {
    const { page, consoleErrors } = await openApp(browser, { width: 1366, height: 768 });
    const opened = await page.evaluate(
      (text) => window.sandtable.open([{ name: 'own.geojson', text }]),
      OWN_FILE,
    );
    expect(opened.ok, opened.errors.join('\n')).toBe(true);
    // Never dropped: both movements are drawn, the missing claimant listed as a problem.
    expect(opened.movements).toBe(2);
    expect(opened.problems).toEqual([expect.stringMatching(/bravo › properties\.claimedBy/)]);
    await page.evaluate(() => window.sandtable.setTime('2024-03-01T12:00:00Z'));
    expect((await page.evaluate(() => window.sandtable.density())).labels).toBeGreaterThan(0);
    const en = Object.fromEntries((await labels(page)).map((l) => [l.id, l.lines]));
    expect(en.alpha).toEqual(['Column Alpha advances']);
    expect(en.bravo).toEqual(['Bravo withdraws', 'claimed (by whom unknown)']);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await expect
      .poll(async () => Object.fromEntries((await labels(page)).map((l) => [l.id, l.lines])))
      .toEqual({
        alpha: ['La colonne Alpha avance'],
        bravo: ['Bravo withdraws', 'revendiqué (on ne sait par qui)'],
      });
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('places the label of a movement drawn in the editor, as it is typed', async () => {
    const { page, consoleErrors } = await openApp(browser, { width: 1366, height: 768 });
    await enterEditor(page);
    await drawMovement(page, [
      [500, 300],
      [650, 380],
      [800, 320],
    ]);
    await page.getByLabel('Label (English)').fill('Column Alpha advances');
    await page.getByLabel('Label (English)').press('Enter');
    await expect
      .poll(async () => (await labels(page)).find((l) => l.id === 'movement-1')?.lines)
      .toEqual(['Column Alpha advances']);
    expect((await page.evaluate(() => window.sandtable.density())).labels).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('presenting (issue #21)', () => {
  it('starts at chapter 1 from any moment', async () => {
    const { page, consoleErrors } = await openApp(browser, { width: 1366, height: 768 });
    await page.evaluate(() => window.sandtable.setTime('2023-11-13T14:00:00Z'));
    const caption = page.getByRole('region', { name: 'Chapter caption' });
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => caption.locator('h2').textContent()).toBe('Prelude: the column reaches Anéfis');
    expect(await page.locator('.dots [aria-current="step"]').getAttribute('aria-label')).toBe(
      'Chapter 1 of 8',
    );
    await page.keyboard.press('Escape');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('with Shift, starts from the chapter on screen (13 November, chapter 5), not played', async () => {
    const other = await openApp(browser, { width: 1366, height: 768 });
    await other.page.evaluate(() => window.sandtable.setTime('2023-11-13T14:00:00Z'));
    await other.page.getByRole('button', { name: 'Present' }).click({ modifiers: ['Shift'] });
    const card = other.page.getByRole('region', { name: 'Chapter caption' });
    await expect.poll(() => card.locator('h2').textContent()).toBe('13 November: the southern flank');
    expect(await other.page.evaluate(() => window.sandtable.time)).toBe(Date.parse('2023-11-13T14:00:00Z'));
    await other.page.keyboard.press('Escape');
    expect(other.consoleErrors).toEqual([]);
    await other.page.context().close();
  });
});

describe('export dialog (issue #21)', () => {
  it('preselects the chapter on screen, and starts a GIF at 720p and 8 fps with its size estimated', async () => {
    const { page, consoleErrors } = await openApp(browser, { width: 1366, height: 768 });
    await page.evaluate(() => window.sandtable.setTime('2023-11-13T14:00:00Z'));
    const dialog = await openExportDialog(page);
    await dialog.getByRole('combobox', { name: 'What' }).selectOption('mp4');
    await dialog.getByRole('combobox', { name: 'Range' }).selectOption('chapter');
    expect(await dialog.getByRole('combobox', { name: 'Chapter' }).inputValue()).toBe('southern-flank-13nov');
    await dialog.getByRole('combobox', { name: 'What' }).selectOption('gif');
    expect(await dialog.getByRole('combobox', { name: 'Size' }).inputValue()).toBe('720p');
    expect(await dialog.getByRole('spinbutton', { name: 'fps' }).inputValue()).toBe('8');
    expect(await dialog.getByTestId('gif-estimate').textContent()).toMatch(
      /About [\d.]+ MB: 80 frames of 1280 × 720 px/,
    );
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
