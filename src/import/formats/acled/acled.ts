import { describeValue, expected, type LoadError } from '../../../scenario/load-error';
import { ACLED_COLUMNS, ACLED_OPTIONAL_COLUMNS } from './acled-codes';
import { acledEvent, type AcledTallies } from './acled-event';
import { isoDay } from './acled-dates';
import { parseCsv } from '../csv';
import type { Draft } from '../../draft';
import { fileTimeContext } from '../../feature-times';
import { tooManyFeatures } from '../../limits';
import { IdPool, stem } from '../../text';
import type { ImportRun } from '../../types';
import { ui } from '../../../i18n/strings';

/**
 * Converts an ACLED CSV export of any year: each valid row becomes an event, each invalid row a reported
 * rejection. Headers are read in any case; only the columns every format has are required. Dates are read
 * in the file's own day/month order, settled from all its rows at once.
 */
export function acledToDraft(file: string, text: string, run: ImportRun): Draft | { errors: LoadError[] } {
  const csv = parseCsv(text);
  if (!csv.ok)
    return {
      errors: [
        {
          file,
          feature: `row ${csv.line}`,
          field: '',
          value: describeValue(csv.near),
          ...expected(csv.message.en, csv.message.fr),
        },
      ],
    };
  const column = new Map(csv.header.map((h, i) => [h.toLowerCase(), i]));
  const missing = ACLED_COLUMNS.filter((c) => !column.has(c));
  if (missing.length) {
    const found = csv.header.slice(0, 15).join(', ') + (csv.header.length > 15 ? ', …' : '');
    const all = ACLED_COLUMNS.join(', ');
    return {
      errors: [
        {
          file,
          feature: 'row 1',
          field: 'header',
          value: describeValue(csv.header.join(',')),
          ...expected(
            `the ACLED columns ${all}; missing: ${missing.join(', ')} (found: ${found})`,
            `les colonnes ACLED ${all} ; manquent : ${missing.join(', ')} (trouvées : ${found})`,
          ),
        },
      ],
    };
  }
  if (!csv.records.length)
    return {
      errors: [
        {
          file,
          feature: 'row 2',
          field: '',
          value: 'nothing',
          ...expected(
            'at least one event row below the header',
            'au moins une ligne d’événement sous l’en-tête',
          ),
        },
      ],
    };
  const tooMany = tooManyFeatures(file, csv.records.length, run.limits);
  if (tooMany) return { errors: [tooMany] };

  const absent = ACLED_OPTIONAL_COLUMNS.filter((c) => !column.has(c));
  if (absent.length) run.notes.add(file, 'noteAcledColumns', { columns: absent.join(', ') });
  const cell = (fields: string[], name: string) => (fields[column.get(name) ?? -1] ?? '').trim();
  // A French-locale spreadsheet writes decimal commas (and then `;` between fields) and days first.
  const decimalComma = csv.records.some((r) => /^-?\d+,\d+$/.test(cell(r.fields, 'latitude')));
  const time = fileTimeContext(
    file,
    csv.records.map((r) => cell(r.fields, 'event_date')),
    run.notes,
    { dayFirstLocale: decimalComma },
  );

  const draft: Draft = {
    input: file,
    features: [],
    origins: [],
    sideNames: new Map(),
    sources: [],
    rejected: [],
    noun: 'events',
  };
  const sourceIds = new IdPool();
  const tallies: AcledTallies = {
    acledId: sourceIds.take('acled'),
    sourceIds,
    sources: new Map(),
    actorIds: new Map(),
    actorPool: new IdPool(),
    latest: -Infinity,
    decimalComma,
  };
  for (const record of csv.records) {
    const feature = `row ${record.line}`;
    const row = acledEvent((name) => cell(record.fields, name), {
      file,
      feature,
      fields: [record.fields.length, csv.header.length],
      time,
      tallies,
      sideNames: draft.sideNames,
      notes: run.notes,
      absent: new Set(absent),
    });
    if ('errors' in row) draft.rejected.push(...row.errors);
    else {
      draft.features.push(row.feature);
      draft.origins?.push(feature);
    }
  }
  const latestDay = Number.isFinite(tallies.latest) ? isoDay(tallies.latest) : undefined;
  draft.sources = [
    {
      id: tallies.acledId,
      title: `ACLED export ${stem(file)}`,
      publisher: 'ACLED (Armed Conflict Location & Event Data)',
      ...(latestDay ? { date: latestDay } : {}),
      reported: { en: ui('en', 'reportedAcled', { file }), fr: ui('fr', 'reportedAcled', { file }) },
    },
    ...[...tallies.sources].map(([name, s]) => ({
      id: s.id,
      title: name,
      publisher: name,
      date: isoDay(s.latest),
      reported: {
        en: ui('en', 'reportedAcledCited', { count: s.count, file }),
        fr: ui('fr', 'reportedAcledCited', { count: s.count, file }),
      },
    })),
  ];
  return draft;
}
