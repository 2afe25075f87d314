import type { FeatureKind } from '../../../model/schema';

// What ACLED's codes mean, from its codebook, and how Sandtable draws them.

/** Columns an import cannot do without, in every ACLED format since the first (headers in any case). */
export const ACLED_COLUMNS = ['event_id_cnty', 'event_date', 'event_type', 'latitude', 'longitude'] as const;

/**
 * Columns used when present. Older exports lack some (no `sub_event_type` before 2019); without them an
 * event is named by its type, drawn within ~25 km (geo_precision 2), dated to the day (time_precision 1),
 * with no fatalities, citing ACLED itself. `actor2`, `location` and the admin levels are used when there.
 */
export const ACLED_OPTIONAL_COLUMNS = [
  'sub_event_type',
  'actor1',
  'geo_precision',
  'time_precision',
  'fatalities',
  'source',
  'notes',
] as const;

export type Precision = 1 | 2 | 3;
/** How far from the drawn point an event may be, by ACLED geo_precision. */
export const GEO_KM: Record<Precision, number> = { 1: 2, 2: 25, 3: 100 };
export const GEO_NOTE: Record<Precision, string> = {
  1: 'ACLED places it at the named town (geo_precision 1, drawn within ~2 km)',
  2: 'ACLED places it only near the named town or in its district (geo_precision 2, drawn within ~25 km)',
  3: 'ACLED knows only the region or province (geo_precision 3, drawn within ~100 km of its centre)',
};
export const TIME_NOTE: Record<Precision, string> = {
  1: 'dated to the day (time_precision 1)',
  2: 'dated only to within a week (time_precision 2, shown as ±3 days)',
  3: 'dated only to the month (time_precision 3, shown as the whole month)',
};

export function kindOf(eventType: string, subEventType: string): FeatureKind {
  // Before 2019: "Battle-No change of territory", "Battle-Government regains territory", ….
  if (eventType === 'Battles' || eventType.startsWith('Battle-')) return 'clash';
  if (eventType === 'Explosions/Remote violence' && subEventType === 'Air/drone strike') return 'strike';
  return 'event';
}

export function precision(text: string): Precision | undefined {
  return text === '1' || text === '2' || text === '3' ? (Number(text) as Precision) : undefined;
}
