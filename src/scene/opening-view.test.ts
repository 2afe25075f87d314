import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameAt } from '../frame/frame-at';
import type { Rect } from '../furniture/furniture-input';
import { furnitureRects } from '../furniture/furniture-layout';
import { importFiles } from '../import/import-files';
import { viewportOf } from '../map/viewport';
import type { Scenario } from '../model/scenario';
import { REPO, text } from '../../tests/support/import-helpers';
import { composeScene } from './compose-scene';
import { defaultFraming, type FramingEnv } from './framing';
import { headlessAssets } from './scene-assets';

const REGIONS = ['el-fasher', 'bakhmut', 'goose-green', 'narvik', 'gaza'];

async function imported(name: string): Promise<Scenario> {
  const body = readFileSync(join(REPO, 'tests/fixtures/anywhere', `${name}.geojson`), 'utf8');
  const r = await importFiles([text(`${name}.geojson`, body)], {});
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('an imported scenario opens', () => {
  for (const name of REGIONS)
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
      [1920, 1080],
    ] as const)
      it(`${name} at ${width}×${height}: on all its features, clear of the furniture, with something on the map`, async () => {
        const scenario = await imported(name);
        const env: FramingEnv = {
          size: { width, height },
          theme: 'projector',
          lang: 'en',
          presenter: false,
          legendForm: 'auto',
          assets: headlessAssets(),
          basemap: ['© Natural Earth'],
        };
        const framing = defaultFraming(scenario, env);
        const scene = composeScene({
          scenario,
          t: scenario.initialTime,
          camera: framing.camera,
          size: env.size,
          theme: env.theme,
          lang: 'en',
          assets: env.assets,
          basemap: env.basemap,
          avoid: framing.avoid,
        });
        const viewport = viewportOf(framing.camera, env.size);
        const pieces = Object.values(furnitureRects(scene.furniture.plan));
        for (const f of scenario.features) {
          const coords = (f.geometry as { coordinates: unknown }).coordinates;
          const points = (f.geometry.type === 'Point' ? [coords] : coords) as [number, number][];
          for (const p of points) {
            const [x, y] = viewport.project(p);
            expect(x, `${f.id} in view`).toBeGreaterThan(0);
            expect(x).toBeLessThan(width);
            expect(y).toBeGreaterThan(0);
            expect(y).toBeLessThan(height);
            const dot = { x: x - 2, y: y - 2, w: 4, h: 4 };
            expect(
              pieces.some((r) => overlaps(r, dot)),
              `${f.id} under the furniture`,
            ).toBe(false);
          }
        }
        // Not zoomed to a street: the features fill a fair share of the frame, not a corner of it.
        const xs = scenario.features.flatMap((f) => {
          const c = (f.geometry as { coordinates: unknown }).coordinates;
          return ((f.geometry.type === 'Point' ? [c] : c) as [number, number][]).map(
            (p) => viewport.project(p)[0],
          );
        });
        expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(width * 0.15);
        const frame = frameAt(scenario, scenario.initialTime);
        expect(frame.events.length + frame.movements.length + frame.places.length).toBeGreaterThan(0);
      });

  it('at the first dated fact, not the padded start of its range nor mid-story', async () => {
    const scenario = await imported('bakhmut');
    expect(scenario.start).toBeLessThan(scenario.initialTime);
    expect(new Date(scenario.initialTime).toISOString()).toBe('2024-03-02T04:00:00.000Z');
    expect(frameAt(scenario, scenario.start).events.length).toBe(0);
  });
});
