import { describe, expect, it } from 'vitest';
import { inkFor } from '../cartography/ink';
import { MARKS } from '../cartography/marks/registry';
import { composeScene } from './compose-scene';
import { headlessAssets } from './scene-assets';
import { loadScenario } from '../scenario/load';
import { readScenarioFiles } from '../../tests/support/kidal-data';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const scenario = loaded.scenario;

describe('marks', () => {
  it('each own different swatches, and every swatch but a unit symbol has its painter', () => {
    const owned = MARKS.flatMap((m) => Object.keys(m.swatches ?? {}));
    expect(new Set(owned).size).toBe(owned.length);
    expect(owned.sort()).toEqual(['area', 'arrow', 'circle', 'corridor', 'halo', 'line', 'pulse']);
  });

  it('key the legend only when one of their own layers draws something, at every chapter of Kidal', () => {
    const seen = new Set<string>();
    for (const chapter of scenario.chapters)
      for (const t of [chapter.start, (chapter.start + chapter.end) / 2, chapter.end]) {
        const scene = composeScene({
          scenario,
          t,
          camera: chapter.camera,
          size: { width: 1280, height: 720 },
          theme: 'projector',
          lang: 'en',
          assets: headlessAssets(),
          basemap: [],
        });
        const drawing = new Set(
          scene.layers.filter((l) => (l.props.data as unknown[] | undefined)?.length).map((l) => l.id),
        );
        const ctx = {
          scenario,
          frame: scene.frame,
          theme: 'projector' as const,
          density: scene.density,
          ink: inkFor('projector'),
          grouped: scene.density.aggregateEvents,
        };
        for (const mark of MARKS) {
          if (!mark.legend(ctx).length) continue;
          seen.add(mark.id);
          expect(
            mark.layers.filter((id) => drawing.has(id)),
            `${mark.id} keyed at ${new Date(t).toISOString()}`,
          ).not.toEqual([]);
        }
      }
    // Kidal shows most marks at some chapter: the check above ran on them.
    expect(seen.size).toBeGreaterThanOrEqual(9);
  });
});
