import { describe, expect, it } from 'vitest';
import { composeScene, type SceneInput } from './compose-scene';
import { headlessAssets } from './scene-assets';
import { describeScene } from './scene-text';
import { furnitureRects } from '../furniture/furniture-layout';
import { loadScenario } from '../scenario/load';
import { readScenarioFiles } from '../../tests/support/kidal-data';
import { layerData, sceneData } from '../../tests/support/scene-data';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const scenario = loaded.scenario;

const input = (iso: string, overrides: Partial<SceneInput> = {}): SceneInput => ({
  scenario,
  t: Date.parse(iso),
  camera: scenario.defaultView,
  size: { width: 1280, height: 720 },
  theme: 'projector',
  lang: 'en',
  assets: headlessAssets(),
  basemap: ['© Natural Earth', 'GeoNames (CC BY 4.0)'],
  ...overrides,
});

describe('composeScene', () => {
  it('is a function of its input: the same input twice gives the same frame, labels, furniture and layers', () => {
    const a = composeScene(input('2023-11-13T14:00:00Z'));
    const b = composeScene(input('2023-11-13T14:00:00Z'));
    expect(b.labels).toEqual(a.labels);
    expect(b.furniture).toEqual(a.furniture);
    expect(sceneData(b)).toEqual(sceneData(a));
    // …and of t: a day later the layers draw other things (a constant stub would pass the lines above).
    const later = composeScene(input('2023-11-14T14:00:00Z'));
    expect(later.layers.map((l) => l.id)).toEqual(a.layers.map((l) => l.id));
    expect(later.layers.map(layerData)).not.toEqual(a.layers.map(layerData));
  });

  it('gives the screen its advice (open a detailed basemap), and an export none', () => {
    const close = { ...scenario.defaultView, center: [1.41, 18.44] as [number, number], zoom: 11 };
    const screen = composeScene(input('2023-11-13T14:00:00Z', { camera: close }));
    expect(screen.furniture.input.detailNotice).toMatch(/open a detailed basemap/);
    const exported = composeScene(input('2023-11-13T14:00:00Z', { camera: close, advice: false }));
    expect(exported.furniture.input.detailNotice).toBeUndefined();
    // The facts stay: the credits and the scale bar.
    expect(exported.furniture.input.attribution).toEqual(screen.furniture.input.attribution);
    expect(exported.furniture.plan.scale).toBeDefined();
    expect(exported.furniture.plan.attribution?.notice).toEqual([]);
  });

  it('places no label under the furniture it lays out', () => {
    for (const iso of ['2023-11-07T08:00:00Z', '2023-11-13T14:00:00Z', '2023-11-14T12:00:00Z']) {
      const scene = composeScene(input(iso));
      const rects = Object.values(furnitureRects(scene.furniture.plan));
      expect(scene.labels.length).toBeGreaterThan(0);
      for (const { id, box } of scene.labels) {
        const under = rects.find(
          (r) => box.x0 < r.x + r.w && r.x < box.x1 && box.y0 < r.y + r.h && r.y < box.y1,
        );
        expect(under, `${id} ${JSON.stringify(box)}`).toBeUndefined();
      }
    }
  });

  it('lays out the furniture for the frame it was given, in CSS px', () => {
    const small = composeScene(input('2023-11-13T14:00:00Z', { size: { width: 1024, height: 768 } }));
    expect(small.furniture.input.width).toBe(1024);
    expect(small.viewport.project(scenario.defaultView.center)).toEqual([512, 384]);
    for (const r of Object.values(furnitureRects(small.furniture.plan))) {
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.w).toBeLessThanOrEqual(1024.01);
    }
  });

  it('writes the credits once: the basemap and the most cited outlets, in the language shown', () => {
    const fr = composeScene(input('2023-11-13T14:00:00Z', { lang: 'fr' }));
    expect(fr.credits.line).toMatch(
      /^© Natural Earth · GeoNames \(CC BY 4\.0\) · Sources : .+ et \d+ autres$/u,
    );
    expect(fr.furniture.input.attribution).toBe(fr.credits.line);
    expect(fr.credits.sources).toBe(scenario.sources);
  });
});

describe('describeScene', () => {
  it('says in words what the map shows at t, kept in step with t', () => {
    const early = describeScene(composeScene(input('2023-10-03T12:00:00Z')), 'en');
    const strike = describeScene(composeScene(input('2023-11-07T08:00:00Z')), 'en');
    expect(early.name).toMatch(/^Campaign map: .*Kidal.*, 3 October 2023/);
    expect(early.legend.some((l) => /^FAMa–Wagner: its movements/.test(l))).toBe(true);
    expect(early.legend).not.toContain('Drone strike under way');
    expect(strike.legend).toContain('Drone strike under way');
    expect(strike.scale).toMatch(/^Scale bar: \d+ km\.$/);
    expect(strike.credits).toContain('Natural Earth');
    expect(strike.sources).toContain('RFI');
  });

  it('speaks French', () => {
    const text = describeScene(composeScene(input('2023-11-14T12:00:00Z', { lang: 'fr' })), 'fr');
    expect(text.name).toMatch(/^Carte de la campagne : .*14 novembre 2023/);
    expect(text.legend.some((l) => /^FAMa–Wagner : ses mouvements/.test(l))).toBe(true);
  });
});
