// `npm run bench:scale [-- --frames N --play S --only 1,2]`: the app at scale, in the built app in Debian's
// Chromium (SwiftShader software WebGL) at 1920×1080: the Kidal scenario against synthetic scenarios of 1,000
// and 10,000 movements (50 vertices each) and 100,000 events, each opened through the app's own import (the
// worker, as Open scenario… does) in a fresh page. Per scenario: import time, JS heap, setTime → frame on
// screen (median and p90 over N moments across the range, visited out of order), and playback frames per
// second. Ratios are against Kidal measured in the same run. Not a test: prints a table for the README.

import os from 'node:os';
import type { Browser } from 'playwright-core';
import { startBuiltApp } from './built-app.mjs';
import { syntheticScenarioFiles } from './synthetic-scenario';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FRAMES = arg('frames', 30);
const PLAY_S = arg('play', 8);
const W = 1920;
const H = 1080;
const SEED = 20231114;

interface Case {
  name: string;
  files?: Record<string, string>;
}

const cases: Case[] = [
  { name: 'Kidal 2023 (5 movements, 40 events)' },
  {
    name: '1,000 movements × 50 + 500 events',
    files: syntheticScenarioFiles({ movements: 1000, vertices: 50, seed: SEED, events: 500, zoom: 6.4 }),
  },
  {
    name: '10,000 movements × 50',
    files: syntheticScenarioFiles({ movements: 10_000, vertices: 50, seed: SEED, zoom: 6.4 }),
  },
  {
    name: '100,000 events',
    files: syntheticScenarioFiles({ movements: 0, vertices: 2, seed: SEED, events: 100_000, zoom: 6.4 }),
  },
];

interface Result {
  name: string;
  megabytes: number;
  features: number;
  importMs: number;
  drawnMs: number;
  heapMb: number;
  median: number;
  p90: number;
  fps: number;
  crashed?: string;
}

const quantile = (xs: number[], q: number) => {
  const v = [...xs].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.ceil(q * v.length) - 1)]!;
};

/** Moments across the range, visited in a scrambled but fixed order (a stride prime to n), so each is a jump. */
function moments(start: number, end: number, n: number): number[] {
  const ts = Array.from({ length: n }, (_, i) => start + ((i + 0.5) * (end - start)) / n);
  const stride = n % 7 ? 7 : 11;
  return ts.map((_, i) => ts[(i * stride) % n]!);
}

async function measure(browser: Browser, url: string, c: Case): Promise<Result> {
  const context = await browser.newContext({ viewport: { width: W, height: H }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const megabytes = c.files ? Object.values(c.files).reduce((a, b) => a + b.length, 0) / 1e6 : 0;
  const base: Result = {
    name: c.name,
    megabytes,
    features: 0,
    importMs: 0,
    drawnMs: 0,
    heapMb: 0,
    median: NaN,
    p90: NaN,
    fps: NaN,
  };
  let crashed: string | undefined;
  page.on('crash', () => (crashed = 'the page crashed'));
  try {
    await page.goto(url);
    await page.waitForFunction(() => 'sandtable' in window, null, { timeout: 120_000 });
    await page.evaluate(() => window.sandtable.ready);
    if (c.files) {
      const files = Object.entries(c.files).map(([name, text]) => ({ name, text }));
      const opened = await page.evaluate((f) => window.sandtable.open(f), files);
      if (!opened.ok) throw new Error(`${c.name} did not open: ${opened.errors.slice(0, 3).join('; ')}`);
      Object.assign(base, { features: opened.features, importMs: opened.importMs, drawnMs: opened.drawnMs });
    } else {
      base.features = await page.evaluate(
        () => window.sandtable.frame(window.sandtable.scenario.end).events.length,
      );
    }
    const { start, end } = await page.evaluate(() => window.sandtable.scenario);
    // One sweep first: shaders of each layer compile the first time it draws.
    for (const t of [start, (start + end) / 2, end])
      await page.evaluate((t) => window.sandtable.setTime(t), t);
    const times = await page.evaluate(
      async (ts) => {
        const out: number[] = [];
        for (const t of ts) {
          const t0 = performance.now();
          await window.sandtable.setTime(t);
          // setTime resolves once the map has drawn the frame; in software WebGL the GPU process may still be
          // drawing it. The next animation frame comes once the frame is on the page: count up to there.
          await new Promise(requestAnimationFrame);
          out.push(performance.now() - t0);
        }
        return out;
      },
      moments(start, end, FRAMES),
    );
    base.median = quantile(times, 0.5);
    base.p90 = quantile(times, 0.9);
    // Playback: Space plays at the app's default speed; count animation frames in which t moved.
    await page.evaluate((t) => window.sandtable.setTime(t), start + (end - start) * 0.3);
    await page.keyboard.press('Space');
    base.fps = await page.evaluate(async (seconds) => {
      let frames = 0;
      let last = window.sandtable.time;
      const stop = performance.now() + seconds * 1000;
      await new Promise<void>((resolve) => {
        const tick = () => {
          const now = window.sandtable.time;
          if (now !== last) frames++;
          last = now;
          if (performance.now() < stop) requestAnimationFrame(tick);
          else resolve();
        };
        requestAnimationFrame(tick);
      });
      return frames / seconds;
    }, PLAY_S);
    await page.keyboard.press('Space');
    base.heapMb = await page.evaluate(() => {
      (globalThis as { gc?: () => void }).gc?.();
      return (
        (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20
      );
    });
  } catch (e) {
    crashed ??= String(e).split('\n')[0];
  } finally {
    await context.close().catch(() => undefined);
  }
  return crashed ? { ...base, crashed } : base;
}

const {
  server,
  browser,
  url: root,
} = await startBuiltApp({
  chromiumArgs: ['--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const url = `${root}?antialias=0&chrome=0`;
const loadBefore = os.loadavg();
const results: Result[] = [];
// `--only 0,1` measures those cases (Kidal is case 0 and always measured, for the ratios).
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set([0, ...process.argv[onlyArg + 1]!.split(',').map(Number)]) : undefined;
for (const [i, c] of cases.entries()) {
  if (only && !only.has(i)) continue;
  const r = await measure(browser, url, c);
  results.push(r);
  console.error(`${r.name}: ${r.crashed ?? `median ${r.median.toFixed(0)} ms, p90 ${r.p90.toFixed(0)} ms`}`);
}
const loadAfter = os.loadavg();
await browser.close();
await server.close();

const kidal = results[0]!;
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '–');
const ratio = (x: number, k: number) => (Number.isFinite(x) && k > 0 ? `${(x / k).toFixed(2)}×` : '–');
const rows = [
  [
    'scenario',
    'file',
    'import (→ drawn)',
    'JS heap',
    'setTime median',
    '÷ Kidal',
    'setTime p90',
    '÷ Kidal',
    'playback',
  ],
  ...results.map((r) => [
    r.crashed ? `${r.name} (${r.crashed})` : r.name,
    r.megabytes ? `${r.megabytes.toFixed(1)} MB` : '(built in)',
    r.megabytes ? `${ms(r.importMs)} (${ms(r.drawnMs)})` : '–',
    `${r.heapMb.toFixed(0)} MB`,
    ms(r.median),
    ratio(r.median, kidal.median),
    ms(r.p90),
    ratio(r.p90, kidal.p90),
    `${r.fps.toFixed(2)} fps`,
  ]),
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
const line = (r: string[]) =>
  `| ${r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
console.log(
  `\nscale benchmark, ${W}×${H}, Chromium SwiftShader, ${FRAMES} setTime per scenario, ${PLAY_S} s of playback ` +
    `(${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC); ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ` +
    `load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after\n`,
);
console.log(line(rows[0]!));
console.log(`| ${widths.map((w, i) => (i ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`);
for (const r of rows.slice(1)) console.log(line(r));
const byName = (prefix: string) => results.find((r) => r.name.startsWith(prefix));
const [k1, k10, e100] = [byName('1,000'), byName('10,000'), byName('100,000')];
console.log('\ngoals:');
if (k1) console.log(`  1,000 movements p90 ≤ 1.5× Kidal p90: ${ratio(k1.p90, kidal.p90)}`);
if (k10) console.log(`  10,000 movements median ≤ 2× Kidal median: ${ratio(k10.median, kidal.median)}`);
if (e100) console.log(`  100,000 events scrub median ≤ 1.5× Kidal: ${ratio(e100.median, kidal.median)}`);
console.log(`  heap ≤ 500 MB: ${Math.max(...results.map((r) => r.heapMb)).toFixed(0)} MB at most`);
