// `npm run bench:basemap [-- --baseline <git ref> --frames N --rounds R --width W --height H --no-build]`: the
// world basemap against the regional-only basemap it replaced, on the Kidal scenario, in Debian's Chromium
// (SwiftShader). Not a test: prints a table with the goal (world at least 0.9× the baseline's speed). The
// baseline is the app at <git ref> (default REGIONAL_ONLY below: main just before the world basemap was
// merged), exported with `git archive` into a temporary folder and built there with this checkout's
// node_modules; both builds are served side by side and measured in alternation, R rounds (the order
// swapped every round, so a load spike on the shared machine hits both alike): first frame (page load to
// `sandtable.ready`, a fresh browser context each time, so nothing is cached) and scrub (render-only frames
// per second, stepping t as an export would). Ratios are taken within each round (above 1: the world is
// faster); the medians of those ratios decide, and the ratio of each side's best is printed beside them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { startBuiltApp } from './built-app.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
/** Main before the world basemap (the merge of #20's first part had this as its first parent). */
const REGIONAL_ONLY = 'e954eb86c85746f98b7b85a0cb63adb25fa84b9c';
const BASELINE = String(arg('baseline', REGIONAL_ONLY));
const GOAL = 0.9;
const FRAMES = Number(arg('frames', 30));
const ROUNDS = Number(arg('rounds', 5));
const W = Number(arg('width', 1920));
const H = Number(arg('height', 1080));
const FROM = Date.parse('2023-11-10T00:00:00Z');
const TO = Date.parse('2023-11-15T00:00:00Z');

/** The baseline app, built once per commit in a temporary folder. */
function buildBaseline() {
  const commit = execFileSync('git', ['rev-parse', BASELINE], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), `sandtable-bench-${commit.slice(0, 12)}`);
  if (existsSync(join(dir, 'dist', 'index.html'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`], { cwd: ROOT, stdio: 'inherit' });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: dir,
      stdio: 'inherit',
    },
  );
  return dir;
}

const baselineDir = buildBaseline();
const { server, browser, url } = await startBuiltApp({ build: !process.argv.includes('--no-build') });
const baselineServer = await preview({
  root: baselineDir,
  preview: { host: '127.0.0.1', port: 0 },
  logLevel: 'error',
});
const baselineUrl = baselineServer.resolvedUrls?.local[0];
if (!baselineUrl) throw new Error('vite preview gave no local address for the baseline');
const variants = [
  { name: 'baseline', url: baselineUrl },
  { name: 'world', url },
];

async function firstFrame(appUrl) {
  const context = await browser.newContext({ viewport: { width: W, height: H }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(`${appUrl}?antialias=0&chrome=0`);
  await page.waitForFunction(() => 'sandtable' in window, null, { timeout: 120_000 });
  await page.evaluate(() => window.sandtable.ready);
  return { ms: Date.now() - t0, page };
}

const scrub = (page) =>
  page.evaluate(
    async ({ frames, from, to }) => {
      const t0 = performance.now();
      for (let i = 0; i < frames; i++) await window.sandtable.setTime(from + (i * (to - from)) / frames);
      return frames / ((performance.now() - t0) / 1000);
    },
    { frames: FRAMES, from: FROM, to: TO },
  );

// Warm the browser (shaders, fonts in the HTTP cache of neither context) once per variant.
for (const v of variants) {
  const { page } = await firstFrame(v.url);
  await page.context().close();
}

/**
 * The Adrar des Ifoghas as each basemap draws it: the luminance standard deviation of a 240-px box round
 * 2.0° E, 19.5° N at zoom 7.4, before the campaign (no overlays there), map alone. The massif's fill used to
 * wash the relief out; the world basemap draws it as an outline.
 */
async function massifContrast(appUrl) {
  const { page } = await firstFrame(appUrl);
  await page.evaluate(() =>
    window.sandtable.setView({ center: [2.0, 19.5], zoom: 7.4, bearing: 0, pitch: 0 }),
  );
  await page.evaluate(() => window.sandtable.setTime('2023-10-02T12:00:00Z'));
  const png = await page.locator('.maplibregl-canvas').screenshot();
  const [x, y] = await page.evaluate(() => window.sandtable.project([2.0, 19.5]));
  await page.context().close();
  const { PNG } = await import('pngjs');
  const image = PNG.sync.read(png);
  const values = [];
  for (let j = Math.round(y) - 120; j < Math.round(y) + 120; j++)
    for (let i = Math.round(x) - 120; i < Math.round(x) + 120; i++) {
      const k = (j * image.width + i) * 4;
      values.push(0.2126 * image.data[k] + 0.7152 * image.data[k + 1] + 0.0722 * image.data[k + 2]);
    }
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
}
const contrast = {};
for (const v of variants) contrast[v.name] = await massifContrast(v.url);

const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 ? [...variants].reverse() : variants;
  const result = {};
  for (const v of order) {
    const { ms, page } = await firstFrame(v.url);
    result[v.name] = { ms, fps: await scrub(page) };
    await page.context().close();
  }
  rounds.push(result);
  console.log(
    `round ${r + 1}: ${variants.map((v) => `${v.name} first frame ${result[v.name].ms} ms, scrub ${result[v.name].fps.toFixed(2)} fps`).join('; ')}`,
  );
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const list = (xs) => xs.map((x) => x.toFixed(2)).join(' ');
const cols = [34, 12, 12, 9, 9, 6];
const line = (cells) =>
  `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(cols[i]) : String(c).padStart(cols[i]))).join(' | ')} |`;
console.log(
  `\nbasemap benchmark: Kidal scenario, ${W}×${H}, SwiftShader, ${ROUNDS} rounds, ${FRAMES} frames per scrub\n` +
    `baseline: regional-only basemap (${BASELINE === REGIONAL_ONLY ? 'main before the world basemap' : BASELINE})\n`,
);
console.log(line(['measure (median of rounds)', 'baseline', 'world', 'ratio', 'best', 'goal']));
console.log(`| ${cols.map((n, i) => '-'.repeat(n - (i ? 1 : 0)) + (i ? ':' : '')).join(' | ')} |`);
/** One row: each side's median, the median of the rounds' speed ratios, the ratio of bests, the goal. */
const compare = (label, pick, lowerIsBetter, unit, digits) => {
  const base = rounds.map((r) => pick(r.baseline));
  const world = rounds.map((r) => pick(r.world));
  // Speed ratio within each round, so the machine's load in that round cancels out.
  const ratios = rounds.map((_, i) => (lowerIsBetter ? base[i] / world[i] : world[i] / base[i]));
  const best = lowerIsBetter
    ? Math.min(...base) / Math.min(...world)
    : Math.max(...world) / Math.max(...base);
  const ratio = median(ratios);
  console.log(
    line([
      label,
      `${median(base).toFixed(digits)} ${unit}`,
      `${median(world).toFixed(digits)} ${unit}`,
      `${ratio.toFixed(2)}×`,
      `${best.toFixed(2)}×`,
      ratio >= GOAL ? 'met' : 'NOT met',
    ]),
  );
  return ratios;
};
const firstRatios = compare('first frame (load to ready)', (x) => x.ms, true, 'ms', 0);
const scrubRatios = compare('scrub (render-only)', (x) => x.fps, false, 'fps', 2);
console.log(
  `\nratio: world speed / baseline speed (goal ≥ ${GOAL}×), median of the rounds' ratios; best: each side's best round.` +
    `\nper round, first frame: ${list(firstRatios)}; scrub: ${list(scrubRatios)}`,
);
for (const v of variants)
  console.log(
    `${v.name}: massif luminance σ at zoom 7.4 round 2.0° E 19.5° N: ${contrast[v.name].toFixed(2)}`,
  );
await browser.close();
await server.close();
await baselineServer.close();
