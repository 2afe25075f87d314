import type { FeatureKind } from '../model/schema';
import { slugify, type IdPool } from './text';

export interface NormalizeContext {
  /** Prefix of generated feature ids, from the file name. */
  base: string;
  /** Source id given to features that cite none: the file itself. */
  fileSource: string;
  ids: IdPool;
  /** GPX times are UTC by the GPX spec even when written without a zone. */
  assumeUtc?: boolean;
  /** Set when some feature was given `fileSource`, so the caller declares it. */
  usedFileSource?: boolean;
  /** Numbers features without an id or a name: `<base>-1`, `<base>-2`, …. */
  unnamed?: number;
}

type Props = Record<string, unknown>;

const ZONELESS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const withZone = (v: unknown, assumeUtc?: boolean) =>
  assumeUtc && typeof v === 'string' && ZONELESS.test(v) ? `${v}Z` : v;

function inferKind(geometryType: unknown, props: Props): FeatureKind | undefined {
  if (geometryType === 'Point') return (props.time ?? props.start) ? 'event' : 'place';
  if (geometryType === 'LineString') return 'movement';
  if (geometryType === 'Polygon' || geometryType === 'MultiPolygon') return 'area';
  return undefined;
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

/**
 * Fills in what a GeoJSON feature from another tool lacks (kind, side, label, sources, certainty, id) and
 * maps the conventions of @tmcw/togeojson (`coordinateProperties.times`, `timestamp`, `timespan`, `name`).
 * Present values are never replaced, so a wrong one is still reported by validation. Multi-part tracks
 * become one movement per part, with ids `<id>-1`, `<id>-2`, ….
 */
export function normalizeFeature(raw: unknown, ctx: NormalizeContext): unknown[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [raw];
  const feature = raw as { type?: unknown; id?: unknown; geometry?: unknown; properties?: unknown };
  const given = feature.properties;
  if (given !== null && given !== undefined && (typeof given !== 'object' || Array.isArray(given)))
    return [raw];
  const props: Props = { ...(given as Props | null) };

  const coordProps = props.coordinateProperties as { times?: unknown } | undefined;
  let times = props.coordTimes ?? coordProps?.times;
  delete props.coordinateProperties;
  const geometryType = (feature.geometry as { type?: unknown } | null)?.type;
  const isLine = geometryType === 'LineString' || geometryType === 'MultiLineString';
  // KML TimeStamp/TimeSpan on a track describe the whole track, which moves by its per-point times instead.
  if (!isLine && props.time === undefined && props.start === undefined && props.end === undefined) {
    if (typeof props.timestamp === 'string') props.time = props.timestamp;
    const span = props.timespan as { begin?: unknown; end?: unknown } | undefined;
    if (span && typeof span.begin === 'string' && typeof span.end === 'string')
      [props.start, props.end] = [span.begin, span.end];
  }
  for (const key of ['time', 'start', 'end'] as const)
    if (props[key] !== undefined) props[key] = withZone(props[key], ctx.assumeUtc);

  let id = props.id ?? feature.id;
  if (typeof id === 'number') id = String(id);
  if (typeof id === 'string' && id) ctx.ids.reserve(id);
  else if (id === undefined) {
    const name = typeof props.name === 'string' ? slugify(props.name, '') : '';
    id = ctx.ids.take(`${ctx.base}-${name || (ctx.unnamed = (ctx.unnamed ?? 0) + 1)}`);
  }
  props.id = id;
  if (props.label === undefined) {
    const name = [props.name, props.title].find((v) => typeof v === 'string' && v.trim());
    props.label = name ?? String(id);
  }
  if (props.side === undefined) props.side = 'unknown';
  if (props.sources === undefined) {
    props.sources = [ctx.fileSource];
    ctx.usedFileSource = true;
  }
  if (props.certainty === undefined) props.certainty = 'reported';

  const parts =
    props.kind === undefined || props.kind === 'movement' ? lineParts(feature.geometry) : undefined;
  const timesOf = (t: unknown) => (Array.isArray(t) ? t.map((v) => withZone(v, ctx.assumeUtc)) : t);
  if (parts) {
    const perPart = Array.isArray(times) && times.every(Array.isArray) ? (times as unknown[][]) : undefined;
    return parts.map((coordinates, i) => {
      const part: Props = { ...props, id: `${String(id)}-${i + 1}`, kind: 'movement' };
      const t = perPart?.length === parts.length ? perPart[i] : undefined;
      if (t) part.coordTimes = timesOf(t);
      else delete part.coordTimes;
      return { type: 'Feature', geometry: { type: 'LineString', coordinates }, properties: part };
    });
  }
  if (props.kind === undefined) {
    const kind = inferKind(geometryType, props);
    if (kind) props.kind = kind;
  }
  if (times !== undefined && props.kind === 'movement') {
    times = timesOf(times);
    props.coordTimes = times;
  }
  return [{ ...feature, properties: props }];
}
