import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.mjs';
import { syntheticScenarioFiles } from './synthetic-scenario';
const [movements, events] = process.argv.slice(2);
const server = await preview({ root: process.cwd(), preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 })).newPage();
await page.goto(`${server.resolvedUrls!.local[0]}?antialias=0&chrome=0`);
await page.evaluate(() => window.sandtable.ready);
const files = syntheticScenarioFiles({ movements: Number(movements), vertices: 50, seed: 20231114, events: Number(events), zoom: 6.4 });
if (Number(movements) || Number(events)) console.log(JSON.stringify(await page.evaluate((f) => window.sandtable.open(f), Object.entries(files).map(([name, text]) => ({ name, text })))));
const { start, end } = await page.evaluate(() => window.sandtable.scenario);
const out = [];
for (const f of [0.1, 0.3, 0.5, 0.7, 0.9, 0.5, 0.2, 0.6]) {
  out.push(await page.evaluate(async (t) => { const a = performance.now(); await window.sandtable.setTime(t); return Math.round(performance.now() - a); }, start + (end - start) * f));
}
console.log('setTime ms', out.join(' '));
await browser.close(); await server.close();
