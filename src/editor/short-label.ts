import { localize, type Lang } from '../i18n/localize';
import type { LocalizedText } from '../model/schema';

/** Longest short form, in characters: a few words beside a symbol, not a sentence across the map. */
export const SHORT_LABEL_MAX = 24;

/**
 * A label's short form for the map: its first clause ("Column Alpha: advance on Anéfis" → "Column Alpha"),
 * cut at a word under SHORT_LABEL_MAX characters with an ellipsis when still long.
 */
export function shortLabel(label: string): string {
  const text = label.replace(/\s+/g, ' ').trim();
  const clause = text.split(/:\s|\s[—–-]\s|\s\(|,\s|;\s/)[0]!.trim();
  if (clause.length <= SHORT_LABEL_MAX) return clause;
  const cut = clause.slice(0, SHORT_LABEL_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > 8 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, '')}…`;
}

/**
 * What the map draws beside a feature in `lang`: its map label when it has one, else the short form of its
 * label; empty when it has neither. (The map's own choice lives with the label engine; the lead points this
 * at it on merge.)
 */
export function mapLabelShown(
  mapLabel: LocalizedText | undefined,
  label: LocalizedText | undefined,
  lang: Lang,
): string {
  const own = localize(mapLabel, lang).trim();
  if (own) return own;
  return shortLabel(localize(label, lang));
}
