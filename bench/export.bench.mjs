// `npm run bench:export [-- --frames N --memory-frames M]`: at 1920×1080 in Debian's Chromium (SwiftShader),
// measures render-only frames per second (setTime + idle), PNG-sequence and MP4 export rates, their ratios,
// and the page's JS heap before and after a long export. Not a test: prints a table for the README.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FRAMES = arg('frames', 60);
const MEMORY_FRAMES = arg('memory-frames', 1000);
const W = 1920;
const H = 1080;
const FROM = Date.parse('2023-11-10T00:00:00Z');
const TO = Date.parse('2023-11-15T00:00:00Z');

execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
  cwd: ROOT,
  stdio: 'inherit',
});
const server = await preview({ root: ROOT, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const page = await (
  await browser.newContext({ viewport: { width: W, height: H }, deviceScaleFactor: 1 })
).newPage();
await page.goto(`${server.resolvedUrls.local[0]}?antialias=0&chrome=0`);
await page.evaluate(() => window.sandtable.ready);

// Render-only: the on-screen map at 1080p, stepping t exactly as an export would, waiting for idle each frame.
const renderFps = await page.evaluate(
  async ({ frames, from, to }) => {
    const t0 = performance.now();
    for (let i = 0; i < frames; i++) await window.sandtable.setTime(from + (i * (to - from)) / frames);
    return frames / ((performance.now() - t0) / 1000);
  },
  { frames: FRAMES, from: FROM, to: TO },
);

// Exports stream to a sink that drops the bytes (as the CLI's, minus the disk write).
const exportFps = (format, frames) =>
  page.evaluate(
    async ({ format, frames, from, to, w, h }) => {
      let bytes = 0;
      const t0 = performance.now();
      await window.sandtable.exportFrames({
        from,
        to,
        fps: 30,
        frames,
        width: w,
        height: h,
        format,
        sink: (c) => void (bytes += c.data.byteLength),
      });
      return { fps: frames / ((performance.now() - t0) / 1000), bytes };
    },
    { format, frames, from: FROM, to: TO, w: W, h: H },
  );
const zip = await exportFps('zip', FRAMES);
const mp4 = await exportFps('mp4', FRAMES);

const heap = () =>
  page.evaluate(() => {
    globalThis.gc?.();
    return performance.memory.usedJSHeapSize / 2 ** 20;
  });
const before = await heap();
const long = await exportFps('mp4', MEMORY_FRAMES);
const after = await heap();

const row = (a, b) => `| ${a.padEnd(44)} | ${String(b).padStart(22)} |`;
console.log(
  `\nexport benchmark, ${W}×${H}, SwiftShader, ${FRAMES} frames per rate (${new Date().toISOString().slice(0, 10)})\n`,
);
console.log(row('measure', 'value'));
console.log(`| ${'-'.repeat(44)} | ${'-'.repeat(22)}:|`);
console.log(row('render only (setTime → idle)', `${renderFps.toFixed(2)} fps`));
console.log(row('PNG sequence (ZIP) export', `${zip.fps.toFixed(2)} fps`));
console.log(row('MP4 (H.264) export', `${mp4.fps.toFixed(2)} fps`));
console.log(row('PNG sequence / render only', `${(zip.fps / renderFps).toFixed(2)}×`));
console.log(row('MP4 / render only', `${(mp4.fps / renderFps).toFixed(2)}×`));
console.log(row(`JS heap before ${MEMORY_FRAMES}-frame MP4 export`, `${before.toFixed(1)} MB`));
console.log(
  row(`JS heap after (${(long.bytes / 2 ** 20).toFixed(1)} MB streamed out)`, `${after.toFixed(1)} MB`),
);
console.log(row('growth', `${(after - before).toFixed(1)} MB`));
await browser.close();
await server.close();
