import { describeValue, expected, type LoadError } from '../../../scenario/load-error';
import { GEO_KM, GEO_NOTE, kindOf, precision, TIME_NOTE, type Precision } from './acled-codes';
import { acledWindow } from './acled-dates';
import type { TimeContext } from '../../feature-times';
import type { NoteList } from '../../notes';
import { IdPool, isId, slugify } from '../../text';
import { isSlashedDate, readTime } from '../time-formats';
import { pair } from '../../../i18n/strings';

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
          ...expected(...pair('expectFieldsPerHeaderColumn', { wanted }), describeValue(`${count} champs`)),
        },
      ],
    };
  }
  const id = at('event_id_cnty');
  if (!isId(id)) fail('event_id_cnty', id, ...pair('expectEventIdLettersDigits'));
  const dateText = at('event_date');
  const date = readTime(dateText, ctx.time);
  const day = date && date.precision === 'day' ? date.start : undefined;
  if (day === undefined) {
    if (isSlashedDate(dateText) && !ctx.time.order)
      fail('event_date', dateText, ...pair('expectDateWhoseDayMonth'));
    else fail('event_date', dateText, ...pair('expectDateYyyyMmDd'));
  }
  const timeText = at('time_precision');
  const timeP = ctx.absent.has('time_precision') ? 1 : precision(timeText);
  if (!timeP) fail('time_precision', timeText, ...pair('expectDayWeekMonth'));
  const geoText = at('geo_precision');
  const geoP: Precision | undefined = ctx.absent.has('geo_precision') ? 2 : precision(geoText);
  if (!geoP) fail('geo_precision', geoText, ...pair('expectTownNearTownDistrict'));
  const lat = coordinate(at('latitude'), 90, ctx);
  if (lat === undefined) fail('latitude', at('latitude'), ...pair('expectLatitudeBetween'));
  const lon = coordinate(at('longitude'), 180, ctx);
  if (lon === undefined) fail('longitude', at('longitude'), ...pair('expectLongitudeBetween'));
  const fatalitiesText = at('fatalities');
  if (!/^\d*$/.test(fatalitiesText))
    fail('fatalities', fatalitiesText, ...pair('expectWholeNumberDeathsMore'));
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
