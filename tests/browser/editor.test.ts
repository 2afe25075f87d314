import { fromFileMenu } from '../support/menus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { launch, openApp } from './chromium';
import { RECORD_CSP_VIOLATIONS } from '../support/csp-violations';
import {
  clickMap,
  onMap,
  draftFeatures,
  drawMovement,
  enterEditor,
  newScenario,
  waitSaved,
} from '../support/editor-page';

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

// axe-core is evaluated through the DevTools protocol (see a11y.test.ts): the app's CSP blocks inline scripts.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const THREE_VERTICES: [number, number][] = [
  [250, 250],
  [400, 330],
  [560, 260],
];

/** Distance in degrees from a point to a polyline: small when the point lies on it. */
function offLine(p: [number, number], line: number[][]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1] as [number, number];
    const [bx, by] = line[i] as [number, number];
    const t = Math.max(
      0,
      Math.min(1, ((p[0] - ax) * (bx - ax) + (p[1] - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    best = Math.min(best, Math.hypot(p[0] - (ax + t * (bx - ax)), p[1] - (ay + t * (by - ay))));
  }
  return best;
}

async function dragOnMap(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  const [a, b] = (await onMap(page, [from, to])) as [[number, number], [number, number]];
  await page.mouse.move(a[0], a[1]);
  await page.mouse.down();
  await page.mouse.move(b[0], b[1], { steps: 8 });
  await page.mouse.up();
}

async function reopen(page: Page): Promise<void> {
  await page.reload();
  await page.waitForFunction(() => 'sandtable' in window);
  await page.evaluate(() => window.sandtable.ready);
  await page.getByRole('button', { name: 'Done' }).waitFor();
}

describe('the scenario editor', () => {
  // The startup budget itself is bundle.test.ts's: here, only that the editor's libraries stay out of it.
  it('loads on demand: the initial JS carries neither Terra Draw nor idb', async () => {
    const dist = join(import.meta.dirname, '../../dist');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(initial.length).toBeGreaterThan(0);
    const bytes = initial.map((f) => readFileSync(join(dist, f)));
    for (const b of bytes) expect(b.toString('utf8')).not.toMatch(/TerraDraw|openDB/);

    const { page } = await openApp(browser, { width: 1366, height: 768 });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.evaluate(() => window.sandtable.setTime('2023-11-13T14:00:00Z'));
    expect(requested.filter((u) => u.includes('EditorRoot'))).toEqual([]);
    await enterEditor(page);
    expect(requested.filter((u) => /EditorRoot-[^/]*\.js$/.test(u))).toHaveLength(1);
    await page.context().close();
  });

  it('draws a movement that plays, undoes and redoes it, and keeps draft and history across a reload', async () => {
    const { page, consoleErrors, foreignRequests } = await openApp(browser, {
      width: 1366,
      height: 768,
      init: RECORD_CSP_VIOLATIONS,
    });
    await newScenario(page, 'Test campaign');
    await drawMovement(page, THREE_VERTICES);
    await expect.poll(async () => Object.keys(await draftFeatures(page))).toEqual(['movement-1']);
    const drawn = (await draftFeatures(page))['movement-1']!;
    const line = drawn.geometry.coordinates;
    expect(line).toHaveLength(3);

    // Give it a duration: the vertex times spread over 12 hours from the first.
    const lasts = page.getByLabel('Lasts (hours)');
    await lasts.fill('12');
    await lasts.press('Tab');
    const times = () => draftFeatures(page).then((f) => f['movement-1']!.properties.coordTimes as string[]);
    await expect
      .poll(async () => Date.parse((await times())[2]!) - Date.parse((await times())[0]!))
      .toBe(12 * 3_600_000);

    // Play: the head leaves the first vertex and moves along the drawn line.
    const t0 = await page.evaluate(() => window.sandtable.time);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction((t) => window.sandtable.time > t + 3 * 3_600_000, t0);
    await page.getByRole('button', { name: 'Pause' }).click();
    const head = await page.evaluate(() =>
      window.sandtable.frame().movements.find((m) => m.id === 'movement-1')!,
    );
    expect(head.progress).toBeGreaterThan(0.2);
    expect(offLine(head.head, line)).toBeLessThan(1e-3);

    // Undo removes it, redo brings it back, with the keys and the buttons.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => Object.keys(await draftFeatures(page))).toEqual(['movement-1']);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => Object.keys(await draftFeatures(page))).toEqual([]);
    expect(await page.evaluate(() => window.sandtable.frame().movements)).toEqual([]);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(async () => Object.keys(await draftFeatures(page))).toEqual(['movement-1']);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(times).toHaveLength(3);
    expect(Date.parse((await times())[2]!) - Date.parse((await times())[0]!)).toBe(12 * 3_600_000);

    // Reload: the draft reopens with a notice, and its history is there to undo.
    await waitSaved(page);
    await reopen(page);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'was reopened' }).count()).toBe(1);
    expect(Object.keys(await draftFeatures(page))).toEqual(['movement-1']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => Object.keys(await draftFeatures(page))).toEqual([]);
    // Terra Draw and the editor run under the built app's Content-Security-Policy.
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('lists "claimed" without "claimed by" as a problem, which goes once fixed', async () => {
    const { page, consoleErrors } = await openApp(browser, { width: 1366, height: 768 });
    await newScenario(page, 'Claims');
    await page.getByRole('button', { name: 'Strike', exact: true }).click();
    await clickMap(page, 400, 300);
    await page.getByLabel('Certainty').selectOption('claimed');
    const problems = page.getByRole('region', { name: /Problems/ });
    await expect
      .poll(() => problems.textContent())
      .toMatch(/Give Strike 1 its claimant: it should be the side making the claim/);
    await page.getByLabel('Claimed by').selectOption('side-b');
    await expect.poll(() => problems.textContent()).not.toMatch(/claimedBy/);
    // The strike is still flagged for its missing source; clicking that problem selects it.
    await page.getByRole('button', { name: 'Done' }).focus();
    await page.keyboard.press('Escape');
    await problems.getByRole('button', { name: /Add at least one source to Strike 1/ }).click();
    await expect.poll(() => page.getByRole('region', { name: /Selected feature/ }).count()).toBe(1);
    // A language switch restyles the basemap; the selected shape's handles are set up again, without errors.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('region', { name: /Selected feature/ }).count()).toBe(0);
    await problems.getByRole('button', { name: /Add at least one source to Strike 1/ }).click();
    await page.getByLabel('Certainty').selectOption('reported');
    await expect.poll(() => problems.textContent()).not.toMatch(/claimed/);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows a label with HTML in it as text', async () => {
    const { page } = await openApp(browser, { width: 1366, height: 768 });
    await newScenario(page, 'Payloads');
    await page.getByRole('button', { name: 'Event', exact: true }).click();
    await clickMap(page, 400, 300);
    const payload = '<img src=x onerror="window.__xss=true">';
    await page.getByLabel('Label (English)').fill(payload);
    await page.getByLabel('Label (English)').press('Enter');
    await page.getByLabel('Note (English)').fill(`<b>${payload}</b>`);
    await page.getByLabel('Note (English)').blur();
    await expect
      .poll(() => page.getByRole('region', { name: /Selected feature/ }).textContent())
      .toContain(payload);
    // In the feature list, the label and its kind are the button's name, as typed.
    await expect
      .poll(() => page.getByRole('button', { name: `${payload} Event`, exact: true }).count())
      .toBe(1);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect((await draftFeatures(page))['event-1']!.properties).toMatchObject({ label: { en: payload } });
    await page.context().close();
  });

  it('exports a zip that opens again to the identical frame', async () => {
    const { page } = await openApp(browser, { width: 1366, height: 768 });
    await newScenario(page, 'Round trip');
    await drawMovement(page, THREE_VERTICES);
    await expect.poll(async () => Object.keys(await draftFeatures(page))).toEqual(['movement-1']);
    // A valid scenario: one source, cited.
    await page.getByRole('button', { name: 'Add a new source' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Column seen leaving');
    await page.getByLabel('Publisher').fill('Desk');
    await page.getByLabel('Date (YYYY-MM-DD)').fill('2024-01-02');
    await page.getByRole('button', { name: 'Add source' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: /Problems/ }).textContent())
      .toContain('Problems (0)');
    const json = await page.evaluate(() => window.sandtable.scenarioJson());
    const t = Date.parse(
      (json.files['features.geojson'] &&
        JSON.parse(json.files['features.geojson']).features[0].properties.coordTimes[1]) as string,
    );
    const before = await page.evaluate((time) => window.sandtable.frame(time), t);
    await page.getByRole('button', { name: 'Done' }).click();
    // Export scenario asks for the format; Sandtable's zip is the one chosen by default.
    await fromFileMenu(page, 'Export scenario');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('data-export-save').click(),
    ]);
    const zip = readFileSync((await download.path())!);
    // Open the built-in scenario again through a fresh page, then the zip.
    const other = await openApp(browser, { width: 1366, height: 768 });
    await other.page.setInputFiles('[data-testid="scenario-file-input"]', {
      name: 'round-trip.zip',
      mimeType: 'application/zip',
      buffer: zip,
    });
    await other.page.waitForFunction(() => window.sandtable.scenario.id === 'round-trip');
    expect(await other.page.evaluate((time) => window.sandtable.frame(time), t)).toEqual(before);
    expect(await other.page.evaluate(() => window.sandtable.scenarioJson().files)).toEqual(json.files);
    await other.page.context().close();
    await page.context().close();
  });

  it('edits a copy of Kidal: the built-in scenario is unchanged after reload', async () => {
    const { page } = await openApp(browser, { width: 1366, height: 768 });
    const builtIn = await page.evaluate(() => window.sandtable.scenarioJson().files);
    const frameBefore = await page.evaluate(() => window.sandtable.frame('2023-11-13T14:00:00Z'));
    await enterEditor(page);
    await page
      .getByRole('button', { name: /^Kidal/ })
      .first()
      .click();
    await page.getByLabel('Label (English)').fill('Edited Kidal');
    await page.getByLabel('Label (English)').press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Edited Kidal' }).click();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.getByRole('button', { name: 'Edited Kidal' }).count()).toBe(0);
    await waitSaved(page);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
    await page.reload();
    await page.waitForFunction(() => 'sandtable' in window);
    await page.evaluate(() => window.sandtable.ready);
    expect(await page.getByRole('button', { name: 'Done' }).count()).toBe(0);
    // The edited copy was in view, so it comes back; the built-in scenario is one menu item away, unchanged.
    expect(await page.evaluate(() => window.sandtable.scenarioJson().files)).not.toEqual(builtIn);
    await fromFileMenu(page, 'Open the built-in scenario (Kidal)');
    expect(await page.evaluate(() => window.sandtable.scenarioJson().files)).toEqual(builtIn);
    expect(await page.evaluate(() => window.sandtable.frame('2023-11-13T14:00:00Z'))).toEqual(frameBefore);
    // The copy is kept under My scenarios.
    await enterEditor(page);
    await page.getByText('My scenarios').click();
    await expect.poll(() => page.getByText(/\(my copy\)/).count()).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });

  it('speaks French throughout the editor', async () => {
    const { page } = await openApp(browser, { width: 1366, height: 768, query: '&lang=fr' });
    await page.getByRole('button', { name: 'Fichier', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Nouveau scénario…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau scénario' });
    await dialog.getByRole('textbox', { name: 'Titre' }).fill('Essai');
    await dialog.getByRole('button', { name: 'Créer' }).click();
    await page.getByRole('button', { name: 'Terminé' }).waitFor();
    await page.getByRole('button', { name: 'Frappe', exact: true }).click();
    await clickMap(page, 400, 300);
    await page.getByLabel('Certitude').selectOption('claimed');
    for (const section of ['Scénario', 'Mes scénarios'])
      await page.getByText(section, { exact: true }).click();
    const texts = await page.evaluate(() => {
      const editor = document.querySelector('aside.editor')!;
      const out: string[] = [];
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        // The loader's problem messages are marked as English on purpose (as in import reports).
        const en = (n.parentElement as HTMLElement).closest('[lang="en"]');
        if (en && editor.contains(en)) continue;
        if (n.textContent!.trim()) out.push(n.textContent!.trim());
      }
      for (const el of editor.querySelectorAll('[aria-label], [title], [placeholder]'))
        for (const a of ['aria-label', 'title', 'placeholder'])
          if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
      return out;
    });
    const { STRINGS } = await import('../../src/i18n/strings');
    // Every English UI string that differs from its French, as a pattern (placeholders match anything).
    const englishOnly = Object.entries(STRINGS.en)
      .filter(([key, text]) => STRINGS.fr[key as keyof typeof STRINGS.fr] !== text)
      .map(([, text]) => {
        const pattern = text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '.*');
        return new RegExp(`^${pattern}$`);
      });
    expect(texts.length).toBeGreaterThan(40);
    expect(texts.filter((t) => englishOnly.some((re) => re.test(t)))).toEqual([]);
    expect(texts.some((t) => /^Problèmes \(\d+\)$/.test(t))).toBe(true);
    await page.context().close();
  });

  it('has no serious or critical axe violation in edit mode', async () => {
    const { page } = await openApp(browser, { width: 1366, height: 768 });
    await enterEditor(page);
    await page
      .getByRole('button', { name: /^Kidal/ })
      .first()
      .click();
    for (const section of ['Scenario', 'My scenarios'])
      await page.getByText(section, { exact: true }).click();
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (c: unknown) => Promise<{
              violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run({ exclude: [['.maplibregl-canvas-container']] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n) => n.target),
      }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.context().close();
  });

  it('selects on the map and reshapes: vertex drag, midpoint insert, right-click delete, move, Delete; times follow', async () => {
    const { page, consoleErrors } = await openApp(browser, { width: 1366, height: 768 });
    await newScenario(page, 'Reshape');
    await drawMovement(page, THREE_VERTICES);
    await expect.poll(async () => Object.keys(await draftFeatures(page))).toEqual(['movement-1']);
    const shape = async () => {
      const f = (await draftFeatures(page))['movement-1'];
      return f && { coords: f.geometry.coordinates, times: f.properties.coordTimes as string[] };
    };
    const drawn = (await shape())!;
    // Deselect, then pick the line on the map (the app draws it; deck.gl's picking finds it).
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('region', { name: /Selected feature/ }).count()).toBe(0);
    await page.evaluate(() => window.sandtable.setTime(window.sandtable.time + 7 * 3_600_000));
    await clickMap(page, 325, 290);
    await expect.poll(() => page.getByRole('region', { name: /Selected feature/ }).count()).toBe(1);

    // Drag the middle vertex: it moves and keeps its time.
    await dragOnMap(page, THREE_VERTICES[1]!, [420, 380]);
    await expect.poll(async () => (await shape())!.coords[1]).not.toEqual(drawn.coords[1]);
    expect((await shape())!.times).toEqual(drawn.times);

    // Click the midpoint of the first segment: a vertex is inserted, timed between its neighbours.
    await clickMap(page, (250 + 420) / 2, (250 + 380) / 2);
    await expect.poll(async () => (await shape())!.coords.length).toBe(4);
    const inserted = (await shape())!.times.map((t) => Date.parse(t));
    expect(inserted[1]).toBeGreaterThan(inserted[0]!);
    expect(inserted[1]).toBeLessThan(inserted[2]!);

    // Right-click it away; undo brings it back, with its time.
    await clickMap(page, (250 + 420) / 2, (250 + 380) / 2, 'right');
    await expect.poll(async () => (await shape())!.coords.length).toBe(3);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await shape())!.times.map((t) => Date.parse(t))).toEqual(inserted);

    // Drag the line itself: the whole feature moves, its times stay.
    const unmoved = (await shape())!;
    await dragOnMap(page, [525, 290], [525, 320]);
    await expect
      .poll(async () => (await shape())!.coords.every((c, i) => c[1]! < unmoved.coords[i]![1]!))
      .toBe(true);
    expect((await shape())!.times).toEqual(unmoved.times);

    // Delete removes the feature; undo restores it as it was.
    const before = await shape();
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('Delete');
    await expect.poll(shape).toBeUndefined();
    await page.keyboard.press('Control+z');
    await expect.poll(shape).toEqual(before);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('saves and closes the draft when another scenario is opened from the toolbar', async () => {
    const { page } = await openApp(browser, { width: 1366, height: 768 });
    await newScenario(page, 'Left behind');
    await page.getByRole('button', { name: 'Event', exact: true }).click();
    await clickMap(page, 400, 300);
    await expect.poll(async () => Object.keys(await draftFeatures(page))).toEqual(['event-1']);
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [1.4, 18.44] },
          properties: { id: 'r1', name: 'A report', time: '2023-11-14T06:00:00Z' },
        },
      ],
    });
    await page.setInputFiles('[data-testid="scenario-file-input"]', {
      name: 'reports.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(geojson),
    });
    await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Done' }).count()).toBe(0);
    expect(
      await page.evaluate(() => window.sandtable.frame('2023-11-15T00:00:00Z').events.map((e) => e.id)),
    ).toEqual(['r1']);
    // The draft is kept, with its feature.
    await enterEditor(page);
    await page.getByText('My scenarios').click();
    await expect.poll(() => page.getByText('Left behind', { exact: true }).count()).toBe(1);
    await page.context().close();
  });
});
