import { describeValue, type LoadError } from '../scenario/load-error';
import { ACLED_COLUMNS, GEO_KM, GEO_NOTE, kindOf, precision, TIME_NOTE } from './acled-codes';
import { acledWindow, isoDay, parseAcledDate } from './acled-dates';
import type { DraftSource } from './catalog';
import { parseCsv } from './csv';
import type { Draft } from './draft';
import { tooManyFeatures, type Limits } from './limits';
import { IdPool, isId, slugify, stem } from './text';

function coordinate(text: string, max: number): number | undefined {
  const v = text === '' ? NaN : Number(text);
  return Number.isFinite(v) && Math.abs(v) <= max ? v : undefined;
}

/** Converts an ACLED CSV export: each valid row becomes an event, each invalid row a reported rejection. */
export function acledToDraft(file: string, text: string, limits: Limits): Draft | { errors: LoadError[] } {
  const csv = parseCsv(text);
  if (!csv.ok)
    return {
      errors: [
        { file, feature: `row ${csv.line}`, field: '', value: describeValue(csv.near), message: csv.message },
      ],
    };
  const column = new Map(csv.header.map((h, i) => [h.toLowerCase(), i]));
  const missing = ACLED_COLUMNS.filter((c) => !column.has(c));
  if (missing.length) {
    const found = csv.header.slice(0, 15).join(', ') + (csv.header.length > 15 ? ', …' : '');
    return {
      errors: [
        {
          file,
          feature: 'row 1',
          field: 'header',
          value: describeValue(csv.header.join(',')),
          message: `the ACLED columns ${ACLED_COLUMNS.join(', ')}; missing: ${missing.join(', ')} (found: ${found})`,
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
          message: 'at least one event row below the header',
        },
      ],
    };
  const tooMany = tooManyFeatures(file, csv.records.length, limits);
  if (tooMany) return { errors: [tooMany] };

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
  const acledId = sourceIds.take('acled');
  const sources = new Map<string, { id: string; latest: number; count: number }>();
  const actorIds = new Map<string, string>();
  const actorPool = new IdPool();
  let latest = -Infinity;

  for (const record of csv.records) {
    const feature = `row ${record.line}`;
    const at = (name: string) => (record.fields[column.get(name) ?? -1] ?? '').trim();
    const errors: LoadError[] = [];
    const fail = (field: string, value: unknown, message: string) =>
      errors.push({ file, feature, field, value: describeValue(value), message });
    if (record.fields.length !== csv.header.length) {
      fail('', `${record.fields.length} fields`, `${csv.header.length} fields, one per header column`);
      draft.rejected.push(...errors);
      continue;
    }
    const id = at('event_id_cnty');
    if (!isId(id)) fail('event_id_cnty', id, 'an event id of letters, digits, . _ : -');
    const day = parseAcledDate(at('event_date'));
    if (day === undefined) fail('event_date', at('event_date'), 'a date as YYYY-MM-DD or "14 November 2023"');
    const timeP = precision(at('time_precision'));
    if (!timeP) fail('time_precision', at('time_precision'), '1 (day), 2 (week) or 3 (month)');
    const geoP = precision(at('geo_precision'));
    if (!geoP) fail('geo_precision', at('geo_precision'), '1 (town), 2 (near town / district) or 3 (region)');
    const lat = coordinate(at('latitude'), 90);
    if (lat === undefined) fail('latitude', at('latitude'), 'a latitude between -90 and 90');
    const lon = coordinate(at('longitude'), 180);
    if (lon === undefined) fail('longitude', at('longitude'), 'a longitude between -180 and 180');
    const fatalitiesText = at('fatalities');
    if (!/^\d*$/.test(fatalitiesText))
      fail('fatalities', fatalitiesText, 'a whole number of deaths, 0 or more');
    if (errors.length || day === undefined || !timeP || !geoP || lat === undefined || lon === undefined) {
      draft.rejected.push(...errors);
      continue;
    }
    latest = Math.max(latest, day);
    const fatalities = Number(fatalitiesText || '0');
    const actor1 = at('actor1');
    const actor2 = at('actor2');
    let side = 'unknown';
    if (actor1) {
      side = actorIds.get(actor1) ?? actorPool.take(slugify(actor1, 'actor'));
      actorIds.set(actor1, side);
      draft.sideNames.set(side, actor1);
    }
    const rowSources: string[] = [];
    for (const name of at('source')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)) {
      let entry = sources.get(name);
      if (!entry)
        sources.set(name, (entry = { id: sourceIds.take(slugify(name, 'source')), latest: day, count: 0 }));
      entry.latest = Math.max(entry.latest, day);
      entry.count++;
      if (!rowSources.includes(entry.id)) rowSources.push(entry.id);
    }
    if (!rowSources.length) rowSources.push(acledId);
    const eventType = at('event_type');
    const subEventType = at('sub_event_type');
    const location = at('location') || at('admin2') || at('admin1') || at('country');
    const what = subEventType || eventType || 'Event';
    const notes = at('notes');
    const who = actor2 ? `${actor1 || 'Unknown actor'} vs ${actor2}` : actor1 || 'Unknown actor';
    draft.features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        id,
        kind: kindOf(eventType, subEventType),
        side,
        label: location ? `${what}, ${location}` : what,
        note: [notes, `${who}. ${GEO_NOTE[geoP]}; ${TIME_NOTE[timeP]}.`].filter(Boolean).join('\n\n'),
        sources: rowSources,
        certainty: 'reported',
        // The day is what ACLED reports; a week or month window is its own estimate of when.
        ...(timeP === 1 ? {} : { timeCertainty: 'estimated' }),
        uncertaintyKm: GEO_KM[geoP],
        ...acledWindow(day, timeP),
        ...(fatalities > 0
          ? { casualties: [{ killed: fatalities, according: 'ACLED', short: 'ACLED', sources: rowSources }] }
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
    });
    draft.origins?.push(feature);
  }
  const latestDay = Number.isFinite(latest) ? isoDay(latest) : undefined;
  const acled: DraftSource = {
    id: acledId,
    title: `ACLED export ${stem(file)}`,
    publisher: 'ACLED (Armed Conflict Location & Event Data)',
    ...(latestDay ? { date: latestDay } : {}),
    reported: `Conflict events coded by ACLED from the sources it cites, imported from ${file}.`,
  };
  draft.sources = [
    acled,
    ...[...sources].map(([name, s]) => ({
      id: s.id,
      title: name,
      publisher: name,
      date: isoDay(s.latest),
      reported: `Cited by ACLED for ${s.count} event${s.count === 1 ? '' : 's'} in ${file}.`,
    })),
  ];
  return draft;
}
