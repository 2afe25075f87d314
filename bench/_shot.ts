import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.mjs';
import { syntheticScenarioFiles } from './synthetic-scenario';
const [movements, events, frac, out, zoomArg] = process.argv.slice(2);
const server = await preview({ root: process.cwd(), preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 })).newPage();
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text().slice(0, 400)); });
page.on('pageerror', (e) => console.log('pageerror', String(e).slice(0, 400)));
await page.goto(`${server.resolvedUrls!.local[0]}?antialias=0&chrome=0`);
await page.evaluate(() => window.sandtable.ready);
const files = syntheticScenarioFiles({ movements: Number(movements), vertices: 50, seed: 20231114, events: Number(events), zoom: 6.4 });
if (Number(movements) || Number(events)) {
  const r = await page.evaluate((f) => window.sandtable.open(f), Object.entries(files).map(([name, text]) => ({ name, text })));
  console.log(JSON.stringify(r));
}
const { start, end } = await page.evaluate(() => window.sandtable.scenario);
if (zoomArg) await page.evaluate((z) => window.sandtable.setView({ zoom: Number(z) }), zoomArg);
for (const f of frac!.split(',')) {
  const t0 = Date.now();
  await page.evaluate((t) => window.sandtable.setTime(t), start + (end - start) * Number(f));
  console.log('setTime', f, Date.now() - t0, 'ms');
}
await page.screenshot({ path: out! });
await browser.close(); await server.close();
