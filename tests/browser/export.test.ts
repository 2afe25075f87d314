import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, type AppPage } from './chromium';
import { probe, requireFfmpeg } from './ffmpeg';

const T = '2023-11-10T18:00:00Z';
const VIEW = { center: [1.05, 18.3] as [number, number], zoom: 8, bearing: 0, pitch: 0 };
const OUT = join(import.meta.dirname, '..', 'output', 'export');

let browser: Browser;
let app: AppPage;
const dir = mkdtempSync(join(tmpdir(), 'sandtable-export-'));

beforeAll(async () => {
  requireFfmpeg();
  browser = await launch();
  app = await openApp(browser, { width: 1920, height: 1080, query: '&chrome=0' });
  await app.page.evaluate((v) => window.sandtable.setView(v), VIEW);
  await app.page.evaluate((t) => window.sandtable.setTime(t), T);
});
afterAll(async () => {
  await browser?.close();
});

/** Runs an export in the page and brings its bytes back. */
async function bytesOf(page: Page, run: string, arg: unknown): Promise<Buffer> {
  const b64 = await page.evaluate(
    async ([code, a]) => {
      const blob = (await new Function('a', `return (${code})(a)`)(a)) as Blob;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    },
    [run, arg] as const,
  );
  return Buffer.from(b64, 'base64');
}

const still = (t: string, width: number, height: number) =>
  bytesOf(app.page, '(a) => window.sandtable.exportStill(a)', { t, width, height, view: VIEW });

function diffCount(a: PNG, b: PNG, threshold = 0.1): number {
  return pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold });
}

describe('export a still', () => {
  it('is exactly 1920×1080, identical twice, and matches the screen at the same t and view', async () => {
    const first = PNG.sync.read(await still(T, 1920, 1080));
    const second = PNG.sync.read(await still(T, 1920, 1080));
    expect([first.width, first.height]).toEqual([1920, 1080]);
    const unequal = diffCount(first, second, 0);
    if (unequal > 0) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, 'still-first.png'), PNG.sync.write(first));
      writeFileSync(join(OUT, 'still-second.png'), PNG.sync.write(second));
    }
    expect(unequal, 'pixels differing between two exports of the same frame (see tests/output/export/)').toBe(
      0,
    );

    // The window shows the same map and furniture at the same size: the export must look the same.
    const screen = PNG.sync.read(await app.page.screenshot());
    const differing = diffCount(first, screen);
    if (differing > 2000) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, 'still-export.png'), PNG.sync.write(first));
      writeFileSync(join(OUT, 'still-screen.png'), PNG.sync.write(screen));
    }
    // Label placement may settle a few pixels differently; anything beyond ~0.1% is a real difference.
    expect(differing).toBeLessThanOrEqual(2000);
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('matches the render test of the same moment and view (tests/render/column-midway)', async () => {
    const caseDir = join(import.meta.dirname, '..', 'render', 'column-midway');
    const spec = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8')) as {
      t: string;
      size: [number, number];
      view: { center: [number, number]; zoom: number };
    };
    // The same moment and camera this file's screen uses, so the export is held to the checked-in golden.
    expect([spec.t, spec.view.center, spec.view.zoom]).toEqual([T, VIEW.center, VIEW.zoom]);
    const exported = PNG.sync.read(await still(spec.t, ...spec.size));
    const golden = PNG.sync.read(readFileSync(join(caseDir, 'expected.png')));
    const differing = diffCount(exported, golden);
    if (differing > 0) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, 'column-midway-export.png'), PNG.sync.write(exported));
    }
    expect(differing).toBeLessThanOrEqual(1000);
  });

  it('is the same from a fresh export map and from one kept warm that drew other moments first', async () => {
    await app.page.evaluate(() => window.sandtable.releaseExport());
    const fresh = PNG.sync.read(await still(T, 640, 360));
    await app.page.evaluate(
      (view) => window.sandtable.prepareExport({ width: 640, height: 360, t: '2023-11-14T09:00:00Z', view }),
      VIEW,
    );
    const later = PNG.sync.read(await still('2023-11-13T06:00:00Z', 640, 360));
    const warm = PNG.sync.read(await still(T, 640, 360));
    expect(diffCount(fresh, later, 0)).toBeGreaterThan(1000);
    expect(diffCount(fresh, warm, 0)).toBe(0);
  });
});

describe('export a video', () => {
  for (const [format, codec] of [
    ['mp4', 'h264'],
    ['webm', 'vp9'],
  ] as const) {
    it(`${format}: 2 s at 10 fps decode to 20 frames of 640×360 (${codec}), like the still`, async () => {
      const bytes = await bytesOf(app.page, '(a) => window.sandtable.exportFrames(a)', {
        from: '2023-11-10T12:00:00Z',
        to: '2023-11-11T00:00:00Z',
        fps: 10,
        duration: 2,
        width: 640,
        height: 360,
        format,
        bitrate: 'high',
        view: VIEW,
      });
      const file = join(dir, `clip.${format}`);
      writeFileSync(file, bytes);
      expect(probe(file)).toMatchObject({
        codec_name: codec,
        width: 640,
        height: 360,
        r_frame_rate: '10/1',
        nb_read_frames: '20',
      });
      // Frame 10 is at 12:00 + 10 × (12 h / 20) = 18:00: the still's time.
      const framePng = join(dir, `frame10-${format}.png`);
      execFileSync('ffmpeg', [
        '-v',
        'error',
        '-y',
        '-i',
        file,
        '-vf',
        'select=eq(n\\,10)',
        '-frames:v',
        '1',
        framePng,
      ]);
      const decoded = PNG.sync.read(readFileSync(framePng));
      const reference = PNG.sync.read(await still(T, 640, 360));
      // Lossy video: compare loosely, and against a different time to show the check has teeth.
      const near = diffCount(decoded, reference, 0.2);
      const other = PNG.sync.read(await still('2023-11-10T12:00:00Z', 640, 360));
      expect(near).toBeLessThan(640 * 360 * 0.03);
      expect(near).toBeLessThan(diffCount(decoded, other, 0.2));
    });
  }
});

describe('export a PNG sequence', () => {
  it('zips numbered frames', async () => {
    const bytes = await bytesOf(app.page, '(a) => window.sandtable.exportFrames(a)', {
      from: '2023-11-10T12:00:00Z',
      to: '2023-11-11T00:00:00Z',
      fps: 5,
      frames: 6,
      width: 320,
      height: 180,
      format: 'zip',
      view: VIEW,
    });
    const entries = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(entries)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `frame-0000${i}.png`));
    const png = PNG.sync.read(Buffer.from(entries['frame-00003.png']!));
    expect([png.width, png.height]).toEqual([320, 180]);
    // Frames are drawn one ahead of the one being saved: each must still be its own moment, to the pixel.
    // Frame i is at 12:00 + i × 2 h.
    for (const [i, t] of [
      [3, '2023-11-10T18:00:00Z'],
      [5, '2023-11-10T22:00:00Z'],
    ] as const) {
      const frame = PNG.sync.read(Buffer.from(entries[`frame-0000${i}.png`]!));
      const reference = PNG.sync.read(await still(t, 320, 180));
      expect(diffCount(frame, reference, 0), `frame ${i} against the still at ${t}`).toBe(0);
    }
  });
});

describe('export with the briefing camera', () => {
  it('draws each frame from the chapter camera at its time, flying between chapters', async () => {
    // 18:00 and 22:00 on 10 Nov are inside "advance-10nov"; 02:00 on 11 Nov is a fifth of the way into the
    // flight to "alkit-11-12nov" (its first 20 % of 48 h).
    const times = ['2023-11-10T18:00:00Z', '2023-11-10T22:00:00Z', '2023-11-11T02:00:00Z'];
    const cameras = await app.page.evaluate(
      (ts) => ts.map((t) => window.sandtable.briefingCamera(t, { width: 320, height: 180 })),
      times,
    );
    expect(cameras[0]).toEqual(cameras[1]);
    expect(cameras[2]!.zoom).toBeGreaterThan(cameras[0]!.zoom);
    expect(cameras[2]!.zoom).toBeLessThan(10);
    const bytes = await bytesOf(app.page, '(a) => window.sandtable.exportFrames(a)', {
      from: times[0],
      to: '2023-11-11T06:00:00Z',
      fps: 5,
      frames: 3,
      width: 320,
      height: 180,
      format: 'zip',
      camera: 'briefing',
    });
    const entries = unzipSync(new Uint8Array(bytes));
    for (const [i, t] of times.entries()) {
      const frame = PNG.sync.read(Buffer.from(entries[`frame-0000${i}.png`]!));
      const reference = PNG.sync.read(
        await bytesOf(app.page, '(a) => window.sandtable.exportStill(a)', {
          t,
          width: 320,
          height: 180,
          camera: 'briefing',
        }),
      );
      expect(diffCount(frame, reference, 0), `frame ${i} against the still from its camera`).toBe(0);
    }
    // And not simply the screen's view: the first frame differs from a still of the test's fixed view.
    const fixed = PNG.sync.read(await still(times[0]!, 320, 180));
    const first = PNG.sync.read(Buffer.from(entries['frame-00000.png']!));
    expect(diffCount(first, fixed, 0)).toBeGreaterThan(1000);
  });
});
