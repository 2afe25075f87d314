import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import type { Browser } from 'playwright-core';
import { launch, openApp } from './chromium';
import { syntheticScenarioFiles, type SyntheticOptions } from '../../bench/synthetic-scenario';
import { WORLD_CASES, worldScenarioFiles } from '../fixtures/world-scenarios';

/** A render test case, as data: tests/render/<name>/case.json beside its expected.png. */
interface RenderCase {
  description: string;
  /**
   * The built-in Kidal scenario, or one opened through the import: synthetic (bench/synthetic-scenario.ts) or
   * a tiny one elsewhere on Earth (tests/fixtures/world-scenarios.ts, by id).
   */
  scenario: 'kidal-2023' | { synthetic: SyntheticOptions } | { world: string };
  t: string;
  size: [number, number];
  view?: { center: [number, number]; zoom: number; bearing?: number; pitch?: number };
  /** Extra URL switches, e.g. `&theme=print` or `&lang=fr`. */
  query?: string;
  /** Presenter mode from this chapter (its card, progress and framing), as the Present button shows it. */
  present?: string;
  /** A second moment beside t (issue #24): the picture is then the whole map area, both halves and stamps. */
  compare?: { t: string; mode: 'split' | 'swipe' };
  /** pixelmatch's per-pixel colour threshold (0–1). */
  threshold: number;
  /** How many pixels may differ before the case fails. */
  maxDiffPixels: number;
}

const ROOT = join(import.meta.dirname, '..', 'render');
const OUT = join(import.meta.dirname, '..', 'output', 'render');
const UPDATE = process.env.UPDATE === '1';
const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const specOf = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, name, 'case.json'), 'utf8')) as RenderCase;

/** Pixels that differ beyond the case's colour threshold; `diff` gets the picture of where. */
function differingPixels(actual: PNG, expected: PNG, threshold: number, diff?: PNG): number {
  return pixelmatch(actual.data, expected.data, diff?.data, actual.width, actual.height, { threshold });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('render cases', () => {
  it('has every folder as a case whose tolerance tells its golden from another case of its size', () => {
    expect(cases.length).toBeGreaterThan(1);
    const goldens = new Map<string, PNG>();
    for (const name of cases) {
      const spec = specOf(name);
      expect(spec.size, name).toHaveLength(2);
      expect(spec.threshold, name).toBeGreaterThanOrEqual(0);
      expect(spec.threshold, name).toBeLessThan(0.3);
      if (!UPDATE) goldens.set(name, PNG.sync.read(readFileSync(join(ROOT, name, 'expected.png'))));
    }
    // A tolerance so loose that another moment's picture passes would make the case unable to fail.
    for (const [name, golden] of goldens) {
      const spec = specOf(name);
      const other = [...goldens].find(
        ([n, g]) => n !== name && g.width === golden.width && g.height === golden.height,
      );
      if (!other) continue;
      expect(differingPixels(golden, golden, spec.threshold), name).toBe(0);
      expect(
        differingPixels(other[1], golden, spec.threshold),
        `${name} against ${other[0]}`,
      ).toBeGreaterThan(spec.maxDiffPixels);
    }
  });

  for (const name of cases) {
    it(name, async () => {
      const spec = specOf(name);
      const [width, height] = spec.size;
      const { page, consoleErrors, foreignRequests } = await openApp(browser, {
        width,
        height,
        query: `&chrome=0${spec.query ?? ''}`,
      });
      if (spec.scenario !== 'kidal-2023') {
        const world = 'world' in spec.scenario ? spec.scenario.world : undefined;
        const worldCase = WORLD_CASES.find((c) => c.id === world);
        if (world && !worldCase) throw new Error(`${name}: no world case "${world}"`);
        const scenarioFiles =
          'synthetic' in spec.scenario
            ? syntheticScenarioFiles(spec.scenario.synthetic)
            : worldScenarioFiles(worldCase!);
        const files = Object.entries(scenarioFiles).map(([n, text]) => ({
          name: n,
          text,
        }));
        const opened = await page.evaluate((f) => window.sandtable.open(f), files);
        expect(opened.errors).toEqual([]);
      }
      if (spec.view) await page.evaluate((v) => window.sandtable.setView(v), spec.view);
      if (spec.present) await page.evaluate((c) => window.sandtable.present(c), spec.present);
      await page.evaluate((t) => window.sandtable.setTime(t), spec.t);
      if (spec.compare) await page.evaluate((c) => window.sandtable.setCompare(c), spec.compare);
      const shot = spec.compare ? page.locator('main.stage') : page.locator('.maplibregl-canvas');
      const actual = PNG.sync.read(await shot.screenshot());
      await page.context().close();
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);

      const expectedPath = join(ROOT, name, 'expected.png');
      if (UPDATE || !existsSync(expectedPath)) {
        if (!UPDATE)
          throw new Error(
            `${expectedPath} is missing: run with UPDATE=1 and look at the image before committing it`,
          );
        writeFileSync(expectedPath, PNG.sync.write(actual));
        return;
      }
      const expected = PNG.sync.read(readFileSync(expectedPath));
      expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
      const diff = new PNG({ width: actual.width, height: actual.height });
      const differing = differingPixels(actual, expected, spec.threshold, diff);
      if (differing > spec.maxDiffPixels) {
        mkdirSync(OUT, { recursive: true });
        writeFileSync(join(OUT, `${name}-actual.png`), PNG.sync.write(actual));
        writeFileSync(join(OUT, `${name}-diff.png`), PNG.sync.write(diff));
      }
      expect(differing, `${name}: ${differing} pixels differ (see tests/output/render/)`).toBeLessThanOrEqual(
        spec.maxDiffPixels,
      );
    });
  }
});
