// The importer in the built app, in Debian's Chromium: files picked through the file input as a user would,
// parsed and checked in the worker, while the page keeps a requestAnimationFrame heartbeat and watches its
// own long tasks. Plain stdout, for the README.

import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startBuiltApp } from './built-app.mjs';

const WATCH = `
  window.__bench = { gaps: [], tasks: [], last: 0 };
  new PerformanceObserver((list) => {
    for (const t of list.getEntries()) window.__bench.tasks.push([t.startTime, t.duration]);
  }).observe({ type: 'longtask' });
  const beat = (now) => {
    const b = window.__bench;
    if (b.last) b.gaps.push([b.last, now - b.last]);
    b.last = now;
    requestAnimationFrame(beat);
  };
  requestAnimationFrame(beat);
`;

export interface BrowserImport {
  file: string;
  megabytes: number;
  /** Pick to scenario handed to the app, and the worker's own part of it. */
  totalMs: number;
  workerMs: number;
  /** Longest main-thread task and longest frame gap from the pick to the handover. */
  longestTaskMs: number;
  longestGapMs: number;
  /** Longest main-thread task in the 3 s after the handover: drawing the new scenario. */
  longestTaskAfterMs: number;
  summary: string;
}

async function importOnce(page: Page, path: string): Promise<Omit<BrowserImport, 'file' | 'megabytes'>> {
  const from = await page.evaluate(() => performance.now());
  await page.setInputFiles('[data-testid="scenario-file-input"]', path);
  await page.waitForFunction(() => performance.getEntriesByName('sandtable:import').length > 0, null, {
    timeout: 300_000,
  });
  await page.waitForTimeout(3000);
  return page.evaluate((start) => {
    const m = performance.getEntriesByName('sandtable:import').at(-1) as PerformanceMeasure;
    const handover = m.startTime + m.duration;
    const b = (window as unknown as { __bench: { gaps: number[][]; tasks: number[][] } }).__bench;
    // Spans that end by the handover are the import's; one still running then is the app taking the new
    // scenario in (the import's own part of that task is the last few microseconds of unpacking).
    const longest = (spans: number[][], a: number, z: number) =>
      Math.max(0, ...spans.filter(([s, d]) => s! >= a && s! + d! <= z).map(([, d]) => d!));
    const after = b.tasks.filter(([s, d]) => s! + d! > handover && s! < handover + 3000);
    return {
      totalMs: handover - start,
      workerMs: (m.detail as { workerMs: number }).workerMs,
      longestTaskMs: longest(b.tasks, start, handover),
      longestGapMs: longest(b.gaps, start, handover),
      longestTaskAfterMs: Math.max(0, ...after.map(([, d]) => d!)),
      summary:
        document.querySelector('[aria-label="Import report"] header p')?.textContent?.trim() ?? '(no report)',
    };
  }, from);
}

/** Builds the app, serves it, and imports each file in a fresh page. */
export async function benchBrowserImports(files: { name: string; text: string }[]): Promise<BrowserImport[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sandtable-bench-'));
  const { server, browser, url } = await startBuiltApp();
  const out: BrowserImport[] = [];
  try {
    for (const { name, text } of files) {
      const path = join(dir, name);
      writeFileSync(path, text);
      const context = await browser.newContext({
        viewport: { width: 1280, height: 720 },
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      await page.addInitScript(WATCH);
      await page.goto(`${url}?antialias=0`);
      await page.waitForFunction(() => 'sandtable' in window, null, { timeout: 60_000 });
      await page.evaluate(() => window.sandtable.ready);
      await page.waitForTimeout(1000);
      out.push({ file: name, megabytes: statSync(path).size / 1e6, ...(await importOnce(page, path)) });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
