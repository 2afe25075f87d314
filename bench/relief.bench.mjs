// `npm run bench:relief [-- --frames N --rounds R --width W --height H]`: what the relief costs in render-only
// frames per second, at 1920×1080 in Debian's Chromium (SwiftShader). Not a test: prints a table for the
// README. Two pages of the built app in one browser, one with the relief (the default) and one with
// `?relief=0` (flat land), each stepping t as an export would and waiting for idle after each step. The
// machine is shared and noisy, so the two are measured in alternation, R rounds, and the ratio is taken
// within each round; medians are printed.
import { startBuiltApp } from './built-app.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const FRAMES = Number(arg('frames', 40));
const ROUNDS = Number(arg('rounds', 3));
const W = Number(arg('width', 1920));
const H = Number(arg('height', 1080));
/** Query values of `relief` to compare; the first is the reference the others are divided by. */
const VARIANTS = String(arg('variants', '0,1')).split(',');
const FROM = Date.parse('2023-11-10T00:00:00Z');
const TO = Date.parse('2023-11-15T00:00:00Z');

const { server, browser, url } = await startBuiltApp({ build: !process.argv.includes('--no-build') });

/** One page per variant, at the default view (the scenario's opening camera), map alone. */
const pages = [];
for (const relief of VARIANTS) {
  const page = await (
    await browser.newContext({ viewport: { width: W, height: H }, deviceScaleFactor: 1 })
  ).newPage();
  await page.goto(`${url}?antialias=0&chrome=0&relief=${relief}`);
  await page.evaluate(() => window.sandtable.ready);
  pages.push({ relief, page });
}

// Render-only: the on-screen map, stepping t exactly as an export would, waiting for idle each frame.
const renderOnly = (page, frames) =>
  page.evaluate(
    async ({ frames, from, to }) => {
      const t0 = performance.now();
      for (let i = 0; i < frames; i++) await window.sandtable.setTime(from + (i * (to - from)) / frames);
      return frames / ((performance.now() - t0) / 1000);
    },
    { frames, from: FROM, to: TO },
  );

// Every page compiles its shaders and loads its tiles the first time: one short sweep each before measuring.
for (const { page } of pages) await renderOnly(page, 6);

const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  // Alternate which variant goes first, so a drift in the machine's load does not favour one.
  const order = r % 2 ? [...pages].reverse() : pages;
  const fps = {};
  for (const { relief, page } of order) fps[relief] = await renderOnly(page, FRAMES);
  rounds.push(fps);
  console.log(`round ${r + 1}: ${VARIANTS.map((v) => `relief=${v} ${fps[v].toFixed(2)} fps`).join(', ')}`);
}
const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  return v[(v.length - 1) >> 1];
};

const row = (a, b) => `| ${a.padEnd(44)} | ${String(b).padStart(30)} |`;
console.log(
  `\nrelief benchmark, ${W}×${H}, SwiftShader, render only (setTime → idle), ${FRAMES} frames per run, ${ROUNDS} rounds (${new Date().toISOString().slice(0, 10)})\n`,
);
console.log(row('measure', 'value'));
console.log(`| ${'-'.repeat(44)} | ${'-'.repeat(30)}:|`);
const [reference, ...others] = VARIANTS;
for (const v of VARIANTS)
  console.log(row(`relief=${v}, median`, `${median(rounds.map((r) => r[v])).toFixed(2)} fps`));
for (const v of others) {
  const ratios = rounds.map((r) => r[v] / r[reference]);
  console.log(
    row(
      `relief=${v} / relief=${reference}, median (rounds)`,
      `${median(ratios).toFixed(2)}× (${ratios.map((x) => x.toFixed(2)).join(', ')})`,
    ),
  );
}
await browser.close();
await server.close();
