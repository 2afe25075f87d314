import { describe, expect, it } from 'vitest';
import { composeScene } from './compose-scene';
import { frameRequest } from './frame-request';
import { briefingFraming, defaultFraming, type FramingEnv } from './framing';
import { headlessAssets } from './scene-assets';
import { furnitureRects } from '../furniture/furniture-layout';
import type { Rect } from '../furniture/furniture-input';
import { loadScenario } from '../scenario/load';
import { readScenarioFiles } from '../../tests/support/kidal-data';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const scenario = loaded.scenario;

/** The screens and exports the layout must hold (issue #17), portrait included. */
const SIZES: [number, number][] = [
  [480, 270],
  [640, 360],
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1600, 900],
  [1920, 1080],
  [3840, 2160],
  [1080, 1920],
];
const BASEMAP = ['© Natural Earth', 'GeoNames (CC BY 4.0)', 'Regional roads: Sandtable, schematic'];

const overlapArea = (a: Rect, b: Rect) => {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};

describe('the briefing on every screen', () => {
  for (const [width, height] of SIZES)
    for (const presenter of [false, true])
      for (const lang of ['en', 'fr'] as const)
        it(`${width}×${height}${presenter ? ' presenting' : ''} (${lang}): every chapter's end shows its action uncovered`, () => {
          const env: FramingEnv = {
            size: { width, height },
            theme: 'projector',
            lang,
            presenter,
            legendForm: 'auto',
            assets: headlessAssets(),
            basemap: BASEMAP,
          };
          for (const chapter of scenario.chapters) {
            const what = `${chapter.id} at ${width}×${height}`;
            const framing = briefingFraming(scenario, chapter.end, chapter.id, env);
            const scene = composeScene(
              frameRequest(
                { ...env, lang, presenter: presenter ? { chapter: chapter.id } : undefined },
                scenario,
                chapter.end,
                framing.camera,
                framing.avoid,
                framing.previous,
              ),
            );
            const rects = Object.entries(furnitureRects(scene.furniture.plan));
            for (const [kind, r] of rects) {
              expect(r.x >= -1e-6 && r.y >= -1e-6, `${what}: ${kind} inside`).toBe(true);
              expect(r.x + r.w <= width + 1e-6 && r.y + r.h <= height + 1e-6, `${what}: ${kind} inside`).toBe(
                true,
              );
            }
            for (let i = 0; i < rects.length; i++)
              for (let j = i + 1; j < rects.length; j++)
                expect(
                  overlapArea(rects[i]![1], rects[j]![1]),
                  `${what}: ${rects[i]![0]} on ${rects[j]![0]}`,
                ).toBe(0);
            if (presenter)
              expect(
                rects.map(([k]) => k),
                what,
              ).toContain('caption');
            const focus = scene.focus;
            if (!focus) continue;
            const covered = rects.reduce((sum, [, r]) => sum + overlapArea(r, focus), 0);
            expect(
              covered / (focus.w * focus.h),
              `${what}: share of the action under furniture`,
            ).toBeLessThanOrEqual(0.1);
          }
        });

  it('frames the default view around the furniture without moving it when nothing is covered', () => {
    const env: FramingEnv = {
      size: { width: 1920, height: 1080 },
      theme: 'projector',
      lang: 'en',
      presenter: false,
      legendForm: 'auto',
      assets: headlessAssets(),
      basemap: BASEMAP,
    };
    const framing = defaultFraming(scenario, env);
    expect(defaultFraming(scenario, env)).toBe(framing);
    expect(Math.abs(framing.camera.zoom - scenario.defaultView.zoom)).toBeLessThanOrEqual(2);
  });
});
