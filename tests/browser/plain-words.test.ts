import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './chromium';
import { draftFeatures, enterEditor, onMap } from '../support/editor-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const INPUT = '[data-testid="scenario-file-input"]';

async function pick(page: Page, name: string, text: string) {
  await page.setInputFiles(INPUT, { name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
}

/**
 * English the app used to show in French mode: schema and parser wording, the basemap's credits, the
 * importer's source, the editor's stand-in source and its fields, a 12-hour clock.
 */
const ENGLISH = [
  /Too small/i,
  /Invalid input/i,
  /expected (array|string|number)/i,
  /valid JSON/i,
  /Unexpected (end|token)/i,
  /JSON input/i,
  /Wrong magic/i,
  /Regional roads/,
  /schematic/,
  /calibrated with/,
  /Imported file/,
  /No source yet/,
  /Add (a )?source/,
  /Map label/,
  /\b(is|are) missing\b/,
  /\bthe file\b/i,
  /\b\d{1,2}:\d{2}(:\d{2})? ?(AM|PM)\b/,
];

function englishIn(text: string): string[] {
  return ENGLISH.filter((re) => re.test(text)).map((re) => `${re} in: ${text.slice(0, 400)}`);
}

/** Visible text only: a closed "Détails" line keeps the loader's words out of sight, as it should. */
const shown = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText).join('\n'));

async function drawMovementByDoubleClick(page: Page, points: [number, number][]): Promise<void> {
  await page.getByRole('button', { name: /^(Movement|Mouvement)$/ }).click();
  const at = await onMap(page, points);
  for (const [x, y] of at.slice(0, -1)) {
    await page.mouse.click(x, y);
    // Terra Draw reads pointer events on its own schedule; give each click its frame.
    await page.waitForTimeout(150);
  }
  const [x, y] = at.at(-1)!;
  await page.mouse.click(x, y);
  await page.waitForTimeout(150);
  await page.mouse.dblclick(x, y);
}

/** View › Sources in French. */
async function toggleSources(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Affichage', exact: true }).click();
  await page
    .getByRole('menu', { name: 'Affichage' })
    .getByRole('menuitemcheckbox', { name: 'Sources', exact: true })
    .click();
}

describe('every word in the reader’s language', () => {
  it('walks the app in French: problems of bad imports, sources, credits and the editor, with no English', async () => {
    const { page, consoleErrors } = await openApp(browser, { width: 1366, height: 900, query: '&lang=fr' });
    const found: string[] = [];

    // An empty file, then a scenario.json whose source list is empty: plain French sentences.
    await pick(page, 'vide.geojson', '');
    const report = page.getByRole('alert').filter({ hasText: 'vide.geojson' });
    await expect.poll(() => report.innerText()).toMatch(/Le fichier vide\.geojson est vide/);
    found.push(...englishIn(await report.innerText()));
    await pick(page, 'coupe.geojson', '{"type": "FeatureCollection", "features": [');
    const cut = page.getByRole('alert').filter({ hasText: 'coupe.geojson' });
    await expect.poll(() => cut.innerText()).toMatch(/s’arrête avant sa fin/);
    found.push(...englishIn(await cut.innerText()));
    // The loader's own line is there for experts, collapsed under "Détails".
    await cut.getByText('Détails').first().click();
    await expect.poll(() => cut.innerText()).toMatch(/coupe\.geojson/);
    expect(await page.evaluate(() => window.sandtable.scenario.id)).toBe('kidal-2023');
    // Closed, so it covers none of the editor's tools below.
    await cut.getByRole('button', { name: /^Fermer/ }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'geojson' }).count()).toBe(0);

    // The Sources panel: the basemap's credits in French.
    await toggleSources(page);
    const sources = await shown(page, '#sources-panel');
    expect(sources).toMatch(/Routes régionales : Sandtable, schématiques/);
    expect(sources).toMatch(/Relief SRTM30 \(NASA, via KDE Marble\), calé sur NOAA ETOPO5/);
    found.push(...englishIn(sources));
    // Closed with its own button, so it covers none of the editor's tools.
    await page.getByRole('button', { name: 'Fermer la liste des sources' }).click();
    await page.locator('#sources-panel').waitFor({ state: 'detached' });

    // The map as text (what a screen reader hears), with its credits.
    const described = await page
      .locator('.maplibregl-canvas')
      .evaluate((c) => document.getElementById(c.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(described).toMatch(/Routes régionales/);
    found.push(...englishIn(described));

    // The editor: a movement drawn and finished by a double-click is selected, its panels in French.
    await page.getByRole('button', { name: 'Modifier', exact: true }).click();
    await page.getByRole('button', { name: 'Terminé' }).waitFor();
    await drawMovementByDoubleClick(page, [
      [300, 300],
      [450, 360],
      [600, 320],
    ]);
    const selected = page.getByRole('region', { name: /Élément sélectionné/ });
    await selected.waitFor();
    // The vertex times on a 24-hour clock, without seconds.
    const vertex = await selected.getByRole('textbox', { name: 'Sommet 1' }).inputValue();
    expect(vertex).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await expect.poll(() => selected.innerText()).toMatch(/Sur la carte : Mouvement 1/);
    const problems = page.getByRole('region', { name: /Problèmes/ });
    await expect.poll(() => problems.innerText()).toMatch(/Mouvement 1 : ajoutez au moins une source\./);
    await page.getByText('Scénario', { exact: true }).click();
    await page.getByRole('button', { name: 'Ajouter une source' }).waitFor();
    found.push(...englishIn(await shown(page, 'aside, .editor, [role="complementary"]')));
    found.push(...englishIn(await selected.innerText()), ...englishIn(await problems.innerText()));
    // The preview's stand-in for a missing source is no source: not in the credits.
    const credits = await page
      .locator('.maplibregl-canvas')
      .evaluate((c) => document.getElementById(c.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(credits).not.toMatch(/Pas encore de source/);

    expect(found).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 300_000);
});

describe('the editor’s fields', () => {
  it('adds a source to the scenario, checked field by field', async () => {
    const { page, consoleErrors } = await openApp(browser, { width: 1366, height: 900 });
    await enterEditor(page);
    await page.getByText('Scenario', { exact: true }).click();
    await page.getByRole('button', { name: 'Add a source' }).click();
    const form = page.getByRole('group', { name: 'New source' });
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => form.innerText()).toMatch(/Write the title of the source\./);
    expect(await form.innerText()).toMatch(/Write its date as YYYY, YYYY-MM or YYYY-MM-DD/);
    await form.getByLabel('Title').fill('Kidal falls');
    await form.getByLabel('Publisher').fill('Desk Weekly');
    await form.getByLabel(/^Date/).fill('14/11/2023');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => form.innerText()).toMatch(/Write its date/);
    expect(await form.innerText()).not.toMatch(/Write the title/);
    await form.getByLabel(/^Date/).fill('2023-11-14');
    await form.getByLabel(/^Link|^Web address/).fill('https://example.org/kidal');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Source “Kidal falls” added.' }).waitFor();
    const manifest = await page.evaluate(
      () => (window.sandtable.scenarioJson() as { scenario: { sources: { title: string }[] } }).scenario,
    );
    expect(manifest.sources.at(-1)).toEqual({
      id: 'desk-weekly-2023-11-14',
      title: 'Kidal falls',
      publisher: 'Desk Weekly',
      date: '2023-11-14',
      url: 'https://example.org/kidal',
    });
    // The new source can be cited at once.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window.sandtable.scenarioJson() as { scenario: { sources: { title: string }[] } }).scenario
              .sources.length,
        ),
      )
      .toBe(manifest.sources.length - 1);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('writes the map label in both languages and shows live what the map will draw', async () => {
    const { page, consoleErrors } = await openApp(browser, { width: 1366, height: 900 });
    await enterEditor(page);
    await drawMovementByDoubleClick(page, [
      [300, 300],
      [450, 360],
      [600, 320],
    ]);
    const selected = page.getByRole('region', { name: /Selected feature/ });
    await selected.waitFor();
    const id = Object.keys(await draftFeatures(page)).find((k) => k.startsWith('movement-'))!;
    const preview = selected.getByTestId('map-label-preview');
    await expect.poll(() => preview.innerText()).toMatch(/^On the map: Movement \d+$/);
    const english = selected.getByLabel('Map label, English');
    await english.click();
    await page.keyboard.type('Column Alpha');
    // Live, before the field is left.
    await expect.poll(() => preview.innerText()).toBe('On the map: Column Alpha');
    await english.press('Tab');
    await selected.getByLabel('Map label, French').fill('Colonne Alpha');
    await selected.getByLabel('Map label, French').press('Tab');
    await expect
      .poll(async () => (await draftFeatures(page))[id]?.properties.mapLabel)
      .toEqual({ en: 'Column Alpha', fr: 'Colonne Alpha' });
    // A vertex time typed on a 24-hour clock is written as that instant in the scenario's zone.
    const vertex = selected.getByRole('textbox', { name: 'Vertex 2' });
    expect(await vertex.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await vertex.fill('13/11/2023 14:05');
    await vertex.press('Tab');
    await expect
      .poll(async () => ((await draftFeatures(page))[id]?.properties.coordTimes as string[])[1])
      .toBe('2023-11-13T14:05:00Z');
    await vertex.fill('13/11/2023 2:05 PM');
    await vertex.press('Tab');
    await expect.poll(() => selected.innerText()).toMatch(/on a 24-hour clock/);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
