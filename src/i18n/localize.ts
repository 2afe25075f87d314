import type { LocalizedText } from '../model/schema';

export type Lang = 'en' | 'fr';

/** Picks the text for `lang`, falling back to English: the schema requires English, French is expected. */
export function localize(text: LocalizedText | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (lang === 'fr' ? text.fr : undefined) ?? text.en;
}
