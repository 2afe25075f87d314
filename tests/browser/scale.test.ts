import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './chromium';
import { syntheticScenarioFiles } from '../../bench/synthetic-scenario';

// The app at scale (issue #16): a scenario of 1,000 movements of 50 vertices (and 500 events), whose tracks
// and events are uploaded once and cut at t on the GPU, must stay a pure function of (scenario, t, camera,
// size); one of 10,000 movements must load and scrub without losing the page.

const OUT = join(import.meta.dirname, '..', 'output', 'scale');
const SEED = 20231114;
const T = '2023-11-12T09:00:00Z';
const VIEW = { center: [1.5, 18] as [number, number], zoom: 6.4, bearing: 0, pitch: 0 };
const THOUSAND = Object.entries(
  syntheticScenarioFiles({ movements: 1000, vertices: 50, seed: SEED, events: 500, zoom: 6.4 }),
).map(([name, text]) => ({ name, text }));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openThousand(width = 1280, height = 720): Promise<{ page: Page; errors: string[] }> {
  const { page, consoleErrors } = await openApp(browser, { width, height, query: '&chrome=0' });
  const opened = await page.evaluate((files) => window.sandtable.open(files), THOUSAND);
  expect(opened).toMatchObject({ ok: true, movements: 1000, features: 1500 });
  return { page, errors: consoleErrors };
}

const screen = async (page: Page) => PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());

function save(name: string, png: PNG) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `${name}.png`), PNG.sync.write(png));
}

describe('1,000 movements: the render is a pure function of (scenario, t, camera, size)', () => {
  it('draws the same pixels for the same moment whatever came before it', async () => {
    const direct = await openThousand();
    await direct.page.evaluate((v) => window.sandtable.setView(v), VIEW);
    await direct.page.evaluate((t) => window.sandtable.setTime(t), T);
    const a = await screen(direct.page);

    const wandering = await openThousand();
    const { page } = wandering;
    // Another history: other times (before any movement, every one finished, the middle), another camera,
    // then back. On the GPU only the time uniform differs between these frames.
    for (const t of ['2023-11-14T20:00:00Z', '2023-11-10T00:00:00Z', '2023-11-13T03:00:00Z']) {
      await page.evaluate((time) => window.sandtable.setTime(time), t);
    }
    await page.evaluate(() => window.sandtable.setView({ center: [2, 19], zoom: 8, bearing: 30 }));
    await page.evaluate((v) => window.sandtable.setView(v), VIEW);
    await page.evaluate((t) => window.sandtable.setTime(t), T);
    const b = await screen(page);

    const differing = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0 });
    if (differing) {
      save('determinism-direct', a);
      save('determinism-wandering', b);
    }
    expect(differing).toBe(0);
    // And the check has teeth: another moment is another picture.
    await page.evaluate(() => window.sandtable.setTime('2023-11-12T15:00:00Z'));
    const c = await screen(page);
    expect(pixelmatch(a.data, c.data, undefined, a.width, a.height, { threshold: 0 })).toBeGreaterThan(500);
    expect([...direct.errors, ...wandering.errors]).toEqual([]);
    await direct.page.context().close();
    await page.context().close();
  });

  it('exports the same still twice, and each frame of a sequence equals the still at its time', async () => {
    const { page, errors } = await openThousand();
    const bytes = async (code: string, arg: unknown) =>
      Buffer.from(
        await page.evaluate(
          async ([c, a]) => {
            const blob = (await new Function('a', `return (${c})(a)`)(a)) as Blob;
            const b = new Uint8Array(await blob.arrayBuffer());
            let s = '';
            for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
            return btoa(s);
          },
          [code, arg] as const,
        ),
        'base64',
      );
    const still = async (t: string) =>
      PNG.sync.read(
        await bytes('(a) => window.sandtable.exportStill(a)', { t, width: 640, height: 360, view: VIEW }),
      );
    const first = await still(T);
    const second = await still(T);
    expect(pixelmatch(first.data, second.data, undefined, 640, 360, { threshold: 0 })).toBe(0);

    const zip = unzipSync(
      new Uint8Array(
        await bytes('(a) => window.sandtable.exportFrames(a)', {
          from: '2023-11-12T03:00:00Z',
          to: '2023-11-12T15:00:00Z',
          fps: 5,
          frames: 3,
          width: 640,
          height: 360,
          format: 'zip',
          view: VIEW,
        }),
      ),
    );
    // Frame 1 is at 03:00 + 12 h / 3 = 07:00, frame 2 at 11:00.
    for (const [i, t] of [
      [1, '2023-11-12T07:00:00Z'],
      [2, '2023-11-12T11:00:00Z'],
    ] as const) {
      const frame = PNG.sync.read(Buffer.from(zip[`frame-0000${i}.png`]!));
      const reference = await still(t);
      const differing = pixelmatch(frame.data, reference.data, undefined, 640, 360, { threshold: 0 });
      if (differing) {
        save(`sequence-frame-${i}`, frame);
        save(`sequence-still-${i}`, reference);
      }
      expect(differing, `frame ${i} against the still at ${t}`).toBe(0);
    }
    expect(
      pixelmatch(first.data, (await still('2023-11-12T11:00:00Z')).data, undefined, 640, 360),
    ).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('10,000 movements', () => {
  it('loads through the import and scrubs without losing the page, heads only and 20 labels at most', async () => {
    const files = Object.entries(
      syntheticScenarioFiles({ movements: 10_000, vertices: 50, seed: SEED, labels: true, zoom: 6.4 }),
    ).map(([name, text]) => ({ name, text }));
    const { page, consoleErrors } = await openApp(browser, { width: 1280, height: 720, query: '&chrome=0' });
    let crashed = false;
    page.on('crash', () => (crashed = true));
    const opened = await page.evaluate((f) => window.sandtable.open(f), files);
    expect(opened).toMatchObject({ ok: true, movements: 10_000 });
    const { start, end } = await page.evaluate(() => window.sandtable.scenario);
    for (const share of [0.5, 0.1, 0.9, 0.3, 1]) {
      const t = start + (end - start) * share;
      expect(await page.evaluate((time) => window.sandtable.setTime(time), t)).toBe(t);
    }
    await page.evaluate((t) => window.sandtable.setTime(t), start + (end - start) * 0.5);
    const summary = await page.evaluate(() => window.sandtable.frame());
    expect(summary.movements.filter((m) => m.status === 'moving').length).toBeGreaterThan(300);
    // The map is drawn (not blank): many coloured pixels, and the legend says how it is drawn.
    const png = await screen(page);
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
    }
    expect(coloured).toBeGreaterThan(5000);
    const density = await page.evaluate(() => window.sandtable.density());
    expect(density).toMatchObject({ tier: 'heads', labelBudget: 20 });
    expect(density.labels).toBeLessThanOrEqual(20);
    expect(density.legend).toMatch(/movements in view/);
    // Thousands moving and thousands finished in view: the finished ones are the dot where each ended.
    await page.evaluate((t) => window.sandtable.setTime(t), start + (end - start) * 0.7);
    expect(await page.evaluate(() => window.sandtable.density())).toMatchObject({
      tier: 'heads',
      doneDots: true,
    });
    expect((await page.evaluate(() => window.sandtable.density())).legend).toMatch(/a dot where they ended/);
    expect(crashed).toBe(false);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
