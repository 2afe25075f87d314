import type { Scenario } from '../model/scenario';

/**
 * Time on the GPU (the track ribbons): vertex times are uploaded once per scenario, and `t` reaches the
 * shaders as a uniform. Times are seconds from the scenario's start as 32-bit floats (epoch milliseconds do
 * not fit a float: deck.gl issue #8927), which keeps 1/32 s precision over a 5-day scenario and a few seconds
 * over a decade. The same `t` gives the same uniform, so the same pixels. Here, below the layers, so the
 * import worker can build a scenario's track vertices (cartography/track-quads.ts) with the same times.
 */

/** Stands for "never" (an open end) in a 32-bit float attribute. */
export const NEVER = 1e30;

/** Seconds from the scenario's start, rounded to a 32-bit float as the GPU will read it. */
export function gpuTime(scenario: Scenario, t: number): number {
  if (t === Infinity) return NEVER;
  if (t === -Infinity) return -NEVER;
  return Math.fround((t - scenario.start) / 1000);
}
