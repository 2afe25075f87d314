import type { FeatureKind } from '../model/schema';

// What ACLED's codes mean, from its codebook, and how Sandtable draws them.

/** Columns an import needs; `actor2`, `location` and the admin levels are used when present. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'event_type',
  'sub_event_type',
  'actor1',
  'latitude',
  'longitude',
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
  if (eventType === 'Battles') return 'clash';
  if (eventType === 'Explosions/Remote violence' && subEventType === 'Air/drone strike') return 'strike';
  return 'event';
}

export function precision(text: string): Precision | undefined {
  return text === '1' || text === '2' || text === '3' ? (Number(text) as Precision) : undefined;
}
