// Median and p95 cost of one frame of `frameAt`, against the naive turf.along baseline.
// Run: npm run bench (vite-node bench/frame-at.bench.ts). Plain stdout, no harness, so the numbers can be
// pasted into an issue as they are.

import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { frameAt } from '../src/frame/frame-at';
import { loadScenario, MANIFEST_FILE, type ScenarioFiles } from '../src/scenario/load';
import type { LoadError } from '../src/scenario/load-error';
import type { Scenario } from '../src/model/scenario';
import { naiveHeads, prepareNaive } from './naive-heads';
import { syntheticScenarioFiles } from './synthetic-scenario';
import { fmt, frameTimes, MIN_SAMPLE_MS, table, time, type Timing } from './timing';

const FRAMES = 200;
const NAIVE_FRAMES_LARGE = 20;
/** Above this many movements the naive baseline is timed on NAIVE_FRAMES_LARGE frames only. */
const NAIVE_FULL_LIMIT = 1000;
const SYNTHETIC = { movements: 10_000, vertices: 50, seed: 20231114 };
const TARGET_MS = 4;
const TARGET_SPEEDUP = 20;
const AGREE_DEG = 1e-6;
const KIDAL_DIR = fileURLToPath(new URL('../geodata/kidal-2023/', import.meta.url));

function describeErrors(errors: readonly LoadError[]): string {
  const shown = errors
    .slice(0, 5)
    .map(
      (e) =>
        `    ${e.file}${e.feature ? ` ${e.feature}` : ''} ${e.field}: got ${e.value}, expected ${e.message}`,
    );
  if (errors.length > 5) shown.push(`    … and ${errors.length - 5} more`);
  return shown.join('\n');
}

/** The Kidal folder as loadScenario wants it: scenario.json plus every file it lists. */
function readKidal(): { scenario?: Scenario; problem?: string } {
  const manifestPath = join(KIDAL_DIR, MANIFEST_FILE);
  if (!existsSync(manifestPath)) return { problem: `${manifestPath} does not exist (yet)` };
  const files: Record<string, string> = { [MANIFEST_FILE]: readFileSync(manifestPath, 'utf8') };
  let listed: unknown;
  try {
    listed = (JSON.parse(files[MANIFEST_FILE] as string) as { files?: unknown }).files;
  } catch {
    listed = undefined; // loadScenario reports the bad JSON precisely.
  }
  if (Array.isArray(listed)) {
    for (const f of listed) {
      if (typeof f === 'string' && existsSync(join(KIDAL_DIR, f)))
        files[f] = readFileSync(join(KIDAL_DIR, f), 'utf8');
    }
  }
  const result = loadScenario(files);
  if (!result.ok)
    return {
      problem: `it does not load (${result.errors.length} errors):\n${describeErrors(result.errors)}`,
    };
  return { scenario: result.scenario };
}

function loadSynthetic(): Scenario {
  const files: ScenarioFiles = syntheticScenarioFiles(SYNTHETIC);
  const result = loadScenario(files);
  if (!result.ok) {
    throw new Error(
      `the synthetic scenario does not load, the generator is wrong:\n${describeErrors(result.errors)}`,
    );
  }
  return result.scenario;
}

interface Case {
  name: string;
  scenario: Scenario;
  fast: Timing;
  naive: Timing;
  naiveNote: string;
  maxDevDeg: number;
  compared: number;
}

function bench(name: string, scenario: Scenario): Case {
  const ts = frameTimes(scenario, FRAMES);
  const fast = time(ts, (t) => frameAt(scenario, t).movements.length);

  const prepared = prepareNaive(scenario);
  const large = scenario.movements.length > NAIVE_FULL_LIMIT;
  // A subset of the same frames, spread over the whole range, so the naive cost is not biased to one end.
  const naiveTs = large ? ts.filter((_, k) => k % (FRAMES / NAIVE_FRAMES_LARGE) === 0) : ts;
  const naive = time(naiveTs, (t) => naiveHeads(prepared, t).length);

  // Apples to apples: both must put every head in the same place (checked outside the timed loops).
  let maxDevDeg = 0;
  let compared = 0;
  for (const t of ts.filter((_, k) => k % 20 === 10)) {
    const frame = frameAt(scenario, t);
    const heads = naiveHeads(prepared, t);
    const fastById = new Map(frame.movements.map((m) => [m.feature.id, m.head]));
    scenario.movements.forEach((m, i) => {
      const a = fastById.get(m.id);
      const b = heads[i];
      if (!a !== !b)
        throw new Error(`${name}: ${m.id} at ${new Date(t).toISOString()}: one side has no head`);
      if (!a || !b) return;
      compared++;
      maxDevDeg = Math.max(maxDevDeg, Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
    });
  }
  const naiveNote = large ? `${naive.frames} of the ${FRAMES} frames (every ${FRAMES / naive.frames}th)` : '';
  return { name, scenario, fast, naive, naiveNote, maxDevDeg, compared };
}

function vertexCount(s: Scenario): number {
  return s.movements.reduce((n, m) => n + m.track.times.length, 0);
}

function main(): void {
  const cpus = os.cpus();
  console.log('frameAt benchmark');
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, node ${process.version}, ` +
      `${os.platform()} ${os.arch()}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  console.log(
    `method: ${FRAMES} frames evenly spread over each scenario's time range, warmed up first, each frame timed ` +
      `with performance.now(); frames under ${MIN_SAMPLE_MS} ms are repeated within a sample (reps) and averaged.`,
  );
  console.log(
    'naive: linear scan for the time segment, distance interpolated from per-vertex km precomputed outside ' +
      'the timed loop, head placed by turf.along (lines prebuilt). It computes heads only, while frameAt builds ' +
      'the whole Frame (movement states, events, places), so the speedup is if anything understated.',
  );
  console.log('');

  const cases: Case[] = [];
  const kidal = readKidal();
  if (kidal.scenario) {
    const s = kidal.scenario;
    console.log(
      `(a) kidal-2023 loaded from geodata/kidal-2023: ${s.features.length} features, ` +
        `${s.movements.length} of them movements`,
    );
    cases.push(bench('(a) kidal-2023', s));
  } else {
    console.log(`(a) kidal-2023: SKIPPED, geodata/kidal-2023 ${kidal.problem}`);
    console.log('');
  }
  const loadStart = performance.now();
  const synthetic = loadSynthetic();
  console.log(
    `(b) synthetic scenario built and loaded through loadScenario in ${(performance.now() - loadStart).toFixed(0)} ms ` +
      `(seed ${SYNTHETIC.seed})`,
  );
  cases.push(bench(`(b) synthetic ${SYNTHETIC.movements / 1000}k×${SYNTHETIC.vertices}`, synthetic));
  console.log('');

  const rows = [
    ['scenario', 'movements', 'vertices', 'impl', 'frames', 'reps', 'median ms', 'p95 ms', 'speedup'],
  ];
  for (const c of cases) {
    const common = [String(c.scenario.movements.length), String(vertexCount(c.scenario))];
    rows.push([
      c.name,
      ...common,
      'frameAt',
      String(c.fast.frames),
      String(c.fast.reps),
      fmt(c.fast.median),
      fmt(c.fast.p95),
      '',
    ]);
    rows.push([
      c.name,
      ...common,
      '(c) naive turf.along',
      String(c.naive.frames),
      String(c.naive.reps),
      fmt(c.naive.median),
      fmt(c.naive.p95),
      `${(c.naive.median / c.fast.median).toFixed(1)}×`,
    ]);
  }
  console.log(table(rows));
  console.log('');

  for (const c of cases) {
    if (c.naiveNote) console.log(`${c.name}: naive timed on ${c.naiveNote}, because each frame is slow.`);
    const ok = c.maxDevDeg <= AGREE_DEG;
    console.log(
      `${c.name}: heads agree with turf.along: max deviation ${c.maxDevDeg.toExponential(2)}° over ${c.compared} heads ` +
        `(limit ${AGREE_DEG}°) ${ok ? 'OK' : 'MISMATCH'}`,
    );
  }
  const big = cases[cases.length - 1] as Case;
  const speedup = big.naive.median / big.fast.median;
  console.log('');
  console.log('targets (issue), on the synthetic scenario:');
  console.log(
    `  < ${TARGET_MS} ms per frame at ${big.scenario.movements.length} movements: median ${fmt(big.fast.median)} ms, ` +
      `p95 ${fmt(big.fast.p95)} ms: ${big.fast.median < TARGET_MS ? 'MET' : 'NOT MET'} (median)` +
      `${big.fast.p95 < TARGET_MS ? ', also at p95' : ', not at p95'}`,
  );
  console.log(
    `  ≥ ${TARGET_SPEEDUP}× faster than naive: ${speedup.toFixed(1)}×: ${speedup >= TARGET_SPEEDUP ? 'MET' : 'NOT MET'}`,
  );
  if (cases.some((c) => c.maxDevDeg > AGREE_DEG)) process.exitCode = 1;
}

main();
