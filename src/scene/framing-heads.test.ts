import { describe, expect, it } from 'vitest';
import { composeScene } from './compose-scene';
import { frameRequest } from './frame-request';
import { briefingFraming, type FramingEnv } from './framing';
import { headlessAssets } from './scene-assets';
import { furnitureRects } from '../furniture/furniture-layout';
import type { Rect } from '../furniture/furniture-input';
import { loadScenario } from '../scenario/load';
import { readScenarioFiles } from '../../tests/support/kidal-data';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const scenario = loaded.scenario;
const BASEMAP = ['© Natural Earth', 'GeoNames (CC BY 4.0)', 'Regional roads: Sandtable, schematic'];

/** Half the side of the box an arrowhead is drawn in, CSS px: the point of the arrow and its barbs. */
const ARROWHEAD = 8;

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('presenting Kidal: the action of every chapter in the uncovered frame', () => {
  for (const [width, height] of [
    [1024, 768],
    [1366, 768],
    [1920, 1080],
  ] as const)
    for (const lang of ['en', 'fr'] as const)
      it(`${width}×${height} (${lang}): heads, arrowheads and labels at each chapter's start, middle and end, in the frame and off the furniture`, () => {
        const env: FramingEnv = {
          size: { width, height },
          theme: 'projector',
          lang,
          presenter: true,
          legendForm: 'auto',
          assets: headlessAssets(),
          basemap: BASEMAP,
        };
        const misses: string[] = [];
        for (const chapter of scenario.chapters)
          for (const [when, t] of [
            ['start', chapter.start],
            ['middle', (chapter.start + chapter.end) / 2],
            ['end', chapter.end],
          ] as const) {
            const framing = briefingFraming(scenario, t, chapter.id, env);
            const scene = composeScene(
              frameRequest(
                { ...env, lang, presenter: { chapter: chapter.id } },
                scenario,
                t,
                framing.camera,
                framing.avoid,
                framing.previous,
              ),
            );
            const pieces = Object.entries(furnitureRects(scene.furniture.plan));
            for (const m of scene.frame.movements) {
              if (m.status !== 'moving') continue;
              const [x, y] = scene.viewport.project(m.head);
              const head = { x: x - ARROWHEAD, y: y - ARROWHEAD, w: 2 * ARROWHEAD, h: 2 * ARROWHEAD };
              const where = `${chapter.id} ${when}: ${m.feature.id}`;
              if (head.x < 0 || head.y < 0 || head.x + head.w > width || head.y + head.h > height)
                misses.push(`${where} outside (${x.toFixed(0)}, ${y.toFixed(0)})`);
              for (const [kind, r] of pieces)
                if (overlaps(head, r)) misses.push(`${where} under the ${kind}`);
            }
            for (const label of scene.labels) {
              const { x0, y0, x1, y1 } = label.box;
              const box = { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
              const where = `${chapter.id} ${when}: label ${label.lines[0]}`;
              if (x0 < 0 || y0 < 0 || x1 > width || y1 > height) misses.push(`${where} outside`);
              for (const [kind, r] of pieces) if (overlaps(box, r)) misses.push(`${where} under the ${kind}`);
            }
            // Before an audience the legend keeps its words: never bare swatches.
            const legend = scene.furniture.plan.legend;
            if (legend && legend.form === 'collapsed') misses.push(`${chapter.id} ${when}: legend collapsed`);
          }
        expect(misses).toEqual([]);
      });
});
