import type { Geometry, Position } from 'geojson';
import type { Lang } from '../i18n/localize';
import type { Scenario, ScenarioFeature } from '../model/scenario';
import { describe, ExportNotes, fileNameOf, iso, sideName, text, timesOf, type DataExport } from './shared';

/** Twice the signed area of a ring in lon/lat: positive when counterclockwise. */
function signedArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a +=
      ((ring[j]![0] as number) - (ring[i]![0] as number)) *
      ((ring[j]![1] as number) + (ring[i]![1] as number));
  return a;
}

/** RFC 7946 §3.1.6: exterior rings counterclockwise, holes clockwise. */
function rewindRings(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const ccw = signedArea(ring) > 0;
    return ccw === (i === 0) ? ring : [...ring].reverse();
  });
}

export function rightHanded(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { ...g, coordinates: rewindRings(g.coordinates) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map(rewindRings) };
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(rightHanded) };
  return g;
}

/** One feature as GeoJSON: the scenario format's own properties (so Sandtable reads it back as it was),
 * its times as the format writes them (a movement's per-vertex `coordTimes`), and a `name`, `sideName`
 * and plain `description` for GIS tools that show strings only. */
export function featureJson(scenario: Scenario, f: ScenarioFeature, lang: Lang) {
  const { time: _t, start: _s, end: _e, coordTimes: _c, ...rest } = f.props;
  const times =
    f.kind === 'movement' && 'track' in f
      ? { coordTimes: Array.from((f as { track: { times: Float64Array } }).track.times, iso) }
      : timesOf(f);
  return {
    type: 'Feature' as const,
    geometry: rightHanded(f.geometry),
    properties: {
      ...rest,
      id: f.id,
      ...times,
      name: text(f.props.label, lang),
      sideName: sideName(scenario, f.props.side, lang),
      description: describe(scenario, f, lang),
    },
  };
}

/**
 * The scenario as one RFC 7946 FeatureCollection: longitude/latitude in WGS 84, right-hand rings, every
 * feature with its times. Chapters, the sides' colours and the sources' details have no place in GeoJSON:
 * sources are written out in each description, and the note says the rest.
 */
export function exportGeoJson(scenario: Scenario, lang: Lang = 'en'): DataExport {
  const notes = new ExportNotes();
  if (scenario.chapters.length) notes.add('noteDataChapters', { count: scenario.chapters.length });
  notes.add('noteDataCertainty');
  const features = scenario.features.map((f) => featureJson(scenario, f, lang));
  const data = `{"type":"FeatureCollection","name":${JSON.stringify(text(scenario.title, lang))},"features":[\n${features
    .map((f) => JSON.stringify(f))
    .join(',\n')}\n]}\n`;
  return {
    data,
    mime: 'application/geo+json',
    fileName: fileNameOf(scenario, 'geojson'),
    notes: notes.render(lang),
  };
}
