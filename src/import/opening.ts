import type { ScenarioFeature } from '../model/scenario';

/**
 * The moment an imported scenario opens at: its first dated fact (the earliest time a movement sets off or an
 * event, strike or place appears), so the first frame already shows something, and Play tells the story from
 * its beginning. Not the range's start, which is padded before the first fact (the map would open empty), nor
 * the moment most features are present, which would open mid-story with its beginning behind the reader.
 * The range's start when nothing is dated.
 */
export function openingTime(features: readonly ScenarioFeature[], start: number): number {
  let first = Infinity;
  for (const f of features)
    if (f.kind !== 'context' && Number.isFinite(f.appears)) first = Math.min(first, f.appears);
  return Number.isFinite(first) ? Math.max(start, first) : start;
}
