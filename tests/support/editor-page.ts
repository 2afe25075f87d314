import type { Page } from 'playwright-core';
import { fromFileMenu } from './menus';

/** Opens the editor on the scenario in view (an editable copy) and waits until it is ready. */
export async function enterEditor(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('button', { name: 'Done' }).waitFor();
}

/** Starts a new scenario from File › New scenario…, giving its title in the dialog (other fields as offered). */
export async function newScenario(page: Page, title: string): Promise<void> {
  await fromFileMenu(page, 'New scenario…');
  const dialog = page.getByRole('dialog', { name: 'New scenario' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('button', { name: 'Done' }).waitFor();
}

/** Canvas-relative CSS pixels → page coordinates for the mouse. */
export async function onMap(page: Page, points: [number, number][]): Promise<[number, number][]> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('The map canvas is not on the page');
  return points.map(([x, y]) => [box.x + x, box.y + y]);
}

/** Draws a movement by clicking its vertices on the map, finished with Enter. */
export async function drawMovement(page: Page, points: [number, number][]): Promise<void> {
  await page.getByRole('button', { name: 'Movement', exact: true }).click();
  for (const [x, y] of await onMap(page, points)) {
    await page.mouse.click(x, y);
    // Terra Draw reads pointer events on its own schedule; give each click its frame.
    await page.waitForTimeout(150);
  }
  await page.keyboard.press('Enter');
}

/** Waits until every change so far is in IndexedDB. */
export async function waitSaved(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /^(Saved|Enregistré)$/ })
    .waitFor();
}

/** Clicks one point of the map, in canvas-relative CSS pixels. */
export async function clickMap(
  page: Page,
  x: number,
  y: number,
  button: 'left' | 'right' = 'left',
): Promise<void> {
  const [[px, py]] = (await onMap(page, [[x, y]])) as [[number, number]];
  await page.mouse.click(px, py, { button });
}

export interface DraftFeature {
  geometry: { type: string; coordinates: number[][] };
  properties: Record<string, unknown>;
}

/** The draft's features as the files hold them, by id. */
export async function draftFeatures(page: Page): Promise<Record<string, DraftFeature>> {
  return page.evaluate(() => {
    type DraftFeature = {
      geometry: { type: string; coordinates: number[][] };
      properties: Record<string, unknown>;
    };
    const { scenario, files } = window.sandtable.scenarioJson() as {
      scenario: { files: string[] };
      files: Record<string, string>;
    };
    const out: Record<string, DraftFeature> = {};
    for (const file of scenario.files)
      for (const f of JSON.parse(files[file]!).features) out[f.properties.id] = f;
    return out;
  });
}
