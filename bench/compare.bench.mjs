// `npm run bench:compare [-- --frames N --rounds R --width W --height H --no-build]`: what comparing two moments
// costs while scrubbing (issue #24), in Debian's Chromium (SwiftShader). Not a test: prints a table. Three pages
// of the built app in one browser: one map alone, one comparing split, one comparing swipe. Each step moves t
// (and, in compare mode, the compared moment a day behind it, so both maps are drawn again) and waits until
// every map on the page is idle. The machine is shared and noisy: the pages are measured in alternation, R
// rounds, the ratio taken within each round; medians are printed. Goal: compare ≤ 2.2× the single map's time.
import { startBuiltApp } from './built-app.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const FRAMES = Number(arg('frames', 20));
const ROUNDS = Number(arg('rounds', 3));
const W = Number(arg('width', 1280));
const H = Number(arg('height', 720));
const FROM = Date.parse('2023-11-11T00:00:00Z');
const TO = Date.parse('2023-11-15T00:00:00Z');
const DAY = 86_400_000;
const VARIANTS = ['single', 'split', 'swipe'];

const { server, browser, url } = await startBuiltApp({ build: !process.argv.includes('--no-build') });

const pages = {};
for (const variant of VARIANTS) {
  const context = await browser.newContext({ viewport: { width: W, height: H }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${url}?antialias=0&chrome=0`);
  await page.evaluate(() => window.sandtable.ready);
  if (variant !== 'single')
    await page.evaluate((mode) => window.sandtable.setCompare({ t: '2023-11-10T00:00:00Z', mode }), variant);
  pages[variant] = page;
}

/** Milliseconds per scrub step: t moves, and while comparing the compared moment follows a day behind. */
const scrub = (page, frames) =>
  page.evaluate(
    async ({ frames, from, to, day }) => {
      const st = window.sandtable;
      const t0 = performance.now();
      for (let i = 0; i < frames; i++) {
        const t = from + (i * (to - from)) / frames;
        const c = st.compare;
        await Promise.all([st.setTime(t), c && st.setCompare({ t: t - day, mode: c.mode })]);
      }
      return (performance.now() - t0) / frames;
    },
    { frames, from: FROM, to: TO, day: DAY },
  );

// Shaders and tiles load on each page's first frames: one short sweep each before measuring.
for (const v of VARIANTS) await scrub(pages[v], 4);

const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 ? [...VARIANTS].reverse() : VARIANTS;
  const ms = {};
  for (const v of order) ms[v] = await scrub(pages[v], FRAMES);
  rounds.push(ms);
  console.log(`round ${r + 1}: ${VARIANTS.map((v) => `${v} ${ms[v].toFixed(0)} ms/step`).join(', ')}`);
}
const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  return v[(v.length - 1) >> 1];
};
const row = (a, b) => `| ${a.padEnd(40)} | ${String(b).padStart(30)} |`;
console.log(
  `\ncompare benchmark, ${W}×${H}, SwiftShader, scrub (t, and t₂ a day behind) → idle, ${FRAMES} steps, ${ROUNDS} rounds (${new Date().toISOString().slice(0, 10)})\n`,
);
console.log(row('measure', 'value'));
console.log(`| ${'-'.repeat(40)} | ${'-'.repeat(30)}:|`);
for (const v of VARIANTS)
  console.log(row(`${v}, median`, `${median(rounds.map((r) => r[v])).toFixed(0)} ms/step`));
for (const v of VARIANTS.slice(1)) {
  const ratios = rounds.map((r) => r[v] / r.single);
  console.log(
    row(
      `${v} / single, median (rounds)`,
      `${median(ratios).toFixed(2)}× (${ratios.map((x) => x.toFixed(2)).join(', ')})`,
    ),
  );
}
await browser.close();
await server.close();
