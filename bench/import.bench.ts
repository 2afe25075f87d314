// Time to import a 10,000-event ACLED-like CSV, and the median cost of one `frameAt` frame over the result;
// then, in the built app in Chromium, a 200,000-point GPX and a 49 MB GeoJSON road network imported through
// the file input: the worker's time and the page's longest main-thread task while it runs; and a 25 MB
// GeoJSON of 10,000 movements, whose handover to the page must not block it (issue #22: no task over 200 ms),
// against a 100-movement file of the same kind as the baseline; then that 25 MB import again in an unminified
// build under Chromium's profiler, its longest busy stretches broken down by cause.
// `-- --movements` runs the browser part for the movement files only; `-- --no-profile` skips the profile.
// Run: npm run bench:import (vite-node bench/import.bench.ts; `-- --node` for the first part only).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { frameAt } from '../src/frame/frame-at';
import { importFiles } from '../src/import/import-files';
import { exportScenarioZip } from '../src/export-data/scenario-zip';
import { reportSummary } from '../src/import/report-text';
import { acledSyntheticCsv } from './acled-synthetic';
import { benchBrowserImports } from './import-browser';
import { profileBrowserImport, type BusyStretch } from './import-profile';
import { roadNetworkGeojson } from './road-network';
import { longGpx } from '../tests/support/long-gpx';
import { syntheticScenarioFiles } from './synthetic-scenario';

const ROWS = 10_000;
const SEED = 20231114;
const IMPORT_RUNS = 5;
const FRAMES = 200;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toFixed(4));

async function main(): Promise<void> {
  const cpus = os.cpus();
  console.log('import benchmark');
  console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, node ${process.version}`);
  const csv = acledSyntheticCsv({ rows: ROWS, seed: SEED });
  const bytes = new TextEncoder().encode(csv);
  console.log(`input: ${ROWS} ACLED-like rows (seed ${SEED}), ${(bytes.length / 1e6).toFixed(1)} MB`);

  const times: number[] = [];
  let result: Awaited<ReturnType<typeof importFiles>> | undefined;
  // The first run includes JIT warm-up; the median of the rest is the figure a second import would see.
  for (let i = 0; i <= IMPORT_RUNS; i++) {
    const t0 = performance.now();
    result = await importFiles([{ name: 'acled-synthetic.csv', bytes }]);
    const dt = performance.now() - t0;
    if (i > 0) times.push(dt);
    else console.log(`import (cold, first run): ${ms(dt)} ms`);
  }
  if (!result?.ok) {
    console.log('import FAILED:', JSON.stringify(result?.errors.slice(0, 5)));
    process.exitCode = 1;
    return;
  }
  const s = result.scenario;
  console.log(`import (warm, median of ${IMPORT_RUNS}): ${ms(median(times))} ms`);
  console.log(`report: ${reportSummary(result.report, 'en')}`);
  console.log(
    `scenario: ${s.features.length} features, ${s.sides.length} sides, ${s.sources.length} sources`,
  );

  const t0 = performance.now();
  const zip = exportScenarioZip(result.files);
  const exportMs = performance.now() - t0;
  console.log(`export zip: ${ms(exportMs)} ms, ${(zip.length / 1e6).toFixed(2)} MB`);

  const frameTimes: number[] = [];
  let sink = 0;
  for (let k = 0; k < FRAMES; k++) {
    const t = s.start + ((k + 0.5) / FRAMES) * (s.end - s.start);
    sink += frameAt(s, t).events.length; // warm-up pass
  }
  for (let k = 0; k < FRAMES; k++) {
    const t = s.start + ((k + 0.5) / FRAMES) * (s.end - s.start);
    const f0 = performance.now();
    sink += frameAt(s, t).events.length;
    frameTimes.push(performance.now() - f0);
  }
  console.log(
    `frameAt over the import: median ${ms(median(frameTimes))} ms over ${FRAMES} frames (checksum ${sink})`,
  );
  if (process.argv.includes('--node')) return;

  console.log('\nin the app (Chromium, 1280×720, importer in its worker):');
  // 10,000 movements of 45 vertices, one GeoJSON file in the scenario format: about 25 MB; and 100 of them,
  // the baseline: what any scenario switch costs the page.
  const movementFile = (count: number) => ({
    name: `movements-${count}.geojson`,
    text: syntheticScenarioFiles({ movements: count, vertices: 45, seed: SEED, labels: true })[
      'movements.geojson'
    ] as string,
  });
  const baseline = movementFile(100);
  const movements = movementFile(10_000);
  const runs = await benchBrowserImports(
    process.argv.includes('--movements')
      ? [baseline, movements]
      : [
          { name: 'long-patrol.gpx', text: longGpx(200_000) },
          {
            name: 'roads.geojson',
            text: roadNetworkGeojson({ maxBytes: 49_900_000, vertices: 100, seed: SEED }),
          },
          baseline,
          movements,
        ],
  );
  const base = runs.find((r) => r.file === baseline.name);
  for (const r of runs) {
    console.log(`${r.file} (${r.megabytes.toFixed(1)} MB): ${r.summary}`);
    console.log(
      `  pick → scenario in the app ${ms(r.totalMs)} ms, of which the worker ${ms(r.workerMs)} ms; ` +
        `page meanwhile: longest task ${ms(r.longestTaskMs)} ms, longest frame gap ${ms(r.longestGapMs)} ms ` +
        `(longest task / worker time ${(r.longestTaskMs / r.workerMs).toFixed(3)})`,
    );
    const ratio =
      base && r !== base
        ? ` (×${(r.longestTaskAfterMs / base.longestTaskAfterMs).toFixed(2)} the baseline's)`
        : '';
    console.log(`  drawing the new scenario afterwards: longest task ${ms(r.longestTaskAfterMs)} ms${ratio}`);
  }
  if (process.argv.includes('--no-profile')) return;

  console.log(`\nwhere the main thread goes, ${movements.name} in an unminified build under the profiler:`);
  const dir = mkdtempSync(join(os.tmpdir(), 'sandtable-bench-'));
  try {
    const path = join(dir, movements.name);
    writeFileSync(path, movements.text);
    const busy = await profileBrowserImport(path);
    const show = (label: string, list: BusyStretch[]) => {
      console.log(label);
      for (const b of [...list].sort((x, y) => y.ms - x.ms).slice(0, 3)) {
        const causes = b.causes
          .filter(([, t]) => t >= 5)
          .map(([c, t]) => `${c} ${ms(t)}`)
          .join(', ');
        console.log(`  ${ms(b.ms)} ms at +${ms(b.at)} ms: ${causes}`);
      }
    };
    show(
      '  longest busy stretches while importing:',
      busy.filter((b) => !b.afterHandover),
    );
    show(
      '  longest busy stretches drawing it (after the handover):',
      busy.filter((b) => b.afterHandover),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
