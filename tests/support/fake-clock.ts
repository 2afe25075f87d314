// Tests that wait for timers run them on vitest's fake clock: the order of events is the one the timers give,
// the same on every run and on any machine, and no test sleeps.
import { vi } from 'vitest';

/** Runs the fake clock, timer by timer, only until `work` settles; then gives its result. */
export async function settled<T>(work: Promise<T>): Promise<T> {
  let done = false;
  const outcome = work.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  void outcome.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  while (!done && vi.getTimerCount() > 0) await vi.advanceTimersToNextTimerAsync();
  const result = await outcome;
  if ('error' in result) throw result.error;
  return result.value;
}
