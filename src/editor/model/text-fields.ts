import type { Lang } from '../../i18n/localize';

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
 * French names the editor gives new things (see default-label.ts, new-scenario.ts, SidesEditor and
 * ChaptersEditor): "Frappe 3", "Camp B", "Chapitre 2". Once the English is renamed they no longer name it.
 */
export const GENERATED_FR =
  /^(Mouvement|Lieu|Événement|Frappe|Affrontement|Zone contrôlée|Camp|Chapitre) [A-Z0-9]+$/;

/**
 * The localised text with one language set as typed. An empty French drops the French; the result is
 * undefined when both are empty, so an optional field disappears rather than being written empty. An empty
 * English with a French stays, for the problem list to ask for the English. Renaming the English drops a
 * French name the editor generated, so French readers see the new name (in English) rather than "Frappe 1".
 */
export function withText(text: unknown, lang: Lang, value: string): { en: string; fr?: string } | undefined {
  const fr = textIn(text, 'fr');
  const stale = lang === 'en' && value !== textIn(text, 'en') && GENERATED_FR.test(fr);
  const next = { en: textIn(text, 'en'), fr: stale ? '' : fr, [lang]: value };
  if (!next.en && !next.fr) return undefined;
  return next.fr ? { en: next.en, fr: next.fr } : { en: next.en };
}

/** A number from a text input, or undefined when empty; NaN stays NaN for the problem list to name. */
export function numberOrUndefined(value: string): number | undefined {
  return value.trim() === '' ? undefined : Number(value);
}
