import { describe, expect, it } from 'vitest';
import { composeScene, type Scene, type SceneInput } from './compose-scene';
import { headlessAssets } from './scene-assets';
import { loadScenario } from '../scenario/load';
import type { Chapter } from '../model/scenario';
import { readScenarioFiles } from '../../tests/support/kidal-data';
import { sceneJson } from '../../tests/support/scene-data';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const scenario = loaded.scenario;

/**
 * The one place this file calls composeScene: each chapter presented as it stops (its end, its own camera), so
 * a change of composeScene's signature is one edit here and the snapshots stay comparable.
 */
function composeChapter(chapter: Chapter): Scene {
  const input: SceneInput = {
    scenario,
    t: chapter.end,
    camera: chapter.camera,
    size: { width: 1280, height: 720 },
    theme: 'projector',
    lang: 'en',
    assets: headlessAssets(),
    basemap: ['© Natural Earth', 'GeoNames (CC BY 4.0)'],
    presenter: { chapter: chapter.id },
    advice: false,
  };
  return composeScene(input);
}

describe('composeScene as data, for each Kidal chapter', () => {
  it('has chapters to compose', () => {
    expect(scenario.chapters.map((c) => c.id)).toHaveLength(8);
  });

  for (const chapter of scenario.chapters)
    it(`composes ${chapter.id} as reviewed`, async () => {
      await expect(sceneJson(composeChapter(chapter))).toMatchFileSnapshot(
        `./__snapshots__/kidal-chapters/${chapter.id}.json`,
      );
    });
});
