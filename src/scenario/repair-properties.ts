import type { z } from 'zod';
import { featureProperties, type FeatureProperties } from '../model/schema';

/**
 * What stands in for a required property that is missing or wrong, so the feature can still be drawn while
 * its problem is listed: its label falls back to its id, its certainty to "reported", no source is cited.
 * `kind` has no stand-in: without it nothing says how to draw the feature.
 */
const STAND_INS: Record<string, (raw: Record<string, unknown>, id: string) => unknown> = {
  label: (_raw, id) => id,
  certainty: () => 'reported',
  side: () => 'unknown',
  sources: () => undefined,
};

/**
 * The feature's properties with every field the schema refused dropped (optional ones) or stood in for
 * (required ones), for drawing a feature whose problems are listed; undefined when it cannot be drawn (no
 * properties object, no usable kind). The problems themselves come from the first parse, not from this one.
 */
export function repairProperties(raw: unknown, error: z.ZodError, id: string): FeatureProperties | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const props = { ...(raw as Record<string, unknown>) };
  const bad = new Set(error.issues.map((i) => String(i.path[0] ?? '')));
  if (bad.has('kind') || bad.has('')) return undefined;
  let unsourced = false;
  for (const key of bad) {
    const standIn = STAND_INS[key];
    if (key === 'sources') unsourced = true;
    if (standIn) props[key] = standIn(props, id);
    else delete props[key];
  }
  // The schema wants a source; the drawn feature cites none, which the problem list says.
  if (unsourced) props.sources = ['unsourced'];
  const parsed = featureProperties.safeParse(props);
  if (!parsed.success) return undefined;
  return unsourced ? { ...parsed.data, sources: [] } : parsed.data;
}
