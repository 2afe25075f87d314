import type { Lang } from '../i18n/localize';

/** A map label longer than this is cut at a word, with an ellipsis: the full label is for lists and panels. */
export const SHORT_LABEL_CHARS = 32;

/** One language of a localized text, English when that language is missing; '' for anything else. */
function textOf(text: unknown, lang: Lang): string {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object') {
    const t = text as Record<string, unknown>;
    const value = t[lang] ?? t.en;
    return typeof value === 'string' ? value : '';
  }
  return '';
}

/**
 * The short form of a long label, for the map: its first clause (up to a comma, semicolon, colon, dash or
 * bracket, when that leaves a few words), cut at the last whole word within SHORT_LABEL_CHARS characters with
 * an ellipsis. "Column of about 800 Malian and Russian troops, Gao → Anéfis" → "Column of about 800 Malian and…".
 */
export function shortLabel(label: string): string {
  const text = label.replace(/\s+/g, ' ').trim();
  const clause = /^(.{8,}?)\s*(?:[,;:(]|\s[–—-]\s)/u.exec(text)?.[1] ?? text;
  if (clause.length <= SHORT_LABEL_CHARS) return clause;
  const cut = clause.slice(0, SHORT_LABEL_CHARS);
  const space = cut.lastIndexOf(' ');
  // A single long word has no word to cut at: cut inside it.
  const head = space >= SHORT_LABEL_CHARS / 2 ? cut.slice(0, space) : cut.slice(0, SHORT_LABEL_CHARS - 1);
  return `${head.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * The text the map draws for a feature, from its properties as written (a scenario's, a draft's, an
 * import's): its `mapLabel` when it has one, none when `mapLabel` is `false`, else the short form of its
 * `label`. '' when nothing is drawn. The editor shows this as the user types.
 */
export function drawnLabel(props: { label?: unknown; mapLabel?: unknown }, lang: Lang): string {
  if (props.mapLabel === false) return '';
  const own = textOf(props.mapLabel, lang).trim();
  if (own) return own;
  const label = textOf(props.label, lang);
  return label.trim() ? shortLabel(label) : '';
}
