import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp } from './chromium';

// An imported file's lines are context: drawn, thin and subdued, under the campaign. They once were not drawn
// at all (a path-format hint made deck.gl drop every path) while polygons and points were.

const VIEW = { center: [10.3, 55.55] as [number, number], zoom: 9.5, bearing: 0, pitch: 0 };
const ROAD: [[number, number], [number, number]] = [
  [10.1, 55.45],
  [10.5, 55.5],
];
const collection = (geometries: object[]) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: geometries.map((geometry, i) => ({ type: 'Feature', properties: { name: `f${i}` }, geometry })),
  });
// The same ends, as a line and as two points: the camera is set alike, so only the line's pixels differ.
const LINE = collection([{ type: 'LineString', coordinates: ROAD }]);
const ENDS = collection(ROAD.map((coordinates) => ({ type: 'Point', coordinates })));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function shot(text: string): Promise<{ png: PNG; page: Page }> {
  const { page } = await openApp(browser, { query: '&chrome=0' });
  const opened = await page.evaluate(
    (t) => window.sandtable.open([{ name: 'roads.geojson', text: t }]),
    text,
  );
  expect(opened).toMatchObject({ ok: true });
  await page.evaluate((v) => window.sandtable.setView(v), VIEW);
  return { png: PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot()), page };
}

describe('context lines from an imported file', () => {
  it('draws the line between its ends', async () => {
    const line = await shot(LINE);
    const ends = await shot(ENDS);
    const samples = await line.page.evaluate(
      ([a, b]) =>
        Array.from({ length: 9 }, (_, i) => {
          const f = (i + 1) / 10;
          return window.sandtable.project([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f]);
        }),
      ROAD,
    );
    // A sample is on the line when a pixel within 2 px of it differs from the picture without the line.
    const differs = (x: number, y: number) => {
      for (let dy = -2; dy <= 2; dy++)
        for (let dx = -2; dx <= 2; dx++) {
          const i = ((Math.round(y) + dy) * line.png.width + Math.round(x) + dx) * 4;
          const d = [0, 1, 2].map((c) => Math.abs(line.png.data[i + c]! - ends.png.data[i + c]!));
          if (Math.max(...d) > 40) return true;
        }
      return false;
    };
    const drawn = samples.filter(([x, y]) => differs(x, y));
    expect(drawn.length, `samples on the line: ${JSON.stringify(samples)}`).toBeGreaterThanOrEqual(8);
    await line.page.context().close();
    await ends.page.context().close();
  });
});
