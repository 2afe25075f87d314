import type { Lang } from '../i18n/localize';
import type { LocalizedText } from '../model/schema';
import { ui, type StringKey } from '../i18n/strings';

/** One problem found while loading a scenario, precise enough for a user to find and fix it. */
export interface LoadError {
  /** File the problem is in, relative to the scenario folder (e.g. `events.geojson`). */
  file: string;
  /** Feature id, or `#index` when the feature has no usable id; absent for file-level problems. */
  feature?: string;
  /** Dotted path of the offending field, e.g. `properties.coordTimes[3]`; empty for the whole file. */
  field: string;
  /** Short rendering of the offending value. */
  value: string;
  /** What was expected, in English. */
  message: string;
  /**
   * The same in French, written where the problem is found: the report follows the UI's language. `value`
   * only when the value is words of ours ("3 fields") rather than data.
   */
  fr: { message: string; value?: string };
  /** The feature's own name (its label), so a problem can say "Movement 1" rather than an id. */
  name?: LocalizedText;
  /** What went wrong as data, for `plainProblem` to say in words; absent when `message` says it all. */
  issue?: PlainIssue;
}

/**
 * The kinds of problem said in plain sentences (plain-problem.ts): schema issues, and files that cannot be
 * read. Everything else is said from `message`/`fr`, which are already written as what was expected.
 */
export type PlainIssue =
  | { code: 'missing' }
  | { code: 'too_small' | 'too_big'; origin: string; limit: number; count?: number }
  | { code: 'type'; expected: string }
  | { code: 'one_of'; options: string[] }
  | { code: 'unknown_fields'; keys: string[] }
  | { code: 'empty_file' }
  | { code: 'missing_file' }
  | { code: 'json'; line?: number; column?: number; truncated?: boolean }
  | { code: 'invalid' };

/** What was expected, from the i18n tables, in both languages: spread into a LoadError. */
export function said(
  key: StringKey,
  values: Record<string, string | number> = {},
  valueKey?: StringKey,
): Pick<LoadError, 'message' | 'fr'> {
  return expected(ui('en', key, values), ui('fr', key, values), valueKey && ui('fr', valueKey));
}

/** What was expected, in both languages: spread into a LoadError. */
export function expected(en: string, fr: string, frValue?: string): Pick<LoadError, 'message' | 'fr'> {
  return { message: en, fr: frValue === undefined ? { message: fr } : { message: fr, value: frValue } };
}

const MAX_VALUE_CHARS = 80;

/** Renders a value for an error message: short, single-line, never executable. */
export function describeValue(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'nothing';
  else if (typeof value === 'number' && !Number.isFinite(value)) text = String(value);
  else if (typeof value === 'string') text = JSON.stringify(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  text = text.replace(/\s+/g, ' ');
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The few words of ours that stand in for a value (`describeValue(undefined)`, a skipped file). */
const VALUE_WORDS_FR: Record<string, string> = { nothing: 'rien', skipped: 'ignoré', none: 'aucun' };

const WORDS = {
  en: { feature: 'feature', row: 'row', got: 'got', colon: ':' },
  fr: { feature: 'élément', row: 'ligne', got: 'reçu', colon: ' :' },
};

/** The offending value as shown in `lang`: data as it is, our few words ("nothing") translated. */
export function valueText(error: LoadError, lang: Lang): string {
  return lang === 'fr' ? (error.fr.value ?? VALUE_WORDS_FR[error.value] ?? error.value) : error.value;
}

/** `file › feature id › field: expected (got value)`, in the UI's language. */
export function formatLoadError(error: LoadError, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  // CSV rows are named `row 12` where they are found; only that word changes with the language.
  const feature = error.feature?.replace(/^row (\d+)$/, `${w.row} $1`);
  const where = [error.file, feature ? `${w.feature} ${feature}` : '', error.field]
    .filter(Boolean)
    .join(' › ');
  const message = lang === 'fr' ? error.fr.message : error.message;
  const value = valueText(error, lang);
  return `${where}${w.colon} ${message} (${w.got} ${value})`;
}

/** Thrown by APIs that cannot return a result union, carrying every problem found. */
export class ScenarioLoadError extends Error {
  readonly errors: readonly LoadError[];
  constructor(errors: readonly LoadError[]) {
    const head = errors
      .slice(0, 5)
      .map((e) => formatLoadError(e))
      .join('\n');
    const more = errors.length > 5 ? `\n…and ${errors.length - 5} more` : '';
    super(`Scenario rejected with ${errors.length} problem(s):\n${head}${more}`);
    this.name = 'ScenarioLoadError';
    this.errors = errors;
  }
}
