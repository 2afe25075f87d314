import { featureKind } from '../model/schema';
import { noteTrackGlitches, readNoted, readVertexTimes, type TimeContext } from './feature-times';
import { splitForeign, type SplitContext } from './foreign-properties';
import { slugify, type IdPool } from './text';
import { isoOf } from './formats/time-formats';

export interface NormalizeContext extends SplitContext {
  /** Source id given to features that cite none: the file itself. */
  fileSource: string;
  /** Set when some feature was given `fileSource`, so the caller declares it. */
  usedFileSource?: boolean;
  /** The legend's name for this file's context ("Context: roads.geojson"). */
  layer: string;
}

type Props = Record<string, unknown>;
type Feature = { type?: unknown; id?: unknown; geometry?: unknown; properties?: unknown };

export function normalizeContext(
  file: string,
  time: TimeContext,
  ids: IdPool,
  extra: Partial<NormalizeContext> = {},
): NormalizeContext {
  const base = slugify(file.replace(/^.*\//, '').replace(/\.[^.]*$/, ''), 'file');
  return { base, fileSource: base, ids, time, unnamed: 0, layer: file.replace(/^.*\//, ''), ...extra };
}

/** A MultiLineString or a collection of LineStrings (multi-segment GPX, KML MultiTrack) as its parts. */
function lineParts(geometry: unknown): unknown[][] | undefined {
  const g = geometry as { type?: unknown; coordinates?: unknown; geometries?: unknown } | null;
  if (g?.type === 'MultiLineString' && Array.isArray(g.coordinates)) return g.coordinates as unknown[][];
  if (g?.type === 'GeometryCollection' && Array.isArray(g.geometries)) {
    const parts = g.geometries as { type?: unknown; coordinates?: unknown }[];
    if (parts.length && parts.every((p) => p?.type === 'LineString' && Array.isArray(p.coordinates)))
      return parts.map((p) => p.coordinates as unknown[]);
  }
  return undefined;
}

function defaults(props: Props, ctx: NormalizeContext): void {
  if (props.side === undefined) props.side = 'unknown';
  if (props.sources === undefined) {
    props.sources = [ctx.fileSource];
    ctx.usedFileSource = true;
  }
  if (props.certainty === undefined) props.certainty = 'reported';
}

/** Each part's times read as instants, or undefined unless every part has one per vertex. */
function partTimes(parts: unknown[][], times: unknown, ctx: NormalizeContext): string[][] | undefined {
  if (!Array.isArray(times) || times.length !== parts.length || !times.every(Array.isArray)) return undefined;
  const read: string[][] = [];
  for (let i = 0; i < parts.length; i++) {
    const t = readVertexTimes(times[i] as unknown[], ctx.time);
    if (!t || t.length !== (parts[i] as unknown[]).length) return undefined;
    read.push(t);
  }
  return read;
}

/** One movement per part, `<id>-1`, `<id>-2`, … when there are several. */
function asMovements(parts: unknown[][], times: string[][], props: Props, ctx: NormalizeContext): unknown[] {
  return parts.map((coordinates, i) => {
    const id = parts.length > 1 ? `${String(props.id)}-${i + 1}` : String(props.id);
    noteTrackGlitches(times[i] as string[], id, ctx.time);
    return {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates },
      properties: { ...props, id, kind: 'movement', coordTimes: times[i] },
    };
  });
}

/**
 * A feature from Sandtable or from any other tool, in the scenario format. Sandtable's own features (with a
 * `kind`) are completed with defaults and their times read in any form, and are otherwise validated as they
 * are. Another tool's features keep their properties under `foreign`; timed points become events, lines with
 * a time per vertex movements, timed areas areas, and everything untimed static context. Multi-part tracks
 * become one movement per part.
 */
export function normalizeFeature(raw: unknown, ctx: NormalizeContext): unknown[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [raw];
  const feature = raw as Feature;
  const given = feature.properties;
  if (given !== null && given !== undefined && (typeof given !== 'object' || Array.isArray(given)))
    return [raw];
  const props: Props = { ...(given as Props | null) };
  return featureKind.safeParse(props.kind).success
    ? ownFeature(feature, props, ctx)
    : foreignFeature(feature, props, ctx);
}

function ownFeature(feature: Feature, props: Props, ctx: NormalizeContext): unknown[] {
  const coordProps = props.coordinateProperties as { times?: unknown } | undefined;
  const times = props.coordTimes ?? coordProps?.times;
  delete props.coordinateProperties;
  for (const key of ['time', 'start', 'end'] as const) {
    const value = props[key];
    // Already as the format wants it: left alone, so the file stays byte for byte where it can.
    if (value === undefined || (typeof value === 'string' && /[zZ]|[+-]\d{2}:\d{2}$/.test(value))) continue;
    const r = readNoted(value, ctx.time);
    if (!r || r.precision !== 'instant') continue;
    props[key] = isoOf(r.start);
    // What the file said is kept beside what it was read as.
    props.foreign = { ...(props.foreign as Props | undefined), [key]: value };
  }
  let id = props.id ?? feature.id;
  if (typeof id === 'number') id = String(id);
  if (typeof id === 'string' && id) ctx.ids.reserve(id);
  else if (id === undefined) {
    const name = typeof props.name === 'string' ? slugify(props.name, '') : '';
    id = ctx.ids.take(`${ctx.base}-${name || (ctx.unnamed += 1)}`);
  }
  props.id = id;
  if (props.label === undefined) {
    const name = [props.name, props.NAME, props.title].find((v) => typeof v === 'string' && v.trim());
    props.label = name ?? String(id);
  }
  defaults(props, ctx);
  const parts = props.kind === 'movement' ? lineParts(feature.geometry) : undefined;
  if (parts) {
    const read = partTimes(parts, times, ctx);
    if (read) return asMovements(parts, read, props, ctx);
    // Parts without their own times: the loader says what is missing, part by part.
    return parts.map((coordinates, i) => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates },
      properties: { ...props, id: `${String(id)}-${i + 1}` },
    }));
  }
  if (props.kind === 'movement' && Array.isArray(times)) {
    const read = readVertexTimes(times, ctx.time);
    props.coordTimes = read ?? times;
    if (read) noteTrackGlitches(read, String(id), ctx.time);
  }
  return [{ ...feature, properties: props }];
}

function foreignFeature(feature: Feature, given: Props, ctx: NormalizeContext): unknown[] {
  const { props, foreign, vertexTimes, timeKeys } = splitForeign(given, feature.id, ctx);
  const g = feature.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
  const line =
    g?.type === 'LineString' && Array.isArray(g.coordinates) ? [g.coordinates as unknown[]] : undefined;
  const parts = lineParts(g) ?? line;
  const times = parts && partTimes(parts, line ? [vertexTimes] : vertexTimes, ctx);
  const timed = props.time !== undefined || props.start !== undefined;
  let kind = 'context';
  if (times) {
    kind = 'movement';
    // A track's own time (togeojson 0.x writes one) is not Sandtable's: its points carry the times.
    for (const key of timeKeys) foreign[key] = given[key];
    delete props.time;
    delete props.start;
    delete props.end;
  } else if (g?.type === 'Point') kind = timed ? 'event' : 'context';
  else if (g?.type === 'Polygon' || g?.type === 'MultiPolygon') kind = timed ? 'area' : 'context';
  if (kind === 'context') {
    const some = Array.isArray(vertexTimes) ? vertexTimes.flat(2).filter((t) => t != null).length : 0;
    if (some) {
      const points = parts ? parts.reduce((n, p) => n + p.length, 0) : 0;
      ctx.time.notes.add(ctx.time.file, 'noteContextLine', { times: some, points });
      foreign.coordTimes = vertexTimes;
    } else if (!timed) ctx.time.notes.add(ctx.time.file, 'noteContext');
    if (props.layer === undefined) props.layer = ctx.layer;
  }
  defaults(props, ctx);
  const keys = Object.keys(foreign);
  if (keys.length) {
    props.foreign = foreign;
    ctx.time.notes.add(ctx.time.file, 'noteForeign', { names: keys.slice(0, 4).join(', ') });
  }
  if (times && parts) return asMovements(parts, times, props, ctx);
  return [{ type: 'Feature', geometry: feature.geometry, properties: { ...props, kind } }];
}
