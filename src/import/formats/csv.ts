import { both } from '../../i18n/strings';
export interface CsvRecord {
  /** 1-based line of the file the record starts on (the header is line 1). */
  line: number;
  fields: string[];
}

export type CsvResult =
  | { ok: true; header: string[]; records: CsvRecord[]; delimiter: string }
  | { ok: false; line: number; message: { en: string; fr: string }; near: string };

/** Spreadsheets localised for a comma decimal separator export `;`, some tools tabs. */
function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let best = ',';
  let bestCount = -1;
  for (const d of [',', ';', '\t']) {
    const count = firstLine.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

/**
 * RFC 4180 CSV: fields quoted with `"` may hold delimiters, newlines and doubled quotes; CRLF or LF line
 * ends; a leading BOM is dropped. Blank lines are skipped. Records keep the line they start on so errors
 * can point at it.
 */
export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = sniffDelimiter(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < n) {
    const c = text[i];
    if (c === '"' && field === '') {
      const quoteLine = line;
      let j = i + 1;
      let value = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0)
          return {
            ok: false,
            line: quoteLine,
            message: both('saidClosingQuoteFieldOpened'),
            near: text.slice(i, i + 40),
          };
        value += text.slice(j, q);
        for (let k = j; k < q; k++) if (text[k] === '\n') line++;
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      const next = text[j];
      if (j < n && next !== delimiter && next !== '\n' && next !== '\r')
        return {
          ok: false,
          line,
          message: both('saidDelimiterLineEndRight'),
          near: text.slice(i, Math.min(j + 10, n)),
        };
      field = value;
      i = j;
      // A quoted empty field must still count as a field even though `field` is ''.
      if (value === '' && next === delimiter) {
        fields.push('');
        i++;
      }
      continue;
    }
    if (c === delimiter) {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      const stop = nextSpecial(text, i, delimiter);
      field += text.slice(i, stop);
      i = stop;
    }
  }
  if (field !== '' || fields.length) endRecord();
  const [head, ...rest] = records;
  if (!head)
    return {
      ok: false,
      line: 1,
      message: both('saidHeaderLineNamingColumns'),
      near: '',
    };
  return { ok: true, header: head.fields.map((h) => h.trim()), records: rest, delimiter };
}

function nextSpecial(text: string, from: number, delimiter: string): number {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === delimiter || c === '\n' || c === '\r') break;
    i++;
  }
  return i;
}
