// `npm run export -- …`: renders stills, PNG sequences and videos headlessly, by driving Debian's Chromium
// against the built app through window.sandtable. Builds dist/ first when it is missing or older than src/.
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArgsError, parseExportArgs, USAGE } from './export-args.mjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { segmentNote } from './export-segment.mjs';
import { exportPdf } from './export-pdf-cli.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

function ensureBuilt() {
  const built = newest(join(ROOT, 'dist', 'index.html'));
  const sources = Math.max(
    newest(join(ROOT, 'src')),
    newest(join(ROOT, 'public')),
    newest(join(ROOT, 'index.html')),
  );
  if (built >= sources) return;
  // The browser tests set this: they have just built dist/, and a rebuild would pull it from under the others.
  if (process.env.SANDTABLE_EXPORT_NO_BUILD === '1') {
    if (built) return;
    throw new Error('dist/ is missing: run npm run build');
  }
  console.error(built ? 'dist/ is older than src/: rebuilding…' : 'dist/ is missing: building…');
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
}

function fmtEta(s) {
  if (s === undefined || s === null || !Number.isFinite(s)) return '…';
  const r = Math.round(s);
  return `${Math.floor(r / 60)}:${String(r % 60).padStart(2, '0')}`;
}

async function main() {
  let args;
  try {
    args = parseExportArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof ArgsError)) throw e;
    console.error(`export: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(
      `export: Chromium is not at ${CHROMIUM}. Install it: apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
    return 1;
  }
  ensureBuilt();
  const { preview } = await import('vite');
  const { chromium } = await import('playwright-core');
  const out = resolve(args.out);
  const part = `${out}.part`;
  const server = await preview({
    root: ROOT,
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'error',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  let fd;
  const cleanup = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    rmSync(part, { force: true });
  };
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    const base = server.resolvedUrls?.local[0];
    if (!base) throw new Error('vite preview did not start');
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 })
    ).newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const query = `?antialias=0&chrome=0&relief=${args.relief ? 1 : 0}${args.theme ? `&theme=${args.theme}` : ''}${args.lang ? `&lang=${args.lang}` : ''}`;
    await page.goto(base + query);
    await page.waitForFunction(() => 'sandtable' in window, null, { timeout: 60_000 });
    await page.evaluate(() => window.sandtable.ready);
    if (args.basemap) {
      const file = resolve(args.basemap);
      if (!existsSync(file)) throw new Error(`--basemap: no file at ${file}`);
      // As a user would open it: the app's file input, read in the page, no request.
      await page.setInputFiles('input[data-basemap-input]', file);
      const name = basename(file);
      // Opened (its name shows) or refused (a problem shows): an object either way, which waitForFunction takes.
      const outcome = await page.waitForFunction(
        (n) => {
          const s = window.sandtable;
          if (s.basemapProblem) return { problem: s.basemapProblem };
          return s.basemap?.name === n ? { problem: null } : undefined;
        },
        name,
        { timeout: 60_000 },
      );
      const { problem } = await outcome.jsonValue();
      if (problem) throw new Error(problem);
      await page.evaluate(() => window.sandtable.setTime(window.sandtable.time));
    }
    const limits = await page.evaluate(() => window.sandtable.exportLimits());
    if (args.width > limits.maxSide || args.height > limits.maxSide)
      throw new Error(
        `${args.width}x${args.height} is larger than this browser's graphics can draw (${limits.maxSide} px a side)`,
      );
    const needsVideo =
      args.format === 'mp4' || args.format === 'webm' || (args.format === 'pptx' && args.clips);
    if (needsVideo && limits.video) throw new Error(limits.video);

    fd = openSync(part, 'w');
    const size = {
      width: args.width,
      height: args.height,
      pixelRatio: args.pixelRatio,
      view: args.view,
      legend: args.legend,
    };
    if (args.dataFormat) {
      // The scenario's data for another tool: text, or the KMZ's bytes, out of the page as base64.
      const res = await page.evaluate(
        async ({ format, lang }) => {
          const out = await window.sandtable.exportData(format, { lang });
          const bytes =
            typeof out.data === 'string'
              ? new TextEncoder().encode(out.data)
              : new Uint8Array(await out.data.arrayBuffer());
          let s = '';
          for (let i = 0; i < bytes.length; i += 0x8000)
            s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          return { b64: btoa(s), notes: out.notes };
        },
        { format: args.dataFormat, lang: args.lang ?? 'en' },
      );
      writeSync(fd, Buffer.from(res.b64, 'base64'));
      console.log(`export: ${args.dataFormat}; what the format cannot keep:`);
      for (const n of res.notes) console.log(`  - ${n}`);
    } else if (args.format === 'png') {
      // Compare (issue #24): the comparison is shown first, then exported as one image.
      if (args.compare) await page.evaluate((c) => window.sandtable.setCompare(c), args.compare);
      const b64 = await page.evaluate(
        async (o) => {
          const blob = await window.sandtable.exportStill(o);
          const bytes = new Uint8Array(await blob.arrayBuffer());
          let s = '';
          for (let i = 0; i < bytes.length; i += 0x8000)
            s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          return btoa(s);
        },
        { ...size, t: args.time, ...(args.compare && { compare: true }) },
      );
      writeSync(fd, Buffer.from(b64, 'base64'));
      console.log(`export: ${args.width}x${args.height} still at ${new Date(args.time).toISOString()}`);
    } else if (args.format === 'pdf') {
      await exportPdf(page, args, (data, position) => writeSync(fd, data, 0, data.length, position));
    } else if (args.format === 'pptx') {
      await page.exposeFunction('__sandtableSink', (b64, position) => {
        const data = Buffer.from(b64, 'base64');
        writeSync(fd, data, 0, data.length, position);
      });
      await page.exposeFunction('__sandtableDeckProgress', (done, total) =>
        process.stdout.write(
          `export: deck ${done}/${total} (stills${args.clips ? ', clips' : ''}, legend)\n`,
        ),
      );
      const bytes = await page.evaluate(
        async (o) => {
          const blob = await window.sandtable.exportDeck({
            ...o,
            onProgress: (done, total) => void window.__sandtableDeckProgress(done, total),
          });
          // Out of the page in 4 MB pieces: a deck with clips can be large.
          for (let at = 0; at < blob.size; at += 4 << 20) {
            const piece = new Uint8Array(await blob.slice(at, at + (4 << 20)).arrayBuffer());
            let s = '';
            for (let i = 0; i < piece.length; i += 0x8000)
              s += String.fromCharCode(...piece.subarray(i, i + 0x8000));
            await window.__sandtableSink(btoa(s), at);
          }
          return blob.size;
        },
        {
          width: args.width,
          height: args.height,
          pixelRatio: args.pixelRatio,
          moment: args.moment,
          clips: args.clips,
        },
      );
      console.log(
        `export: deck of ${bytes} bytes, ${args.width}x${args.height} stills at each chapter's ${args.moment}`,
      );
    } else {
      let { from, to } = args;
      if (from === undefined) {
        const range = await page.evaluate((name) => {
          const s = window.sandtable;
          if (name === undefined) return { start: s.scenario.start, end: s.scenario.end };
          return s.findChapter(name) ?? { names: s.chapters.map((c) => c.id) };
        }, args.chapter);
        if (!('start' in range))
          throw new Error(
            `No chapter "${args.chapter}" in the scenario (${range.names.length ? `chapters: ${range.names.join(', ')}` : 'it has no chapters'})`,
          );
        [from, to] = [range.start, range.end];
        // A chapter is framed by its own camera, fitted around this size's furniture as presenting does,
        // unless --view or --camera briefing says otherwise.
        if (!size.view && args.camera !== 'briefing')
          size.view = await page.evaluate(({ t, frame }) => window.sandtable.briefingCamera(t, frame), {
            t: range.end,
            frame: { width: args.width, height: args.height, pixelRatio: args.pixelRatio },
          });
      }
      await page.exposeFunction('__sandtableSink', (b64, position) => {
        const data = Buffer.from(b64, 'base64');
        writeSync(fd, data, 0, data.length, position);
      });
      await page.exposeFunction('__sandtableLarge', ({ projected }) =>
        console.warn(
          `export: warning: this GIF will be about ${(projected / 1e6).toFixed(1)} MB (over 20 MB): fewer frames, fps or pixels make it smaller; MP4 is about a tenth of the size`,
        ),
      );
      let last = 0;
      await page.exposeFunction('__sandtableProgress', (p) => {
        if (p.done !== p.total && p.done - last < Math.max(1, p.total / 50)) return;
        last = p.done;
        const rate = p.rate ? `${p.rate.toFixed(1)} fps` : '';
        process.stdout.write(`export: ${p.done}/${p.total} frames ${rate} ETA ${fmtEta(p.etaSeconds)}\n`);
      });
      const result = await page.evaluate(
        async (o) => {
          const toB64 = (bytes) => {
            let s = '';
            for (let i = 0; i < bytes.length; i += 0x8000)
              s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
            return btoa(s);
          };
          return window.sandtable.exportFrames({
            ...o,
            onProgress: (p) => void window.__sandtableProgress(p),
            onLarge: (b) => void window.__sandtableLarge(b),
            sink: (c) => window.__sandtableSink(toB64(c.data), c.position),
          });
        },
        {
          ...size,
          from,
          to,
          fps: args.fps,
          frames: args.frames,
          format: args.format,
          bitrate: args.format === 'gif' || args.format === 'zip' ? undefined : args.bitrate,
          camera: args.camera,
          captions: args.captions,
          span: args.span,
        },
      );
      console.log(
        `export: ${args.frames} frames at ${args.fps} fps, ${args.width}x${args.height}${result.codec ? `, ${result.codec}` : ''}`,
      );
      if (args.span) console.log(segmentNote(args));
    }
    closeSync(fd);
    fd = undefined;
    if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
    renameSync(part, out);
    console.log(`export: wrote ${args.out}`);
    return 0;
  } catch (e) {
    cleanup();
    console.error(
      `export: failed: ${e instanceof Error ? e.message.replace(/^page\.evaluate: (Error: )?/, '') : e}`,
    );
    return 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

process.exitCode = await main();
