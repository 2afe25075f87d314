import type { CompareHost } from './compare-host';

const DAY = 86_400_000;

/**
 * The moment a new comparison starts from: a day before t ("what changed since yesterday's briefing"), or a
 * day after when t is the scenario's start; always inside the scenario.
 */
export function defaultCompareTime(range: { start: number; end: number }, t: number): number {
  const before = Math.max(range.start, t - DAY);
  return before < t ? before : Math.min(range.end, t + DAY);
}

/** Compare on (split, from the default moment) or off: the toolbar's button and the K key. */
export function toggleCompare(app: Pick<CompareHost, 'compare' | 't' | 'scenario'>): void {
  app.compare = app.compare ? null : { t: defaultCompareTime(app.scenario, app.t), mode: 'split' };
}

/** K, outside a text field and without modifiers, toggles the comparison (presenting too). */
export function isCompareKey(
  event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  /** What has focus, as the app's page keys see it (`text`: a text field, which keeps every key). */
  target: string,
): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || target === 'text') return false;
  return event.key === 'k' || event.key === 'K';
}
