// Timing helpers shared by the benches: plain performance.now() samples, medians and quantiles, a text table.
import { performance } from 'node:perf_hooks';
import type { Scenario } from '../src/model/scenario';

// A sample shorter than this is mostly timer noise, so tiny scenarios repeat a call within one sample.
export const MIN_SAMPLE_MS = 0.5;

export interface Timing {
  frames: number;
  reps: number;
  median: number;
  p95: number;
  checksum: number;
}

/** Frame times spread evenly over the range, in playback order; the same on every run. */
export function frameTimes(scenario: Scenario, count: number): number[] {
  const span = scenario.end - scenario.start;
  return Array.from({ length: count }, (_, k) => scenario.start + ((k + 0.5) / count) * span);
}

export function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

export function time(ts: readonly number[], run: (t: number) => number): Timing {
  // Results escape through `checksum` so the optimiser cannot drop a call whose result nobody reads.
  let sink = 0;
  const warm = performance.now();
  let warmCalls = 0;
  // Warm up on the same frames until the JIT has settled (≥ 3 calls and ≥ 200 ms, at most one pass).
  for (const t of ts) {
    sink += run(t);
    warmCalls++;
    if (warmCalls >= 3 && performance.now() - warm > 200) break;
  }
  const perCall = (performance.now() - warm) / warmCalls;
  const reps = Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(perCall, 1e-6)));
  const samples: number[] = [];
  for (const t of ts) {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) sink += run(t);
    samples.push((performance.now() - t0) / reps);
  }
  samples.sort((a, b) => a - b);
  return {
    frames: ts.length,
    reps,
    median: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    checksum: sink,
  };
}

export function fmt(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(4);
}

/** First column left-aligned, numbers right-aligned, a rule under the header. */
export function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r, i) => {
      const line = r.map((cell, c) =>
        c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0),
      );
      return i === 0 ? `${line.join('  ')}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line.join('  ');
    })
    .join('\n');
}
