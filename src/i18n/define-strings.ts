import type { Lang } from './localize';

/** A table of UI strings for one part of the app: every key in every language. */
export type StringTable<K extends string> = Record<Lang, Record<K, string>>;

/**
 * Declares one part's strings: English first, then French with exactly the same keys (the type says so, and
 * `strings.test.ts` checks at run time that no text is empty).
 */
export function defineStrings<K extends string>(
  en: Record<K, string>,
  fr: NoInfer<Record<K, string>>,
): StringTable<K> {
  return { en, fr };
}
