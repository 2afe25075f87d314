// What composing one whole frame costs, next to frameAt alone, so the next bottleneck is visible: the frame
// (frameAt), its legend, the furniture laid out, the labels placed, the deck.gl layers built.
// Run: npm run bench (after the frameAt bench), or vite-node bench/scene.bench.ts.

import os from 'node:os';
import { legendForFrame } from '../src/cartography/legend-for-frame';
import { mapLabels, placeMapLabels } from '../src/cartography/map-labels';
import { frameAt } from '../src/frame/frame-at';
import { planFurniture } from '../src/furniture/furniture-layout';
import { buildLayers } from '../src/layers/build-layers';
import { viewportOf } from '../src/map/viewport';
import type { Scenario } from '../src/model/scenario';
import { composeScene } from '../src/scene/compose-scene';
import { headlessAssets } from '../src/scene/scene-assets';
import { furnitureInputFor } from '../src/scene/scene-furniture';
import { creditsFor } from '../src/scene/credits';
import { loadScenario } from '../src/scenario/load';
import { DEFAULT_SCENARIO_FILES } from '../src/scenario/default-scenario';
import { syntheticScenarioFiles } from './synthetic-scenario';
import { fmt, frameTimes, table, time } from './timing';

const FRAMES = 60;
const SIZE = { width: 1920, height: 1080 };
const BASEMAP = ['© Natural Earth', 'GeoNames (CC BY 4.0)'];
const SEED = 20231114;

function load(files: Record<string, string>, name: string): Scenario {
  const result = loadScenario(files);
  if (!result.ok) throw new Error(`${name} does not load: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.scenario;
}

interface Row {
  name: string;
  scenario: Scenario;
}

function cases(): Row[] {
  const rows: Row[] = [{ name: 'kidal-2023', scenario: load(DEFAULT_SCENARIO_FILES, 'kidal-2023') }];
  for (const movements of [100, 1000, 10_000]) {
    const files = syntheticScenarioFiles({ movements, vertices: 50, seed: SEED, labels: true });
    rows.push({ name: `synthetic ${movements.toLocaleString('en')}×50`, scenario: load(files, 'synthetic') });
  }
  return rows;
}

function main(): void {
  const cpus = os.cpus();
  console.log('\nWhole-frame benchmark: composeScene (the frame the screen and every export draw)');
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, node ${process.version}, load average ` +
      os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' '),
  );
  console.log(
    `method: ${FRAMES} frames over each scenario's range at ${SIZE.width}×${SIZE.height} CSS px, its default ` +
      'view, Node (text widths estimated, no canvas); each step timed on its own with the same inputs, then ' +
      'the whole composeScene. Synthetic movements carry a map label each (the Kidal columns do).',
  );
  const assets = headlessAssets();
  const rows = [
    [
      'scenario',
      'movements',
      'frameAt',
      'legend',
      'furniture',
      'labels',
      'layers',
      'composeScene',
      'p95',
      '÷ frameAt',
    ],
  ];
  for (const { name, scenario } of cases()) {
    const ts = frameTimes(scenario, FRAMES);
    const camera = scenario.defaultView;
    const viewport = viewportOf(camera, SIZE);
    const credits = creditsFor(scenario, BASEMAP, 'en');
    const frames = new Map(ts.map((t) => [t, frameAt(scenario, t)]));
    const frameOf = (t: number) => frames.get(t)!;
    const furnitureOf = (t: number) =>
      furnitureInputFor({
        scenario,
        frame: frameOf(t),
        viewport,
        theme: 'projector',
        lang: 'en',
        legend: legendForFrame({ scenario, frame: frameOf(t), theme: 'projector' }),
        credits,
        avoid: null,
      });
    const inputs = new Map(ts.map((t) => [t, furnitureOf(t)]));
    const frameAtT = time(ts, (t) => frameAt(scenario, t).movements.length);
    const legend = time(
      ts,
      (t) => legendForFrame({ scenario, frame: frameOf(t), theme: 'projector' }).length,
    );
    const furniture = time(ts, (t) => (planFurniture(inputs.get(t)!, assets.measure).legend ? 1 : 0));
    const labels = time(ts, (t) => placeMapLabels(mapLabels(scenario, frameOf(t), 'en'), viewport).length);
    const placed = new Map(
      ts.map((t) => [t, placeMapLabels(mapLabels(scenario, frameOf(t), 'en'), viewport)]),
    );
    const layers = time(
      ts,
      (t) =>
        buildLayers({
          scenario,
          frame: frameOf(t),
          theme: 'projector',
          lang: 'en',
          icons: assets.icons,
          labels: placed.get(t)!,
        }).length,
    );
    const whole = time(
      ts,
      (t) =>
        composeScene({
          scenario,
          t,
          camera,
          size: SIZE,
          theme: 'projector',
          lang: 'en',
          assets,
          basemap: BASEMAP,
        }).layers.length,
    );
    rows.push([
      name,
      scenario.movements.length.toLocaleString('en'),
      fmt(frameAtT.median),
      fmt(legend.median),
      fmt(furniture.median),
      fmt(labels.median),
      fmt(layers.median),
      fmt(whole.median),
      fmt(whole.p95),
      `${(whole.median / frameAtT.median).toFixed(0)}×`,
    ]);
  }
  console.log('');
  console.log('median ms per frame (p95 for the whole composition):');
  console.log(table(rows));
  console.log(
    `\nThe whole composition runs on the main thread before the GPU draws; at 1080p in software WebGL a frame's ` +
      `draw costs ≈ 150–350 ms (bench:export), so a composition well under that is not what a frame waits for.`,
  );
}

main();
