import { describeValue, expected, type LoadError } from '../../scenario/load-error';
import { scanXml } from './xml-scan';

type Props = Record<string, unknown>;
type Position = number[];

interface Line {
  props: Props;
  /** Segments of a track; a route has one. */
  parts: { coords: Position[]; times: (string | null)[] }[];
}

/** Elements whose text is a property of the track, route or waypoint around them. */
const TEXT = new Set([
  'name',
  'desc',
  'cmt',
  'src',
  'type',
  'number',
  'sym',
  'url',
  'urlname',
  'keywords',
  'time',
]);

/** GPX times are UTC by the GPX schema, even when a writer leaves the Z out. */
const utc = (t: string) => (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(t) ? `${t}Z` : t);

export interface GpxRead {
  features: unknown[];
  /** The file's own name for itself (`<metadata><name>`). */
  title?: string;
}

/**
 * GPX 1.0 and 1.1 as GeoJSON: tracks (one part per segment) and routes as lines with a time per point
 * (`null` where a point has none), waypoints as points. Elevation is kept as a third coordinate; the
 * text fields of each (name, desc, cmt, type, …) become its properties, `<extensions>` are left out.
 */
export function readGpx(
  file: string,
  text: string,
  progress?: (offset: number) => void,
): GpxRead | { error: LoadError } {
  const lines: Line[] = [];
  const points: unknown[] = [];
  const path: string[] = [];
  let title: string | undefined;
  let line: Line | undefined;
  let point: { position: Position; time: string | null; props: Props } | undefined;
  let textBuffer = '';
  let skipDepth = 0;
  let root: string | undefined;

  const error = scanXml(
    text,
    {
      open(name, attrs) {
        root ??= name;
        path.push(name);
        textBuffer = '';
        if (skipDepth || name === 'extensions') {
          skipDepth++;
          return;
        }
        if (name === 'trk' || name === 'rte') line = { props: {}, parts: [] };
        if ((name === 'trkseg' || name === 'rte') && line) line.parts.push({ coords: [], times: [] });
        if (name === 'trkpt' || name === 'rtept' || name === 'wpt') {
          const lat = Number(attrs.lat);
          const lon = Number(attrs.lon);
          point = { position: [lon, lat], time: null, props: {} };
          if (attrs.lat === undefined || attrs.lon === undefined) point.position = [NaN, NaN];
        }
        if (name === 'link' && attrs.href) (point?.props ?? line?.props ?? {}).link = attrs.href;
      },
      text(piece) {
        if (!skipDepth) textBuffer += piece;
      },
      close(name) {
        path.pop();
        if (skipDepth) {
          skipDepth--;
          return;
        }
        const value = textBuffer.trim();
        textBuffer = '';
        const parent = path[path.length - 1];
        if (point && (parent === 'trkpt' || parent === 'rtept' || parent === 'wpt')) {
          if (name === 'ele' && value && Number.isFinite(Number(value))) point.position[2] = Number(value);
          else if (name === 'time' && value) point.time = utc(value);
          else if (TEXT.has(name) && value) point.props[name] = value;
        } else if (line && (parent === 'trk' || parent === 'rte') && TEXT.has(name) && value) {
          line.props[name] = value;
        } else if (parent === 'metadata' && name === 'name' && value) title = value;
        if ((name === 'trkpt' || name === 'rtept') && point && line) {
          const part = line.parts[line.parts.length - 1];
          part?.coords.push(point.position);
          part?.times.push(point.time);
          point = undefined;
        } else if (name === 'wpt' && point) {
          const props = point.time ? { ...point.props, time: point.time } : point.props;
          points.push({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: point.position },
            properties: props,
          });
          point = undefined;
        } else if ((name === 'trk' || name === 'rte') && line) {
          lines.push(line);
          line = undefined;
        }
      },
    },
    progress,
  );
  const fail = (value: string, en: string, fr: string, frValue?: string) => ({
    error: { file, field: '', value: describeValue(value), ...expected(en, fr, frValue) },
  });
  if (error)
    return fail(
      `line ${error.line}: ${error.message.en}`,
      'well-formed GPX (XML)',
      'du GPX (XML) bien formé',
      describeValue(`ligne ${error.line} : ${error.message.fr}`),
    );
  if (root !== 'gpx') return fail(`<${root ?? ''}>`, 'a <gpx> document', 'un document <gpx>');
  const features = lines.flatMap((l) => {
    // A point-less segment is no line; a one-point segment no more (GeoJSON needs two).
    const parts = l.parts.filter((p) => p.coords.length >= 2);
    if (!parts.length) return [];
    const times = parts.map((p) => p.times);
    const hasTimes = times.some((t) => t.some((x) => x !== null));
    const props = hasTimes
      ? { ...l.props, coordinateProperties: { times: parts.length > 1 ? times : times[0] } }
      : l.props;
    const geometry =
      parts.length > 1
        ? { type: 'MultiLineString', coordinates: parts.map((p) => p.coords) }
        : { type: 'LineString', coordinates: parts[0]?.coords };
    return [{ type: 'Feature', geometry, properties: props }];
  });
  return { features: [...features, ...points], title };
}
