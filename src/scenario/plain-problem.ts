import { localize, type Lang } from '../i18n/localize';
import { STRINGS, ui, type StringKey } from '../i18n/strings';
import { formatLoadError, valueText, type LoadError } from './load-error';

/** A problem as a reader sees it: the file it is in, a plain sentence, and the loader's words for experts. */
export interface PlainProblem {
  file: string;
  text: string;
  details: string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const known = (key: string): key is StringKey => key in STRINGS.en;

/** A word of the fields table (`field…`, `itemOne…`, `owner…`) for a field name, if it has one. */
function word(prefix: string, name: string, lang: Lang): string | undefined {
  const key = `${prefix}${cap(name)}`;
  return known(key) ? ui(lang, key) : undefined;
}

const fieldWord = (name: string, lang: Lang) => word('field', name, lang) ?? ui(lang, 'plainNamed', { name });

/** `properties.sides[1].color` → ['properties', 'sides', 1, 'color']. */
function segments(field: string): (string | number)[] {
  return [...field.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[0]));
}

/**
 * A field in words: "map label", "source 1" (an item of a list), "colour of side 2" (a field of an item).
 * `list` is the list's own name when the field is one, for "add at least one source".
 */
export function fieldInWords(field: string, lang: Lang): { text: string; list?: string } {
  const segs = segments(field).filter((s, i) => !(i === 0 && s === 'properties'));
  const last = segs.findLastIndex((s) => typeof s === 'string');
  if (last < 0) return { text: '' };
  const name = segs[last] as string;
  const index = segs[last + 1];
  if (typeof index === 'number')
    return { text: `${word('owner', name, lang) ?? fieldWord(name, lang)} ${index + 1}` };
  const text = fieldWord(name, lang);
  // The nearest list item above the field: "colour of side 2".
  for (let i = last - 1; i > 0; i--) {
    const n = segs[i];
    const list = segs[i - 1];
    if (typeof n === 'number' && typeof list === 'string') {
      const owner = word('owner', list, lang) ?? fieldWord(list, lang);
      return { text: ui(lang, 'plainOfItem', { field: text, owner, n: n + 1 }) };
    }
  }
  return { text, list: name };
}

/** Who the problem is about: the feature by its name, else by id or row; the scenario; or the file. */
function subjectOf(e: LoadError, lang: Lang): string {
  const name = e.name === undefined ? '' : localize(e.name, lang).trim();
  if (name) return name;
  if (e.feature) {
    const row = /^row (\d+)$/.exec(e.feature);
    return row ? ui(lang, 'plainRow', { n: row[1]! }) : ui(lang, 'plainFeatureId', { id: e.feature });
  }
  return e.file === 'scenario.json' ? ui(lang, 'plainScenario') : ui(lang, 'plainFile', { file: e.file });
}

const TYPE_WORDS: Record<string, StringKey> = {
  string: 'typeString',
  number: 'typeNumber',
  boolean: 'typeBoolean',
  array: 'typeArray',
  object: 'typeObject',
};

function sentence(e: LoadError, lang: Lang): string {
  const file = e.file;
  const subject = subjectOf(e, lang);
  const { text: field, list } = fieldInWords(e.field, lang);
  const value = valueText(e, lang);
  const issue = e.issue;
  const expected = lang === 'fr' ? e.fr.message : e.message;
  switch (issue?.code) {
    case 'empty_file':
      return ui(lang, 'plainEmptyFile', { file });
    case 'missing_file':
      return ui(lang, 'plainMissingFile', { file });
    case 'json':
      if (issue.truncated) return ui(lang, 'plainJsonCut', { file });
      if (issue.line !== undefined)
        return ui(lang, 'plainJsonAt', { file, line: issue.line, column: issue.column ?? 1 });
      return ui(lang, 'plainJson', { file });
    case 'missing':
      return ui(lang, 'plainMissing', { field, subject });
    case 'too_small': {
      const n = issue.limit;
      const count = issue.count ?? value;
      const item = list && word('itemOne', list, lang);
      if (issue.origin === 'array')
        return n === 1 && item
          ? ui(lang, 'plainAddOne', { item, subject })
          : ui(lang, 'plainTooFew', { n, count, field, subject });
      if (issue.origin === 'string')
        return n === 1
          ? ui(lang, 'plainEmptyText', { field, subject })
          : ui(lang, 'plainTooShort', { n, count, field, subject });
      return ui(lang, 'plainTooLow', { n, value, field, subject });
    }
    case 'too_big': {
      const n = issue.limit;
      const count = issue.count ?? value;
      if (issue.origin === 'array') return ui(lang, 'plainTooMany', { n, count, field, subject });
      if (issue.origin === 'string') return ui(lang, 'plainTooLong', { n, count, field, subject });
      return ui(lang, 'plainTooHigh', { n, value, field, subject });
    }
    case 'type': {
      const key = TYPE_WORDS[issue.expected];
      const words = key ? ui(lang, key) : issue.expected;
      return ui(lang, 'plainShouldBe', { field, subject, expected: words, value });
    }
    case 'one_of':
      return ui(lang, 'plainOneOf', { field, subject, options: issue.options.join(', '), value });
    case 'unknown_fields':
      return ui(lang, 'plainUnknownFields', { subject, keys: issue.keys.join(', ') });
    case 'invalid':
      return ui(lang, 'plainInvalid', { field, subject, value });
    default:
      if (field && e.value === 'nothing') return ui(lang, 'plainMissingShould', { field, subject, expected });
      return field
        ? ui(lang, 'plainShouldBe', { field, subject, expected, value })
        : ui(lang, 'plainWholeShouldBe', { subject, expected, value });
  }
}

/**
 * A loader problem in plain words, in `lang`: what is wrong and what to do, naming the feature and the field
 * ("Add at least one source to Movement 1."). The loader's own line (field paths, schema wording) is kept as
 * `details`, for whoever fixes the file by hand.
 */
export function plainProblem(e: LoadError, lang: Lang): PlainProblem {
  return { file: e.file, text: cap(sentence(e, lang)), details: formatLoadError(e, lang) };
}

/** One line for logs and scripts: "In events.geojson: Add at least one source to Movement 1." */
export function plainLine(e: LoadError, lang: Lang): string {
  const p = plainProblem(e, lang);
  return p.text.includes(e.file) ? p.text : `${ui(lang, 'plainWhere', { file: e.file })} ${p.text}`;
}
