import { featureProperties } from '../model/schema';
import { describeValue } from '../scenario/load-error';
import { asProperties, INSTANT_KEYS, noteUnread, readNoted, type TimeContext } from './feature-times';
import { isId, slugify, type IdPool } from './text';
import { isoOf } from './formats/time-formats';

type Props = Record<string, unknown>;

/**
 * Sandtable's properties that another tool's value may fill when it is valid for them, as is. Not `side`,
 * `sources` or `claimedBy`: they name ids the scenario declares, and another tool's "side" (of a road) or
 * "sources" (a network's codes) mean something else; they stay under `foreign`.
 */
const MAPPED = [
  'label',
  'mapLabel',
  'note',
  'certainty',
  'uncertaintyKm',
  'timeCertainty',
  'coordUncertaintyKm',
  'movementType',
  'casualties',
  'claims',
  'disagreement',
  'control',
  'layer',
  'sidc',
] as const;

/** What other tools call a feature's name, in the order they are tried (Natural Earth writes `NAME`). */
const NAME_KEYS = ['name', 'NAME', 'Name', 'title', 'TITLE', 'Title', 'name_en', 'NAME_EN'];

export interface Split {
  /** Sandtable's properties, filled from the foreign ones where that is unambiguous. */
  props: Props;
  /** Everything else, as the other tool wrote it. */
  foreign: Props;
  /** The per-vertex times the file gives, still to be read. */
  vertexTimes?: unknown;
  /** Time properties taken out of `foreign` because Sandtable's say the same; a movement gives them back. */
  timeKeys: string[];
}

export interface SplitContext {
  time: TimeContext;
  ids: IdPool;
  /** Prefix of generated ids. */
  base: string;
  unnamed: number;
}

/**
 * Sorts the properties of another tool's feature: a property with a Sandtable name is used when its value
 * is valid for it, and otherwise kept under `foreign` with a note; every other property is kept under
 * `foreign` as it was. Names, ids and times are read from the usual names other tools give them.
 */
export function splitForeign(given: Props, featureId: unknown, ctx: SplitContext): Split {
  const foreign: Props = { ...given };
  const props: Props = {};
  const notes = ctx.time.notes;
  const file = ctx.time.file;
  const invalid = (field: string, value: unknown) =>
    notes.add(file, 'noteForeignInvalid', { field, value: describeValue(value) }, { group: field });

  for (const key of MAPPED) {
    if (!(key in given)) continue;
    const value = given[key];
    if (featureProperties.shape[key].safeParse(value).success && value !== undefined) {
      props[key] = value;
      delete foreign[key];
    } else invalid(key, value);
  }
  if ('kind' in given) invalid('kind', given.kind);

  props.id = foreignId(given.id ?? featureId, given, foreign, ctx);
  if (props.label === undefined) {
    const name = NAME_KEYS.map((k) => given[k]).find((v) => typeof v === 'string' && v.trim());
    props.label = (name as string | undefined)?.trim() ?? String(props.id);
  }

  const timeKeys = readTimes(given, props, foreign, ctx.time);
  const coordProps = given.coordinateProperties as { times?: unknown } | undefined;
  const vertexTimes = given.coordTimes ?? coordProps?.times;
  delete foreign.coordTimes;
  if (coordProps && typeof coordProps === 'object') {
    const { times: _times, ...rest } = coordProps as Props;
    if (Object.keys(rest).length) foreign.coordinateProperties = rest;
    else delete foreign.coordinateProperties;
  }
  return { props, foreign, vertexTimes, timeKeys };
}

function foreignId(raw: unknown, given: Props, foreign: Props, ctx: SplitContext): string {
  if ((isId(raw) || typeof raw === 'number') && ctx.ids.has(String(raw))) {
    // Another tool's ids need not be unique (KML ids repeat): renamed, the original kept.
    const id = ctx.ids.take(String(raw));
    foreign.id = raw;
    ctx.time.notes.add(ctx.time.file, 'noteIdDuplicate', { value: describeValue(raw), id });
    return id;
  }
  if (isId(raw)) {
    if (given.id === raw) delete foreign.id;
    ctx.ids.reserve(raw);
    return raw;
  }
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    if (given.id === raw) delete foreign.id;
    const id = ctx.ids.take(String(raw));
    return id;
  }
  if (typeof raw === 'string' && raw.trim()) {
    // `way/47216028` → `way-47216028`: still readable, and the original stays under foreign.id.
    const id = ctx.ids.take(slugify(raw, `${ctx.base}-id`));
    foreign.id = raw;
    ctx.time.notes.add(ctx.time.file, 'noteIdRewritten', { value: describeValue(raw), id });
    return id;
  }
  const name = NAME_KEYS.map((k) => given[k]).find((v) => typeof v === 'string' && v.trim());
  const slug = typeof name === 'string' ? slugify(name, '') : '';
  return ctx.ids.take(`${ctx.base}-${slug || (ctx.unnamed += 1)}`);
}

/** A time the other tool wrote in any form becomes Sandtable's `time` or `start`/`end`. */
function readTimes(given: Props, props: Props, foreign: Props, time: TimeContext): string[] {
  const same: string[] = [];
  const drop = (key: string | undefined, mapped: unknown) => {
    if (key !== undefined && mapped === given[key]) {
      delete foreign[key];
      same.push(key);
    }
  };
  const lower = new Map(Object.keys(given).map((k) => [k.toLowerCase(), k]));
  const startKey = lower.get('start') ?? lower.get('begin');
  const endKey = lower.get('end');
  const windows: [from: unknown, to: unknown, field: string][] = [];
  if (startKey && endKey) windows.push([given[startKey], given[endKey], startKey]);
  // togeojson's KML TimeSpan.
  const span = given.timespan as { begin?: unknown; end?: unknown } | null | undefined;
  if (span && typeof span === 'object') windows.push([span.begin, span.end, 'timespan']);
  for (const [from, to, field] of windows) {
    const a = readNoted(from, time);
    const b = readNoted(to, time);
    if (a && b && b.end >= a.start) {
      props.start = isoOf(a.start);
      props.end = isoOf(b.end);
      drop(startKey, props.start);
      drop(endKey, props.end);
      return same;
    }
    noteUnread(a ? to : from, field, time);
  }
  for (const name of INSTANT_KEYS) {
    const key = lower.get(name);
    const value = key === undefined ? undefined : given[key];
    if (key === undefined || value === null || value === undefined || value === '') continue;
    const r = readNoted(value, time);
    if (!r) {
      noteUnread(value, key, time);
      continue;
    }
    Object.assign(props, asProperties(r));
    drop(key, props.time);
    return same;
  }
  return same;
}
