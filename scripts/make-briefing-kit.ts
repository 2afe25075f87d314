// Makes the Kidal briefing kit from the built app, for checking it in real viewers before the exporter
// service carries deck and GIF (phase 2): a PowerPoint deck (still per chapter at its end, legend) and a
// GIF of the whole briefing, with the briefing camera. Run: npx vite-node scripts/make-briefing-kit.ts
// [-- --out DIR --gif-frames N --gif-fps F]. Needs dist/ (npm run build) and Debian's Chromium.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer, preview } from 'vite';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { buildDeck } from '../src/deck/build-deck';
import { deckContent } from '../src/deck/deck-content';
import { loadScenario } from '../src/scenario/load';
import { readScenarioFiles } from '../tests/support/kidal-data';
import { clipPalette, gifSampleFrames } from '../src/export/gif-palette';
import { GifWriter } from '../src/export/gif-sequence';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const out = resolve(arg('out', 'tests/output/kit'));
const gifFrames = Number(arg('gif-frames', '360'));
const gifFps = Number(arg('gif-fps', '8'));
const lang = arg('lang', 'en') as 'en' | 'fr';
mkdirSync(out, { recursive: true });

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const scenario = loaded.scenario;
const content = deckContent(scenario, lang);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
const b64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));

// 1. Stills per chapter and the GIF's frames, from the built app through window.sandtable.
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto(`${server.resolvedUrls!.local[0]}?antialias=0&chrome=0&lang=${lang}`);
await page.waitForFunction(() => 'sandtable' in window);
await page.evaluate(() => window.sandtable.ready);
const stills: Record<string, Uint8Array> = {};
for (const c of content.chapters) {
  const camera = scenario.chapters.find((x) => x.id === c.id)!.camera;
  stills[c.id] = b64(
    await page.evaluate(
      async ({ t, view }) => {
        const blob = await window.sandtable.exportStill({ t, width: 1280, height: 720, view });
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let s = '';
        for (let i = 0; i < bytes.length; i += 0x8000)
          s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(s);
      },
      { t: c.at, view: camera },
    ),
  );
  console.log(`still ${c.id}: ${stills[c.id]!.length} bytes`);
}
const first = scenario.chapters[0]!.start;
const last = scenario.chapters.at(-1)!.end;
const zipPath = join(out, 'frames.zip');
const reuse = process.argv.includes('--reuse-frames') && existsSync(zipPath);
const fd = openSync(reuse ? '/dev/null' : zipPath, 'w');
await page.exposeFunction('__kitSink', (data: string, position: number) => {
  const bytes = Buffer.from(data, 'base64');
  writeSync(fd, bytes, 0, bytes.length, position);
});
console.log(
  reuse ? 'reusing frames.zip' : `rendering ${gifFrames} frames of the whole briefing at 1280x720…`,
);
if (!reuse)
  await page.evaluate(
    ({ from, to, frames, fps }) => {
      const toB64 = (bytes: Uint8Array) => {
        let s = '';
        for (let i = 0; i < bytes.length; i += 0x8000)
          s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(s);
      };
      const w = window as unknown as { __kitSink: (d: string, p: number) => Promise<void> };
      return window.sandtable.exportFrames({
        from,
        to,
        fps,
        frames,
        width: 1280,
        height: 720,
        camera: 'briefing',
        format: 'zip',
        sink: (c: { data: Uint8Array; position: number }) => w.__kitSink(toB64(c.data), c.position),
      });
    },
    { from: first, to: last, frames: gifFrames, fps: gifFps },
  );
closeSync(fd);
await server.close();

// 2. The legend: every entry the briefing's chapter ends show, drawn by the app's own furniture code
// (loaded from the dev server, so its modules can be imported into the page).
const dev = await createServer({ server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
await dev.listen();
const devPage = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await devPage.goto(`${dev.resolvedUrls!.local[0]}?chrome=0&lang=${lang}`);
await devPage.waitForFunction(() => 'sandtable' in window);
await devPage.evaluate(() => window.sandtable.ready);
const legend = b64(
  await devPage.evaluate(
    async ({ times, lang }) => {
      // Built at run time: vite-node would rewrite an import() written here, and this runs in the page.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the app's modules, used as they are
      const imp = new Function('p', 'return import(p)') as (p: string) => Promise<Record<string, any>>;
      const { loadScenario } = await imp('/src/scenario/load.ts');
      const { DEFAULT_SCENARIO_FILES } = await imp('/src/scenario/default-scenario.ts');
      const { legendImage } = await imp('/src/deck/legend-image.ts');
      await document.fonts.load('700 20px "Noto Sans"');
      const blob: Blob = await legendImage(
        loadScenario(DEFAULT_SCENARIO_FILES).scenario,
        'projector',
        lang,
        times,
      );
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    },
    { times: content.chapters.map((c) => c.at), lang },
  ),
);
await dev.close();
await browser.close();
writeFileSync(join(out, 'legend.png'), legend);

// 3. The deck, and the GIF from the frames (one palette for the clip, streamed frame by frame).
const deck = await buildDeck(content, { stills, legend });
writeFileSync(join(out, 'kidal-briefing.pptx'), deck);
console.log(`deck: ${deck.length} bytes`);

const zip = unzipSync(new Uint8Array(readFileSync(zipPath)));
const names = Object.keys(zip).sort();
const rgba = (name: string) => new Uint8Array(PNG.sync.read(Buffer.from(zip[name]!)).data);
const palette = clipPalette(gifSampleFrames(names.length).map((i) => rgba(names[i]!)));
const gifPath = join(out, 'kidal-briefing-720p.gif');
const gifFd = openSync(gifPath, 'w');
const writer = new GifWriter(
  {
    write: async ({ data, position }) => void writeSync(gifFd, data, 0, data.length, position),
    close: async () => closeSync(gifFd),
    abort: async () => closeSync(gifFd),
  },
  {
    width: 1280,
    height: 720,
    fps: gifFps,
    palette,
    onLarge: ({ projected }) =>
      console.warn(`GIF will be about ${(projected / 1e6).toFixed(1)} MB (guard: 20 MB)`),
  },
  names.length,
);
for (const name of names) await writer.add(rgba(name));
console.log(`gif: ${await writer.finish()} bytes, ${names.length} frames at ${gifFps} fps`);
