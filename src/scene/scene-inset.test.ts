import { describe, expect, it } from 'vitest';
import data from '../furniture/world-inset.json';
import type { InsetWorld } from '../furniture/inset-world';
import { loadScenario } from '../scenario/load';
import { readScenarioFiles } from '../../tests/support/kidal-data';
import { composeScene } from './compose-scene';
import { headlessAssets } from './scene-assets';
import { actionPoints, scenarioInset } from './scene-inset';

const world = data as unknown as InsetWorld;
const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const kidal = loaded.scenario;

describe('scenarioInset', () => {
  it('shows Mali for the Kidal campaign, chosen once per scenario', () => {
    const view = scenarioInset(kidal, world);
    expect(view.focus).toEqual(['466']);
    expect(scenarioInset(kidal, world)).toBe(view);
  });

  it('samples the action evenly, first position included, when asked for at most n positions', () => {
    const all = actionPoints(kidal);
    const some = actionPoints(kidal, 10);
    expect(all.length).toBeGreaterThan(20);
    expect(some).toHaveLength(10);
    expect(some[0]).toEqual(all[0]);
    const step = all.length / 10;
    some.forEach((p, i) => expect(p).toEqual(all[Math.floor(i * step)]));
    expect(actionPoints(kidal, all.length + 5)).toEqual(all);
  });

  it('reads the campaign, not the context roads, for where the action is', () => {
    const points = actionPoints(kidal);
    expect(points.length).toBeGreaterThan(10);
    for (const [lon, lat] of points) {
      expect(lon).toBeGreaterThan(-5);
      expect(lat).toBeGreaterThan(10);
    }
  });

  it('reaches the furniture through the scene when the assets carry the world, and is left out otherwise', () => {
    const base = {
      scenario: kidal,
      t: Date.parse('2023-11-13T14:00:00Z'),
      camera: kidal.defaultView,
      size: { width: 1280, height: 720 },
      theme: 'projector' as const,
      lang: 'fr' as const,
      basemap: ['© Natural Earth'],
    };
    const scene = composeScene({ ...base, assets: headlessAssets(world) });
    expect(scene.furniture.input.inset?.focus).toEqual(['466']);
    expect(scene.furniture.plan.insetLabels?.[0]).toMatchObject({ text: 'MALI', focus: true });
    const bare = composeScene({ ...base, assets: headlessAssets() });
    expect(bare.furniture.input.inset).toBeUndefined();
    // The inset's place in the layout does not depend on its contents.
    expect(bare.furniture.plan.inset).toEqual(scene.furniture.plan.inset);
  });
});
