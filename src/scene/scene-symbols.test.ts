import { describe, expect, it } from 'vitest';
import { composeScene, type SceneInput } from './compose-scene';
import { headlessAssets } from './scene-assets';
import { loadScenario } from '../scenario/load';
import { scenarioSymbols } from '../symbols/symbol-icons';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import type { PlacedSymbol } from '../symbols/symbols-at';
import { readScenarioFiles } from '../../tests/support/kidal-data';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const scenario = loaded.scenario;
const column = scenario.chapters.find((c) => c.id === 'southern-flank-13nov')!.camera;

// A stand-in atlas: every symbol a 60 × 80 cell anchored at the frame's centre (the real one needs a canvas).
const atlas: SymbolAtlas = {
  image: {} as ImageBitmap,
  icons: scenarioSymbols(scenario),
  scale: 2,
  mapping: Object.fromEntries(
    scenarioSymbols(scenario).map((i) => [
      i.key,
      { x: 0, y: 0, width: 60, height: 80, anchorX: 30, anchorY: 50 },
    ]),
  ),
};

const input = (overrides: Partial<SceneInput> = {}): SceneInput => ({
  scenario,
  t: Date.parse('2023-11-13T14:00:00Z'),
  camera: column,
  size: { width: 1280, height: 720 },
  theme: 'projector',
  lang: 'en',
  assets: headlessAssets(),
  basemap: ['© Natural Earth'],
  ...overrides,
});

describe('unit symbols in the scene', () => {
  it('draws the symbols on the map at t in one stable layer, and lists them in the legend', () => {
    const scene = composeScene(input({ symbols: atlas }));
    const layer = scene.layers.find((l) => l.id === 'unit-symbols')!;
    const placed = layer.props.data as PlacedSymbol[];
    expect(placed.map((s) => s.id)).toEqual(
      expect.arrayContaining(['column-anefis-kidal', 'flank-south-13nov']),
    );
    const symbolLines = scene.legend.filter((e) => e.swatch.type === 'symbol');
    expect(symbolLines.map((e) => (typeof e.label === 'string' ? e.label : e.label.en))).toEqual(
      expect.arrayContaining(['Motorised infantry, task force, battalion (FAMa–Wagner), type estimated']),
    );
    expect(scene.furniture.input.uncertaintyNote).toMatch(/Unit symbols: square frames for every side/);
    // The camps at Tessalit and Aguelhok are on the map at t but outside this frame: not in its legend.
    expect(symbolLines.map((e) => e.key).join()).not.toMatch(/2000001100000000@fama-wagner/);
    expect(scene.furniture.input.symbols).toBe(atlas);
    // Symbols sit above the basemap's names and under the map's own labels.
    const ids = scene.layers.map((l) => l.id);
    expect(ids.indexOf('unit-symbols')).toBe(ids.indexOf('map-labels') - 1);
  });

  it('keeps map labels clear of the symbols', () => {
    const scene = composeScene(input({ symbols: atlas }));
    const placed = scene.layers.find((l) => l.id === 'unit-symbols')!.props.data as PlacedSymbol[];
    for (const s of placed) {
      const [x, y] = scene.viewport.project(s.position);
      const cx = x + s.offset[0];
      const cy = y + s.offset[1];
      for (const { id, box } of scene.labels)
        expect(cx > box.x0 && cx < box.x1 && cy > box.y0 && cy < box.y1, `${id} over ${s.id}`).toBe(false);
    }
  });

  it('shows the arrows alone with the Symbols toggle off: no layer, no legend lines', () => {
    const scene = composeScene(input());
    expect(scene.layers.map((l) => l.id)).not.toContain('unit-symbols');
    expect(scene.legend.some((e) => e.swatch.type === 'symbol')).toBe(false);
    expect(scene.layers.map((l) => l.id)).toContain('movement-arrowhead');
  });
});
