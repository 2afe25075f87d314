import type { LocalizedText } from '../model/schema';

export type Lang = 'en' | 'fr';

/** Picks the text for `lang`, falling back to English: the schema requires English, French is expected. */
export function localize(text: LocalizedText | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en;
}

/** The Intl locale a language's dates and numbers are written in. */
export function localeOf(lang: Lang): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}
