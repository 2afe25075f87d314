import type { Lang } from './localize';
import type { LocalizedText } from '../model/schema';
import type { StringTable } from './define-strings';
import { appStrings } from './tables/app';
import { mapStrings } from './tables/map';
import { exportStrings } from './tables/export';
import { importStrings } from './tables/import';
import { editorStrings } from './tables/editor';
import { deckStrings } from './tables/deck';
import { inkStrings } from './tables/ink';
import { basemapStrings } from './tables/basemap';
import { dataExportStrings } from './tables/data-export';
import { problemStrings } from './tables/problems';
import { fieldStrings } from './tables/fields';
import { sourceStrings } from './tables/sources';
import { editorFieldStrings } from './tables/editor-fields';
import { shellStrings } from './tables/shell';
import { checkStrings } from './tables/checks';
import { handoutStrings } from './tables/handout';
// Compare two moments (issue #24).
import { compareStrings } from './tables/compare';
import { fileCheckStrings } from './tables/file-checks';

/**
 * Every user-visible string of the app, in English and French: one table per part of the app (tables/), one
 * lookup. Text from scenario data is localised by `localize`, not here.
 */
const parts = [
  appStrings,
  mapStrings,
  exportStrings,
  importStrings,
  editorStrings,
  deckStrings,
  inkStrings,
  basemapStrings,
  dataExportStrings,
  problemStrings,
  fieldStrings,
  sourceStrings,
  editorFieldStrings,
  shellStrings,
  checkStrings,
  handoutStrings,
  compareStrings,
  fileCheckStrings,
] as const;

type KeysOf<T> = T extends StringTable<infer K> ? K : never;
export type StringKey = KeysOf<(typeof parts)[number]>;

function merge(lang: Lang): Record<StringKey, string> {
  const table = {} as Record<StringKey, string>;
  for (const part of parts) {
    for (const [key, text] of Object.entries(part[lang])) {
      if (key in table) throw new Error(`The UI string "${key}" is declared twice`);
      table[key as StringKey] = text as string;
    }
  }
  return table;
}

/** The whole table per language; exported for the completeness test. */
export const STRINGS: Record<Lang, Record<StringKey, string>> = { en: merge('en'), fr: merge('fr') };

/** A UI string in `lang`, with `{name}` placeholders filled from `values`. */
export function ui(lang: Lang, key: StringKey, values: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** The same string in every language, for text that is chosen now but shown in whichever language is on. */
export function localized(key: StringKey, values: Record<string, string | number> = {}): LocalizedText {
  return { en: ui('en', key, values), fr: ui('fr', key, values) };
}

/**
 * A string as the pair [English, French] the problem builders take (`expected`, an importer's `fail`), with
 * `frValues` where a value is itself worded by language (a size: "4.2 MB", "4,2 Mo").
 */
export function pair(
  key: StringKey,
  values: Record<string, string | number> = {},
  frValues: Record<string, string | number> = values,
): [en: string, fr: string] {
  return [ui('en', key, values), ui('fr', key, frValues)];
}

/** The same, as text in both languages (a name or a note chosen now, shown in whichever language is on). */
export function both(
  key: StringKey,
  values: Record<string, string | number> = {},
  frValues: Record<string, string | number> = values,
): { en: string; fr: string } {
  const [en, fr] = pair(key, values, frValues);
  return { en, fr };
}

export const LANG_KEY = 'sandtable.lang';

/** The language to open in: `?lang=` first, then the one remembered, then English. */
export function initialLang(query: string | null, stored: string | null): Lang {
  for (const candidate of [query, stored]) if (candidate === 'en' || candidate === 'fr') return candidate;
  return 'en';
}

/** Remembers the choice; private browsing or a full store must not break the switch itself. */
export function rememberLang(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined): void {
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered: the switch still applies to this session.
  }
}
