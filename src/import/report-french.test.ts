import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_DIR, FOREIGN_DIR, readFolder, readInput, text } from '../../tests/support/import-helpers';
import { formatLoadError } from '../scenario/load-error';
import { importFiles } from './import-files';
import { formatNote, reportSummary } from './report-text';
import type { ImportInput } from './types';

/**
 * Words of English that no French sentence of ours needs (not `a`, `points` or `Feature`, which French and
 * GeoJSON use too); data (quoted values, names) is set aside first.
 */
const ENGLISH =
  /\b(the|an|at|of|with|without|and|or|is|are|not|got|features|expected|between|per|only|missing|loaded|rejected|invalid|too|must|which|this|from|file|read|kept|shown)\b/i;

function inputsOf(dir: string): [string, ImportInput[]][] {
  return readdirSync(dir)
    .filter((name) => !name.endsWith('.md'))
    .map((name) => {
      const path = join(dir, name);
      return [name, statSync(path).isDirectory() ? readFolder(path, name) : [readInput(path)]];
    });
}

/** The sentence of a report line: after `file › feature › field :`, without the quoted data. */
function wordsOf(line: string, prefix: number): string {
  return line
    .slice(prefix)
    .replace(/"(?:[^"\\]|\\.)*"|“[^”]*”|«[^»]*»/g, '')
    .replace(/\(reçu [^)]*\)$/, '');
}

describe('the import report in French', () => {
  const cases: [string, ImportInput[]][] = [
    ...inputsOf(BAD_DIR),
    ...inputsOf(FOREIGN_DIR),
    ['nothing', []],
    ['unknown', [text('notes.docx', 'hello')]],
  ];
  it.each(cases)('has no English sentence for %s', async (_, inputs) => {
    const r = await importFiles(inputs);
    const errors = r.ok ? r.report.rejected : r.errors;
    const notes = r.ok ? r.report.notes : r.notes;
    const lines: string[] = [];
    if (r.ok) lines.push(reportSummary(r.report, 'fr'));
    for (const e of errors) {
      const line = formatLoadError(e, 'fr');
      const head = [e.file, e.feature, e.field].filter(Boolean).join(' › ');
      lines.push(wordsOf(line, line.indexOf(' : ', head.length - 1) + 3));
      // The value is ours when it is words ("3 fields"): then it has its French twin.
      if (e.fr.value === undefined && /^\d+ [a-z]/.test(e.value)) lines.push(e.value);
    }
    for (const n of notes) {
      const line = formatNote(n, 'fr');
      lines.push(wordsOf(line, line.indexOf(' : ') + 3));
    }
    for (const line of lines) expect(line, line).not.toMatch(ENGLISH);
  });
});
