import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { describeValue, said, type LoadError } from '../../scenario/load-error';
import { ui, type StringKey } from '../../i18n/strings';
import type { XmlParser } from '../types';

/**
 * @xmldom/xmldom, which runs where the importer runs (a worker has no DOMParser). Like a browser it gives
 * up on any error (a browser returns <parsererror>), and it does not log.
 */
export const xmldomParser: XmlParser = (source) =>
  new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(source, 'text/xml') as unknown as Document;

export interface KmlRead {
  features: unknown[];
  /** The Document's own name, for the scenario's title. */
  title?: string;
  /** NetworkLinks found (and not followed): their URLs. */
  networkLinks: string[];
  /** Placemarks without a position (an empty <Point>, no geometry at all): reported, not loaded. */
  unplaced: LoadError[];
}

const textOf = (el: Element | undefined | null) => el?.textContent?.trim() ?? '';

function childNamed(el: Element, name: string): Element | undefined {
  for (let c = el.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 1 && ((c as Element).localName ?? c.nodeName) === name) return c as Element;
  return undefined;
}

/**
 * KML as GeoJSON features through @tmcw/togeojson, with what togeojson does not say: NetworkLinks are
 * never fetched (the app is offline) and never turned into features, only listed; a placemark without a
 * position is reported as such; the Document's name is kept for the title.
 */
export function readKml(file: string, text: string, parseXml: XmlParser): KmlRead | { error: LoadError } {
  const bad = (value: unknown, key: StringKey): { error: LoadError } => ({
    error: { file, field: '', value: describeValue(value), ...said(key) },
  });
  let doc: Document;
  try {
    doc = parseXml(text);
  } catch {
    // The XML parser's own words stay out of the report: the file's first characters say what it holds.
    return bad(text.slice(0, 40), 'expectKml');
  }
  const parseError = doc?.getElementsByTagName?.('parsererror')[0];
  if (!doc?.documentElement || parseError) return bad(text.slice(0, 40), 'expectKml');
  const root = doc.documentElement.localName ?? doc.documentElement.nodeName;
  if (root !== 'kml') return bad(`<${root}>`, 'expectKmlRoot');

  const networkLinks: string[] = [];
  for (const link of Array.from(doc.getElementsByTagName('NetworkLink'))) {
    const target = link.getElementsByTagName('href')[0] ?? link.getElementsByTagName('Url')[0];
    networkLinks.push(textOf(target) || '(no URL)');
    link.parentNode?.removeChild(link);
  }
  const documentEl = doc.getElementsByTagName('Document')[0];
  const nameEl = documentEl && childNamed(documentEl, 'name');
  const title = textOf(nameEl) || undefined;

  let collection: { features: { geometry: unknown; properties: Record<string, unknown> | null }[] };
  try {
    collection = kml(doc) as typeof collection;
  } catch {
    return bad(text.slice(0, 40), 'expectKmlReadable');
  }
  const unplaced: LoadError[] = [];
  const features: unknown[] = [];
  collection.features.forEach((f, i) => {
    if (f.geometry) {
      features.push(f);
      return;
    }
    // Named by its place in the file too: placemark names repeat ("Walking", "Walking", …).
    const name = f.properties?.name;
    unplaced.push({
      file,
      feature: typeof name === 'string' && name.trim() ? `${name.trim()} (#${i})` : `#${i}`,
      field: 'geometry',
      value: ui('en', 'noPosition'),
      ...said('expectPlacemarkPosition', {}, 'noPosition'),
    });
  });
  return { features, title, networkLinks, unplaced };
}
