// `npm run bench:editor [-- --features N --edits E --rounds R]`: in Debian's Chromium (SwiftShader), 1366×768,
// a scenario of N features (default 1,000 movements × 12 vertices) opened in the editor. Measures the time
// from a property edit (the label typed into the feature panel and committed) to the frame drawn, against a
// plain setTime to another moment, in alternating rounds, and prints each round's ratio and the median.
// Not a test: a table for the README. The goal (issue #12) is edit → frame ≤ 1.5 × setTime.
import { syntheticScenarioFiles, SYNTHETIC_START } from './synthetic-scenario';
import { exportScenarioZip } from '../src/export-data/scenario-zip';
import { startBuiltApp } from './built-app.mjs';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FEATURES = arg('features', 1000);
const EDITS = arg('edits', 20);
const ROUNDS = arg('rounds', 5);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const { server, browser, url } = await startBuiltApp({ build: !process.env.SANDTABLE_BENCH_NO_BUILD });
try {
  const page = await (
    await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 })
  ).newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(`${url}?antialias=0`);
  await page.evaluate(() => window.sandtable.ready);

  // Open the synthetic scenario as a user would (a zip through "Open scenario…"), then edit a copy of it.
  const zip = exportScenarioZip(syntheticScenarioFiles({ movements: FEATURES, vertices: 12, seed: 7 }));
  await page.setInputFiles('[data-testid="scenario-file-input"]', {
    name: 'synthetic.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zip),
  });
  await page.waitForFunction(() => window.sandtable.scenario.id.startsWith('synthetic-'));
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('button', { name: 'Done' }).waitFor();
  await page.getByRole('button', { name: /^Column 0 Movement$/ }).click();
  const label = page.getByLabel('Label (English)');
  await label.waitFor();
  await label.evaluate((el) => el.setAttribute('data-bench', ''));
  const t1 = SYNTHETIC_START + 30 * 3_600_000;
  const t2 = SYNTHETIC_START + 60 * 3_600_000;
  await page.evaluate((t) => window.sandtable.setTime(t), t1);

  const setTimes = (n: number) =>
    page.evaluate(
      async ({ n, t1, t2 }) => {
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          await window.sandtable.setTime(i % 2 ? t1 : t2);
          out.push(performance.now() - t0);
        }
        return out;
      },
      { n, t1, t2 },
    );
  // A property edit as the panel commits it (input value + change event), then the same wait for the drawn
  // frame as setTime uses: flush the app's effects, then the map's next idle.
  const edits = (n: number, round: number) =>
    page.evaluate(
      async ({ n, round }) => {
        const input = document.querySelector('input[data-bench]') as HTMLInputElement;
        const out: { total: number; handler: number }[] = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          input.value = `Column 0, edit ${round}.${i}`;
          input.dispatchEvent(new Event('change', { bubbles: true }));
          const handler = performance.now() - t0;
          await window.sandtable.setTime(window.sandtable.time);
          out.push({ total: performance.now() - t0, handler });
        }
        return out;
      },
      { n, round },
    );

  // Both paths compile their shaders and fill caches once before measuring.
  await setTimes(4);
  await edits(4, -1);
  await page.evaluate((t) => window.sandtable.setTime(t), t1);

  const rows: { setTime: number; edit: number; handler: number; ratio: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const s = median(await setTimes(EDITS));
    const e = await edits(EDITS, r);
    const edit = median(e.map((x) => x.total));
    rows.push({ setTime: s, edit, handler: median(e.map((x) => x.handler)), ratio: edit / s });
  }
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(
    `\nEditor bench: ${FEATURES} movements × 12 vertices, 1366×768, ${ROUNDS} rounds of ${EDITS}\n`,
  );
  console.log(
    '| round | setTime → frame (median) | edit → frame (median) | of which the edit itself | ratio |',
  );
  console.log(
    '| ----: | -----------------------: | --------------------: | -----------------------: | ----: |',
  );
  rows.forEach((r, i) =>
    console.log(
      `| ${i + 1} | ${fmt(r.setTime)} | ${fmt(r.edit)} | ${fmt(r.handler)} | ${r.ratio.toFixed(2)}× |`,
    ),
  );
  console.log(
    `\nmedian ratio edit → frame / setTime → frame: ${median(rows.map((r) => r.ratio)).toFixed(2)}× (goal ≤ 1.5×)`,
  );
} finally {
  await browser.close();
  await server.close();
}
