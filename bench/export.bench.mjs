// `npm run bench:export [-- --frames N --rounds R --memory-frames M]`: at 1920×1080 in Debian's Chromium
// (SwiftShader), measures render-only frames per second (setTime + idle), PNG-sequence and MP4 export rates
// and their ratios, the set-up of a fresh export map, and the page's JS heap before and after a long export.
// Not a test: prints a table for the README. The machine is shared and noisy, so render-only and the exports
// are measured in alternation, R rounds, and each ratio is taken within a round; medians are printed.
import { execFileSync } from 'node:child_process';
import { startBuiltApp } from './built-app.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FRAMES = arg('frames', 90);
const ROUNDS = arg('rounds', 3);
const MEMORY_FRAMES = arg('memory-frames', 1000);
const W = 1920;
const H = 1080;
const FROM = Date.parse('2023-11-10T00:00:00Z');
const TO = Date.parse('2023-11-15T00:00:00Z');

const { server, browser, url } = await startBuiltApp({
  build: true,
  chromiumArgs: ['--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const page = await (
  await browser.newContext({ viewport: { width: W, height: H }, deviceScaleFactor: 1 })
).newPage();
await page.goto(`${url}?antialias=0&chrome=0`);
await page.evaluate(() => window.sandtable.ready);

// Render-only: the on-screen map at 1080p, stepping t exactly as an export would, waiting for idle each frame.
const renderOnly = (frames) =>
  page.evaluate(
    async ({ frames, from, to }) => {
      const t0 = performance.now();
      for (let i = 0; i < frames; i++) await window.sandtable.setTime(from + (i * (to - from)) / frames);
      return frames / ((performance.now() - t0) / 1000);
    },
    { frames, from: FROM, to: TO },
  );

// Exports stream to a sink that drops the bytes (as the CLI's, minus the disk write). `setup` is the time
// from the call to the first progress tick (building the export map and its warm-up frame); `steady` the
// rate after it.
const exportRun = (format, frames, { cold }) =>
  page.evaluate(
    async ({ format, frames, from, to, w, h, cold }) => {
      if (cold) await window.sandtable.releaseExport();
      let bytes = 0;
      let setup;
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
        onProgress: () => (setup ??= performance.now() - t0),
      });
      const seconds = (performance.now() - t0) / 1000;
      return { fps: frames / seconds, steady: frames / (seconds - setup / 1000), setup: setup / 1000, bytes };
    },
    { format, frames, from: FROM, to: TO, w: W, h: H, cold },
  );

// Both maps compile the shaders of each layer the first time it appears: one sweep each before measuring.
await renderOnly(12);
const zipCold = await exportRun('zip', FRAMES, { cold: true });
const mp4Cold = await exportRun('mp4', FRAMES, { cold: true });

const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  const render = await renderOnly(FRAMES);
  const zip = (await exportRun('zip', FRAMES, { cold: false })).fps;
  const mp4 = (await exportRun('mp4', FRAMES, { cold: false })).fps;
  rounds.push({ render, zip, mp4, zipRatio: zip / render, mp4Ratio: mp4 / render });
}
const median = (key) => {
  const v = rounds.map((r) => r[key]).sort((a, b) => a - b);
  return v[(v.length - 1) >> 1];
};
const span = (key) => rounds.map((r) => r[key].toFixed(2)).join(', ');

/** Resident memory of every process under this one (Chromium's browser, GPU and renderer processes), in MB. */
const browserRss = () => {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='])
    .toString()
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of rows)
      if (mine.has(ppid) && !mine.has(pid)) {
        mine.add(pid);
        grew = true;
      }
  }
  const kb = rows
    .filter(([pid]) => pid !== process.pid && mine.has(pid))
    .reduce((sum, [, , rss]) => sum + rss, 0);
  return kb / 1024;
};

const heap = () =>
  page.evaluate(() => {
    globalThis.gc?.();
    return performance.memory.usedJSHeapSize / 2 ** 20;
  });
const before = await heap();
const rssBefore = browserRss();
const long = await exportRun('mp4', MEMORY_FRAMES, { cold: false });
const after = await heap();
const rssAfter = browserRss();

const row = (a, b) => `| ${a.padEnd(52)} | ${String(b).padStart(24)} |`;
console.log(
  `\nexport benchmark, ${W}×${H}, SwiftShader, ${FRAMES} frames per run, ${ROUNDS} rounds (${new Date().toISOString().slice(0, 10)})\n`,
);
console.log(row('measure', 'value'));
console.log(`| ${'-'.repeat(52)} | ${'-'.repeat(24)}:|`);
console.log(row('render only, on screen (setTime → idle), median', `${median('render').toFixed(2)} fps`));
console.log(row('PNG sequence (ZIP) export, median', `${median('zip').toFixed(2)} fps`));
console.log(row('MP4 (H.264) export, median', `${median('mp4').toFixed(2)} fps`));
console.log(
  row(
    'PNG sequence / render only, median (each round)',
    `${median('zipRatio').toFixed(2)}× (${span('zipRatio')})`,
  ),
);
console.log(
  row('MP4 / render only, median (each round)', `${median('mp4Ratio').toFixed(2)}× (${span('mp4Ratio')})`),
);
console.log(
  row(
    'set-up of a fresh export map (ZIP / MP4)',
    `${zipCold.setup.toFixed(1)} / ${mp4Cold.setup.toFixed(1)} s`,
  ),
);
console.log(
  row(
    'first export on a fresh map, whole call (ZIP / MP4)',
    `${zipCold.fps.toFixed(2)} / ${mp4Cold.fps.toFixed(2)} fps`,
  ),
);
console.log(row(`JS heap before a ${MEMORY_FRAMES}-frame MP4 export`, `${before.toFixed(1)} MB`));
console.log(
  row(`JS heap after (${(long.bytes / 2 ** 20).toFixed(1)} MB streamed out)`, `${after.toFixed(1)} MB`),
);
console.log(row('growth', `${(after - before).toFixed(1)} MB`));
console.log(
  row('browser processes, resident, before → after', `${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)} MB`),
);
console.log(row('growth (all Chromium processes, incl. GPU)', `${(rssAfter - rssBefore).toFixed(1)} MB`));
console.log(row(`MP4 rate over those ${MEMORY_FRAMES} frames`, `${long.fps.toFixed(2)} fps`));
await browser.close();
await server.close();
