import { source as sourceSchema, type SourceSpec } from '../../model/schema';
import type { StringKey } from '../../i18n/strings';
import { freshId } from './manifest-lists';

/** The "Add source" form as typed. */
export interface SourceDraft {
  title: string;
  publisher: string;
  date: string;
  url: string;
  reported: string;
}

export const emptySourceDraft = (): SourceDraft => ({
  title: '',
  publisher: '',
  date: '',
  url: '',
  reported: '',
});

export type SourceField = keyof SourceDraft;

/**
 * The source a draft makes, with a fresh id, or what is wrong with each field (a sentence saying what to
 * write there): the form shows each beside its field rather than one message for all.
 */
export function sourceFromDraft(
  draft: SourceDraft,
  usedIds: Iterable<string>,
): { source: SourceSpec } | { problems: Partial<Record<SourceField, StringKey>> } {
  const d = Object.fromEntries(
    Object.entries(draft).map(([k, v]) => [k, v.trim()]),
  ) as unknown as SourceDraft;
  const candidate = {
    id: freshId(`${d.publisher} ${d.date}`, usedIds, 'source'),
    title: d.title,
    publisher: d.publisher,
    date: d.date,
    ...(d.url && { url: d.url }),
    ...(d.reported && { reported: d.reported }),
  };
  const parsed = sourceSchema.safeParse(candidate);
  if (parsed.success) return { source: parsed.data };
  const words: Partial<Record<SourceField, StringKey>> = {
    title: 'sourceNeedsTitle',
    publisher: 'sourceNeedsPublisher',
    date: 'sourceNeedsDate',
    url: 'sourceNeedsUrl',
  };
  const problems: Partial<Record<SourceField, StringKey>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as SourceField;
    const key = words[field];
    if (key) problems[field] = key;
  }
  return { problems };
}
