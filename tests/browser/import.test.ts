import { fromFileMenu } from '../support/menus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const INPUT = '[data-testid="scenario-file-input"]';

function geojson(label: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [1.4, 18.44] },
        properties: { id: 'e1', name: label, time: '2023-11-14T06:00:00Z', ...extra },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [1.5, 18.5] },
        properties: { id: 'e2', name: 'Second', time: '2023-11-15T06:00:00Z' },
      },
    ],
  });
}

async function pick(page: Page, name: string, text: string | Buffer) {
  await page.setInputFiles(INPUT, { name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
}

describe('opening your own data', () => {
  it('loads a single GeoJSON and says what it loaded', async () => {
    const { page, consoleErrors, foreignRequests } = await openApp(browser, { width: 960, height: 600 });
    await pick(page, 'reports.geojson', geojson('A report'));
    await page.waitForFunction(() => window.sandtable.scenario.id !== 'kidal-2023');
    await expect
      .poll(() => page.getByRole('status', { name: 'Import report' }).textContent())
      .toMatch(/2 .*loaded/);
    expect(
      await page.evaluate(() => window.sandtable.frame('2023-11-15T12:00:00Z').events.map((e) => e.id)),
    ).toEqual(['e1', 'e2']);
    // Another tool's properties are kept and shown with the event, as text.
    await page.evaluate(() => window.sandtable.setTime('2023-11-14T06:00:00Z'));
    const panel = page.getByRole('region', { name: 'Around this time' });
    await panel.getByText('Other properties (1)').first().click();
    await expect.poll(() => panel.textContent()).toMatch(/Other properties \(1\)\s*name\s*A report/);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('rejects malformed JSON with the file named, and keeps the scenario in view', async () => {
    const { page } = await openApp(browser, { width: 960, height: 600 });
    await page.evaluate(() => window.sandtable.setTime('2023-11-13T14:00:00Z'));
    await pick(page, 'broken.geojson', '{"type": "FeatureCollection", "features": [');
    const alert = page.getByRole('alert', { name: 'Import report' });
    await expect.poll(() => alert.textContent()).toMatch(/broken\.geojson/);
    expect(await alert.textContent()).toMatch(/unchanged/);
    expect(await page.evaluate(() => window.sandtable.scenario.id)).toBe('kidal-2023');
    expect(await page.evaluate(() => new Date(window.sandtable.time).toISOString())).toBe(
      '2023-11-13T14:00:00.000Z',
    );
    await page.context().close();
  });

  it('shows HTML in data as text and never runs it', async () => {
    const { page } = await openApp(browser, { width: 960, height: 600 });
    const payload = '<img src=x onerror="window.__xss=true">';
    await pick(page, 'evil.geojson', geojson(payload, { sources: 'not-an-array' }));
    await page.waitForFunction(() => document.body.textContent!.includes('evil.geojson'));
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.context().close();
  });

  it('exports the scenario as a zip that opens again identically', async () => {
    const { page } = await openApp(browser, { width: 960, height: 600 });
    // Export scenario asks for the format; Sandtable's zip is the one chosen by default.
    await fromFileMenu(page, 'Export scenario');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('data-export-save').click(),
    ]);
    expect(download.suggestedFilename()).toBe('kidal-2023.zip');
    const zip = readFileSync((await download.path())!);
    const before = await page.evaluate(() => window.sandtable.frame('2023-11-13T14:00:00Z'));
    // Open something else first, so the re-import visibly replaces it.
    await pick(page, 'reports.geojson', geojson('A report'));
    await page.waitForFunction(() => window.sandtable.scenario.id !== 'kidal-2023');
    await pick(page, 'kidal-2023.zip', zip);
    await page.waitForFunction(() => window.sandtable.scenario.id === 'kidal-2023');
    expect(await page.evaluate(() => window.sandtable.frame('2023-11-13T14:00:00Z'))).toEqual(before);
    await page.context().close();
  });
});
