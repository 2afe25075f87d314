import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './chromium';
import { longGpx } from '../support/long-gpx';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const INPUT = '[data-testid="scenario-file-input"]';
const FOREIGN = new URL('../fixtures/foreign/', import.meta.url);

async function pick(page: Page, name: string, bytes: Buffer) {
  await page.setInputFiles(INPUT, { name, mimeType: 'application/octet-stream', buffer: bytes });
}

/** A big file goes by path: a buffer would be decoded by Playwright's script inside the page, on its main thread. */
async function pickPath(page: Page, path: string) {
  await page.setInputFiles(INPUT, path);
}

// In the page: a requestAnimationFrame heartbeat (every gap between two frames) from `__startHeartbeat()` on,
// and the progress texts shown with the count of frames drawn at each.
const HEARTBEAT = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective));
  window.__heartbeat = { gaps: [], on: false };
  window.__progress = new Set();
  window.__progressBeats = [];
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('.progress [role=status]')) {
      window.__progress.add(el.textContent);
      // How many frames the page had drawn when each progress text showed.
      if (window.__heartbeat.on) window.__progressBeats.push(window.__heartbeat.gaps.length);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
  window.__startHeartbeat = () => {
    const h = window.__heartbeat;
    Object.assign(h, { gaps: [], from: performance.now(), on: true });
    let last = performance.now();
    const beat = (now) => {
      h.gaps.push([last, now]);
      last = now;
      if (h.on) requestAnimationFrame(beat);
    };
    requestAnimationFrame(beat);
  };
`;

type Span = [number, number];
declare global {
  interface Window {
    __heartbeat: { gaps: Span[]; from: number; on: boolean };
    __startHeartbeat: () => void;
    /** Every text the import's progress line showed. */
    __progress: Set<string>;
    /** The heartbeat's count of frames at each progress text shown. */
    __progressBeats: number[];
    __cspViolations: string[];
  }
}

/**
 * The page's frames up to `until` (the import handing its scenario to the app), counted at the first and the
 * last progress text shown and at the handover. A page that draws frames while the worker reads, and again
 * while the result arrives and is put back together, was never blocked for the whole of either; how long its
 * tasks were is a figure for `npm run bench:import`, not a test (a shared machine makes any time threshold lie).
 */
async function framesUntil(page: Page, until: number) {
  return page.evaluate((end) => {
    const h = window.__heartbeat;
    h.on = false;
    const beats = window.__progressBeats;
    return {
      atFirstProgress: beats[0] ?? -1,
      atLastProgress: beats.at(-1) ?? -1,
      atHandover: h.gaps.filter(([, b]) => b <= end).length,
    };
  }, until);
}

describe('importing off the main thread', () => {
  it('imports a 200,000-point GPX with progress, cancels it, then loads it simplified, the page never stalling', async () => {
    const gpx = join(mkdtempSync(join(tmpdir(), 'sandtable-')), 'long-patrol.gpx');
    writeFileSync(gpx, longGpx(200_000));
    const { page, consoleErrors, foreignRequests } = await openApp(browser, {
      width: 960,
      height: 600,
      init: HEARTBEAT,
    });
    const before = await page.evaluate(() => window.sandtable.setTime('2023-11-13T14:00:00Z'));
    await page.evaluate(() => window.__startHeartbeat());

    await pickPath(page, gpx);
    const progress = page.getByRole('progressbar');
    await progress.waitFor({ state: 'visible' });
    // Clicked from inside the page, at once: the worker may take only a second for all of it.
    await page.evaluate(() =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')?.click(),
    );
    const report = page.getByRole('alert', { name: 'Import report' });
    await expect.poll(() => report.textContent()).toMatch(/cancelled: the scenario in view is unchanged/);
    expect(await progress.count()).toBe(0);
    expect(await page.evaluate(() => [window.sandtable.scenario.id, window.sandtable.time])).toEqual([
      'kidal-2023',
      before,
    ]);

    await page.evaluate(() => (window.__progressBeats = []));
    await pickPath(page, gpx);
    await page.waitForFunction(() => window.sandtable.scenario.id !== 'kidal-2023', null, {
      timeout: 120_000,
    });
    const loaded = page.getByRole('status', { name: 'Import report' });
    await expect
      .poll(() => loaded.textContent())
      .toMatch(
        /long-patrol\.gpx › long-patrol-long-patrol: 200000 points simplified to \d+ to fit the limit of 100000/,
      );
    // From the first pick until the scenario was handed to the app: the import's part. Drawing the new
    // scenario afterwards costs what any scenario switch costs, whatever its size.
    const handover = await page.evaluate(() => {
      const m = performance.getEntriesByName('sandtable:import').at(-1)!;
      return m.startTime + m.duration;
    });
    const frames = await framesUntil(page, handover);
    // Progress in numbers while the worker reads the 19.2 MB, then by features.
    const shown = await page.evaluate(() => [...window.__progress]);
    expect(shown).toContainEqual(expect.stringMatching(/^Reading long-patrol\.gpx — [\d.]+ of 19\.2 MB$/));
    expect(shown).toContain('Checking features — 0 of 1 features');
    // Frames were drawn between the first progress text and the last (the worker reading and checking), and
    // between the last and the handover (the scenario arriving in chunks, put back together in slices).
    expect(frames.atFirstProgress).toBeGreaterThanOrEqual(0);
    expect(frames.atLastProgress).toBeGreaterThan(frames.atFirstProgress);
    expect(frames.atHandover).toBeGreaterThan(frames.atLastProgress);
    const frame = await page.evaluate(() => window.sandtable.frame('2023-11-11T12:00:00Z'));
    expect(frame.movements.map((m) => m.id)).toEqual(['long-patrol-long-patrol']);
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('writes the report in French, and makes chapters of ORBAT Mapper events when asked', async () => {
    const { page, consoleErrors } = await openApp(browser, { width: 960, height: 600, query: '&lang=fr' });
    await pick(page, 'orbat-mapper.json', readFileSync(new URL('orbat-mapper.json', FOREIGN)));
    await page.waitForFunction(() => window.sandtable.scenario.id !== 'kidal-2023');
    const report = page.getByRole('status', { name: 'Rapport d’import' });
    await expect.poll(() => report.textContent()).toMatch(/8 élément\(s\) chargé\(s\), dont 2 en contexte/);
    const text = (await report.textContent()) ?? '';
    expect(text).toContain('ORBAT Mapper n’enregistre aucune incertitude');
    expect(text).not.toMatch(/\b(loaded|the|without|not imported)\b/);
    expect(await page.evaluate(() => window.sandtable.chapters.length)).toBe(0);
    await page.getByRole('button', { name: 'Faire des 3 événements ORBAT Mapper des chapitres' }).click();
    expect(await page.evaluate(() => window.sandtable.chapters.map((c) => c.title))).toEqual([
      'Column leaves Anefis',
      'Talks in Algiers',
      'Kidal falls',
    ]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
