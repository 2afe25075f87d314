import { tcx } from '@tmcw/togeojson';
import { describeValue, expected, type LoadError } from '../../scenario/load-error';
import type { XmlParser } from '../types';
import { pair } from '../../i18n/strings';

export interface TcxRead {
  features: unknown[];
}

type Position = number[];
interface Lap {
  coordinates: Position[];
  times: (string | null)[];
}

/** The lap's points and times, whether togeojson gave it one track (LineString) or several. */
function lapOf(feature: {
  geometry?: { type: string; coordinates: unknown } | null;
  properties?: unknown;
}): Lap {
  const g = feature.geometry;
  const props = (feature.properties ?? {}) as { coordinateProperties?: { times?: unknown } };
  const times = props.coordinateProperties?.times;
  // togeojson lists only the times it found, so a part with a point lacking one cannot be matched up: its
  // points keep no time rather than a neighbour's.
  const matched = (coords: Position[], t: unknown): (string | null)[] =>
    Array.isArray(t) && t.length === coords.length ? t : coords.map(() => null);
  if (g?.type === 'LineString') {
    const coordinates = g.coordinates as Position[];
    return { coordinates, times: matched(coordinates, times) };
  }
  if (g?.type === 'MultiLineString') {
    const parts = g.coordinates as Position[][];
    const partTimes: unknown[] = Array.isArray(times) ? times : [];
    return { coordinates: parts.flat(), times: parts.flatMap((p, i) => matched(p, partTimes[i])) };
  }
  return { coordinates: [], times: [] };
}

const textOf = (el: Element | undefined) => el?.textContent?.trim() ?? '';

/**
 * Garmin's Training Center XML (what Garmin Connect exports) as GeoJSON: each activity or course is one line
 * with a time per point, its laps joined in order (a lap is a split of one outing, not a separate one). The
 * activity's sport and start name it; heart rate, cadence and the like are left out.
 */
export function readTcx(file: string, text: string, parseXml: XmlParser): TcxRead | { error: LoadError } {
  const bad = (value: unknown, en: string, fr: string): { error: LoadError } => ({
    error: { file, field: '', value: describeValue(value), ...expected(en, fr) },
  });
  let doc: Document;
  try {
    doc = parseXml(text);
  } catch (e) {
    return bad((e as Error).message, ...pair('expectWellFormedTcxXml'));
  }
  const root = doc?.documentElement?.localName ?? doc?.documentElement?.nodeName;
  if (root !== 'TrainingCenterDatabase')
    return bad(
      `<${root ?? ''}>`,
      'a <TrainingCenterDatabase> document',
      'un document <TrainingCenterDatabase>',
    );

  const outings = [
    ...Array.from(doc.getElementsByTagName('Activity')),
    ...Array.from(doc.getElementsByTagName('Course')),
  ];
  const features: unknown[] = [];
  for (const outing of outings) {
    const laps = (tcx(outing as unknown as Document).features as Parameters<typeof lapOf>[0][]).map(lapOf);
    // Trackpoints without a position (a pause, an indoor stretch) are dropped with their times.
    const coordinates = laps.flatMap((l) => l.coordinates);
    const times = laps.flatMap((l) => l.times);
    if (coordinates.length < 2) continue;
    const sport = outing.getAttribute('Sport') ?? '';
    const name =
      textOf(outing.getElementsByTagName('Name')[0]) ||
      [sport, textOf(outing.getElementsByTagName('Id')[0])].filter(Boolean).join(' ');
    const hasTimes = times.some((t) => t !== null);
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates },
      properties: {
        ...(name && { name }),
        ...(sport && { sport }),
        ...(hasTimes && { coordinateProperties: { times } }),
      },
    });
  }
  return { features };
}
