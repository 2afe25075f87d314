// `npm run bench:basemap [-- --baseline <git ref> --frames N --rounds R --width W --height H --no-build]`: the
// world basemap against the basemap before it, on the Kidal scenario, in Debian's Chromium (SwiftShader). Not
// a test: prints a table. The baseline is the app at <git ref> (default `main`), exported with `git archive`
// into a temporary folder and built there with this checkout's node_modules; both builds are served side by
// side and measured in alternation, R rounds: first frame (page load to `sandtable.ready`, a fresh browser
// context each time, so nothing is cached) and scrub (render-only frames per second, stepping t as an export
// would). Ratios are taken within each round (world / baseline; above 1 is faster); medians are printed.
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
const BASELINE = String(arg('baseline', 'main'));
const FRAMES = Number(arg('frames', 30));
const ROUNDS = Number(arg('rounds', 3));
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
console.log(
  `massif luminance σ at zoom 7.4 round 2.0° E 19.5° N: ${variants.map((v) => `${v.name} ${contrast[v.name].toFixed(2)}`).join(', ')}`,
);

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

const median = (values) => [...values].sort((a, b) => a - b)[(values.length - 1) >> 1];
const row = (a, b) => `| ${a.padEnd(46)} | ${String(b).padStart(34)} |`;
console.log(
  `\nbasemap benchmark, Kidal scenario, ${W}×${H}, SwiftShader, baseline ${BASELINE}, ${FRAMES} frames per scrub, ${ROUNDS} rounds\n`,
);
console.log(row('measure', 'value'));
console.log(`| ${'-'.repeat(46)} | ${'-'.repeat(34)}:|`);
for (const v of variants) {
  console.log(row(`${v.name}: first frame, median`, `${median(rounds.map((r) => r[v.name].ms))} ms`));
  console.log(row(`${v.name}: scrub, median`, `${median(rounds.map((r) => r[v.name].fps)).toFixed(2)} fps`));
}
const speed = rounds.map((r) => r.baseline.ms / r.world.ms);
const fps = rounds.map((r) => r.world.fps / r.baseline.fps);
const list = (xs) => xs.map((x) => x.toFixed(2)).join(', ');
console.log(row('first frame speed, world / baseline', `${median(speed).toFixed(2)}× (${list(speed)})`));
console.log(row('scrub speed, world / baseline', `${median(fps).toFixed(2)}× (${list(fps)})`));
for (const v of variants)
  console.log(row(`${v.name}: massif luminance σ (z7.4)`, contrast[v.name].toFixed(2)));
await browser.close();
await server.close();
await baselineServer.close();
