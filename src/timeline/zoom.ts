import type { Interval } from './night';

/** The narrowest range the timeline zooms to: six hours, where one slider step is still a minute. */
export const MIN_SPAN = 6 * 3_600_000;

/** Keeps `range` inside `bounds` with its span, shifting it rather than shrinking it where possible. */
export function clampRange(range: Interval, bounds: Interval, minSpan = MIN_SPAN): Interval {
  const full = bounds.end - bounds.start;
  const span = Math.min(full, Math.max(Math.min(minSpan, full), range.end - range.start));
  const start = Math.min(bounds.end - span, Math.max(bounds.start, range.start));
  return { start, end: start + span };
}

/** Zooms by `factor` (<1 in, >1 out) keeping the time at `anchor` where it is on screen. */
export function zoomRange(range: Interval, factor: number, anchor: number, bounds: Interval): Interval {
  const start = anchor - (anchor - range.start) * factor;
  const end = anchor + (range.end - anchor) * factor;
  const span = end - start;
  if (span < MIN_SPAN) {
    // Hold the anchor's place on screen even at the narrowest span.
    const share = (anchor - range.start) / (range.end - range.start);
    return clampRange({ start: anchor - share * MIN_SPAN, end: anchor + (1 - share) * MIN_SPAN }, bounds);
  }
  return clampRange({ start, end }, bounds);
}

/** Pans by `delta` ms, stopping at the bounds. */
export function panRange(range: Interval, delta: number, bounds: Interval): Interval {
  return clampRange({ start: range.start + delta, end: range.end + delta }, bounds);
}

/** The range moved the least so that it shows `t`: playback and jumps keep the cursor on screen. */
export function followTime(range: Interval, t: number, bounds: Interval): Interval {
  if (t >= range.start && t <= range.end) return range;
  const span = range.end - range.start;
  // Page forward so playback runs across the whole bar again rather than pinning t to the edge.
  const start = t > range.end ? t - span * 0.1 : t - span * 0.9;
  return clampRange({ start, end: start + span }, bounds);
}
