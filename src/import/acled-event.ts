import { describeValue, expected, type LoadError } from '../scenario/load-error';
import { GEO_KM, GEO_NOTE, kindOf, precision, TIME_NOTE, type Precision } from './acled-codes';
import { acledWindow } from './acled-dates';
import type { TimeContext } from './feature-times';
import type { NoteList } from './notes';
import { IdPool, isId, slugify } from './text';
import { isSlashedDate, readTime } from './time-formats';

/** What the rows of one export build up: its actors as sides, its outlets as sources, its latest day. */
export interface AcledTallies {
  acledId: string;
  sourceIds: IdPool;
  sources: Map<string, { id: string; latest: number; count: number }>;
  actorIds: Map<string, string>;
  actorPool: IdPool;
  latest: number;
  /** The file writes decimal commas (French-locale spreadsheet). */
  decimalComma: boolean;
}

export interface RowContext {
  file: string;
  /** `row 12`: the CSV line the row starts on. */
  feature: string;
  /** Fields in this row, and in the header. */
  fields: [number, number];
  time: TimeContext;
  tallies: AcledTallies;
  sideNames: Map<string, string>;
  notes: NoteList;
  /** Optional columns this export does not have (older formats): their defaults apply. */
  absent: ReadonlySet<string>;
}

function coordinate(text: string, max: number, ctx: RowContext): number | undefined {
  let t = text;
  if (ctx.tallies.decimalComma && /^-?\d+,\d+$/.test(t)) {
    ctx.notes.add(ctx.file, 'noteDecimalComma', { example: t });
    t = t.replace(',', '.');
  }
  const v = t === '' ? NaN : Number(t);
  return Number.isFinite(v) && Math.abs(v) <= max ? v : undefined;
}

function rowSources(text: string, day: number, t: AcledTallies): string[] {
  const out: string[] = [];
  for (const name of text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    let entry = t.sources.get(name);
    if (!entry)
      t.sources.set(name, (entry = { id: t.sourceIds.take(slugify(name, 'source')), latest: day, count: 0 }));
    entry.latest = Math.max(entry.latest, day);
    entry.count++;
    if (!out.includes(entry.id)) out.push(entry.id);
  }
  return out.length ? out : [t.acledId];
}

/** One ACLED row as an event, or every problem with it. */
export function acledEvent(
  at: (column: string) => string,
  ctx: RowContext,
): { feature: unknown } | { errors: LoadError[] } {
  const errors: LoadError[] = [];
  const fail = (field: string, value: unknown, en: string, fr: string) =>
    errors.push({
      file: ctx.file,
      feature: ctx.feature,
      field,
      value: describeValue(value),
      ...expected(en, fr),
    });
  const [count, wanted] = ctx.fields;
  if (count !== wanted) {
    return {
      errors: [
        {
          file: ctx.file,
          feature: ctx.feature,
          field: '',
          value: describeValue(`${count} fields`),
          ...expected(
            `${wanted} fields, one per header column`,
            `${wanted} champs, un par colonne de l’en-tête`,
            describeValue(`${count} champs`),
          ),
        },
      ],
    };
  }
  const id = at('event_id_cnty');
  if (!isId(id))
    fail(
      'event_id_cnty',
      id,
      'an event id of letters, digits, . _ : -',
      'un identifiant d’événement fait de lettres, chiffres, . _ : -',
    );
  const dateText = at('event_date');
  const date = readTime(dateText, ctx.time);
  const day = date && date.precision === 'day' ? date.start : undefined;
  if (day === undefined) {
    if (isSlashedDate(dateText) && !ctx.time.order)
      fail(
        'event_date',
        dateText,
        'a date whose day/month order is clear: every date of this file fits both orders (or they contradict each other); write dates as 2023-11-10',
        'une date dont l’ordre jour/mois est clair : chaque date de ce fichier admet les deux ordres (ou elles se contredisent) ; écrivez les dates 2023-11-10',
      );
    else
      fail(
        'event_date',
        dateText,
        'a date as YYYY-MM-DD, "14 November 2023" or DD/MM/YYYY',
        'une date AAAA-MM-JJ, « 14 November 2023 » ou JJ/MM/AAAA',
      );
  }
  const timeText = at('time_precision');
  const timeP = ctx.absent.has('time_precision') ? 1 : precision(timeText);
  if (!timeP)
    fail('time_precision', timeText, '1 (day), 2 (week) or 3 (month)', '1 (jour), 2 (semaine) ou 3 (mois)');
  const geoText = at('geo_precision');
  const geoP: Precision | undefined = ctx.absent.has('geo_precision') ? 2 : precision(geoText);
  if (!geoP)
    fail(
      'geo_precision',
      geoText,
      '1 (town), 2 (near town / district) or 3 (region)',
      '1 (ville), 2 (près de la ville / district) ou 3 (région)',
    );
  const lat = coordinate(at('latitude'), 90, ctx);
  if (lat === undefined)
    fail('latitude', at('latitude'), 'a latitude between -90 and 90', 'une latitude entre -90 et 90');
  const lon = coordinate(at('longitude'), 180, ctx);
  if (lon === undefined)
    fail('longitude', at('longitude'), 'a longitude between -180 and 180', 'une longitude entre -180 et 180');
  const fatalitiesText = at('fatalities');
  if (!/^\d*$/.test(fatalitiesText))
    fail(
      'fatalities',
      fatalitiesText,
      'a whole number of deaths, 0 or more',
      'un nombre entier de morts, 0 ou plus',
    );
  if (errors.length || day === undefined || !timeP || !geoP || lat === undefined || lon === undefined)
    return { errors };

  const t = ctx.tallies;
  t.latest = Math.max(t.latest, day);
  const fatalities = Number(fatalitiesText || '0');
  const actor1 = at('actor1');
  const actor2 = at('actor2');
  let side = 'unknown';
  if (actor1) {
    side = t.actorIds.get(actor1) ?? t.actorPool.take(slugify(actor1, 'actor'));
    t.actorIds.set(actor1, side);
    ctx.sideNames.set(side, actor1);
  }
  const sources = rowSources(at('source'), day, t);
  const eventType = at('event_type');
  const subEventType = at('sub_event_type');
  const location = at('location') || at('admin2') || at('admin1') || at('country');
  const what = subEventType || eventType || 'Event';
  const notes = at('notes');
  const who = actor2 ? `${actor1 || 'Unknown actor'} vs ${actor2}` : actor1 || 'Unknown actor';
  return {
    feature: {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        id,
        kind: kindOf(eventType, subEventType),
        side,
        label: location ? `${what}, ${location}` : what,
        note: [notes, `${who}. ${GEO_NOTE[geoP]}; ${TIME_NOTE[timeP]}.`].filter(Boolean).join('\n\n'),
        sources,
        certainty: 'reported',
        // The day is what ACLED reports; a week or month window is its own estimate of when.
        ...(timeP === 1 ? {} : { timeCertainty: 'estimated' }),
        uncertaintyKm: GEO_KM[geoP],
        ...acledWindow(day, timeP),
        ...(fatalities > 0
          ? { casualties: [{ killed: fatalities, according: 'ACLED', short: 'ACLED', sources }] }
          : {}),
        acled: {
          eventType,
          subEventType,
          actor1,
          actor2,
          location,
          geoPrecision: geoP,
          timePrecision: timeP,
          fatalities,
        },
      },
    },
  };
}
