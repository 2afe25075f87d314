import type { Scenario } from '../model/scenario';
import { datedEvents } from './event-marks';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Slider keys: ←/→ (and ↓/↑) an hour, with Shift a day; Home/End the ends. Undefined for other keys. */
export function keyStep(key: string, shift: boolean, t: number, range: { start: number; end: number }) {
  const step = shift ? DAY : HOUR;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return t + step;
    case 'ArrowLeft':
    case 'ArrowDown':
      return t - step;
    case 'Home':
      return range.start;
    case 'End':
      return range.end;
    default:
      return undefined;
  }
}

/** Distinct event start times, sorted: where `[` and `]` stop. */
export function eventTimes(scenario: Scenario): number[] {
  return [...new Set(datedEvents(scenario).map((f) => f.appears))].sort((a, b) => a - b);
}

/** The first event time after t, or undefined at the last. */
export function nextEventTime(times: readonly number[], t: number): number | undefined {
  return times.find((e) => e > t);
}

/** The last event time before t, or undefined at the first. */
export function previousEventTime(times: readonly number[], t: number): number | undefined {
  return times.findLast((e) => e < t);
}
