import type { Lang } from '../i18n/localize';

/** One language of a localised text as an input shows it: a plain string counts as English. */
export function textIn(text: unknown, lang: Lang): string {
  if (typeof text === 'string') return lang === 'en' ? text : '';
  if (text && typeof text === 'object') {
    const value = (text as Record<string, unknown>)[lang];
    return typeof value === 'string' ? value : '';
  }
  return '';
}

/**
 * The localised text with one language set as typed. An empty French drops the French; the result is
 * undefined when both are empty, so an optional field disappears rather than being written empty. An empty
 * English with a French stays, for the problem list to ask for the English.
 */
export function withText(text: unknown, lang: Lang, value: string): { en: string; fr?: string } | undefined {
  const next = { en: textIn(text, 'en'), fr: textIn(text, 'fr'), [lang]: value };
  if (!next.en && !next.fr) return undefined;
  return next.fr ? { en: next.en, fr: next.fr } : { en: next.en };
}

/** A number from a text input, or undefined when empty; NaN stays NaN for the problem list to name. */
export function numberOrUndefined(value: string): number | undefined {
  return value.trim() === '' ? undefined : Number(value);
}
