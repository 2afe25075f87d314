import { gpx, kml } from '@tmcw/togeojson';
import { describeValue, type LoadError } from '../scenario/load-error';
import type { Draft } from './draft';
import { normalizeFeature } from './foreign-feature';
import { fileSource, normalizeContext } from './geojson';
import { tooManyFeatures, type Limits } from './limits';

export type XmlParser = (text: string) => Document;

/** The browser's own parser; undefined where there is none (node, where tests pass @xmldom/xmldom). */
export function defaultXmlParser(): XmlParser | undefined {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  return Parser ? (text) => new Parser().parseFromString(text, 'text/xml') : undefined;
}

function parse(file: string, text: string, format: 'gpx' | 'kml', parseXml: XmlParser): Document | LoadError {
  const bad = (value: unknown, message: string): LoadError => ({
    file,
    field: '',
    value: describeValue(value),
    message,
  });
  let doc: Document;
  try {
    doc = parseXml(text);
  } catch (e) {
    return bad((e as Error).message, `well-formed ${format.toUpperCase()} (XML)`);
  }
  // Browsers do not throw: they return a document holding a <parsererror> element instead.
  const error = doc?.getElementsByTagName?.('parsererror')[0];
  if (!doc?.documentElement || error)
    return bad(error?.textContent ?? text.slice(0, 40), `well-formed ${format.toUpperCase()} (XML)`);
  const root = doc.documentElement.localName ?? doc.documentElement.nodeName;
  if (root !== format) return bad(`<${root}>`, `a <${format}> document`);
  return doc;
}

const NO_TIMES =
  'a time on every point (<time> in GPX <trkpt>, <when> in a KML gx:Track), so the track can be animated; ' +
  'this one has none';

/**
 * KML or GPX: tracks with per-point times become movements (side `unknown`, certainty `reported`, citing the
 * file), points become places. Tracks without times cannot move on the timeline and are rejected.
 */
export function tracksToDraft(
  file: string,
  text: string,
  format: 'gpx' | 'kml',
  parseXml: XmlParser,
  limits: Limits,
): Draft | { errors: LoadError[] } {
  const doc = parse(file, text, format, parseXml);
  if (!('documentElement' in doc)) return { errors: [doc] };
  let collection: { features: unknown[] };
  try {
    collection = format === 'gpx' ? gpx(doc) : kml(doc);
  } catch (e) {
    return {
      errors: [
        {
          file,
          field: '',
          value: describeValue((e as Error).message),
          message: `a readable ${format.toUpperCase()} file`,
        },
      ],
    };
  }
  const tooMany = tooManyFeatures(file, collection.features.length, limits);
  if (tooMany) return { errors: [tooMany] };
  const ctx = normalizeContext(file, { assumeUtc: format === 'gpx' });
  const draft: Draft = {
    input: file,
    features: [],
    sideNames: new Map(),
    sources: [],
    rejected: [],
    noun: 'features',
  };
  for (const raw of collection.features) {
    const props = (raw as { properties?: Record<string, unknown> | null }).properties;
    // togeojson copies the first <time> below a <trk> or <rte> (a point's) onto the track; the movement's
    // times are its coordTimes, and the loader rightly refuses both.
    if (props && (props._gpxType === 'trk' || props._gpxType === 'rte')) delete props.time;
    for (const f of normalizeFeature(raw, ctx)) {
      const { geometry, properties: p } = f as {
        geometry?: { type?: string; coordinates?: unknown[] };
        properties: Record<string, unknown>;
      };
      if (p.kind === 'movement' && geometry?.type === 'LineString') {
        const points = geometry.coordinates?.length ?? 0;
        const times = Array.isArray(p.coordTimes) ? p.coordTimes.length : 0;
        if (times !== points) {
          draft.rejected.push({
            file,
            feature: String(p.id),
            field: 'properties.coordTimes',
            value: `${times} times for ${points} points`,
            message: times ? `a time on every point (${points})` : NO_TIMES,
          });
          continue;
        }
      }
      draft.features.push(f);
    }
  }
  if (ctx.usedFileSource)
    draft.sources.push(fileSource(file, ctx.fileSource, format === 'gpx' ? 'GPS tracks' : 'Tracks'));
  return draft;
}
