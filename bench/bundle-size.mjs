// What the page loads to show the Kidal map, and what it leaves for later: every script's raw and gzip size.
// Run: npm run size (builds first when dist/ is missing). Sizes, not times: nothing here depends on the load.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
if (!existsSync(join(DIST, 'index.html')))
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });

const gzip = (path) => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const server = await preview({ root: ROOT, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${server.resolvedUrls.local[0]}?antialias=0`);
  await page.waitForFunction(() => 'sandtable' in window, null, { timeout: 60_000 });
  await page.evaluate(() => window.sandtable.ready);
  const loaded = new Set(
    (
      await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.replace(/^\//, '')),
      )
    ).filter((p) => /\.m?js$/.test(p)),
  );
  const all = readdirSync(join(DIST, 'assets'))
    .filter((f) => /\.m?js$/.test(f))
    .map((f) => `assets/${f}`);
  const rows = all.map((path) => ({
    path,
    gzip: gzip(path),
    loaded: loaded.has(path) || /worker/.test(path),
  }));
  const pageJs = rows.filter((r) => r.loaded && !/worker/.test(r.path));
  const worker = rows.filter((r) => /worker/.test(r.path));
  console.log('Scripts the page loads to show the Kidal map (gzip -9):');
  for (const r of pageJs.sort((a, b) => b.gzip - a.gzip))
    console.log(`  ${kb(r.gzip).padStart(10)}  ${r.path}`);
  const sum = (list) => list.reduce((n, r) => n + r.gzip, 0);
  console.log(`  ${kb(sum(pageJs)).padStart(10)}  page JS in all (budget 750 KB)`);
  console.log(`  ${kb(sum(worker)).padStart(10)}  MapLibre's worker (its own thread)`);
  console.log('\nLargest scripts loaded on demand only:');
  for (const r of rows
    .filter((r) => !r.loaded)
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 12))
    console.log(`  ${kb(r.gzip).padStart(10)}  ${r.path}`);
} finally {
  await browser.close();
  await server.close();
}
