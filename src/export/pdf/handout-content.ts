import type { Geometry, Position } from 'geojson';
import { frameAt } from '../../frame/frame-at';
import { localize, type Lang } from '../../i18n/localize';
import { ui } from '../../i18n/strings';
import type { Chapter, Scenario, ScenarioFeature } from '../../model/scenario';
import type { SourceSpec } from '../../model/schema';
import { formatDate, formatDateTime } from '../../time/format-time';

type Bounds = { west: number; south: number; east: number; north: number };

/** "14 November 2023, 12:00 GMT (UTC: 14 November 2023, 12:00 UTC)": the scenario's zone, then UTC. */
export function momentLine(scenario: Scenario, t: number, lang: Lang): string {
  const utc = formatDateTime(t, 'UTC', lang).replace(/GMT$/, 'UTC');
  return ui(lang, 'handoutMoment', { local: formatDateTime(t, scenario.timeZone, lang), utc });
}

function eachPosition(g: Geometry, visit: (p: Position) => void): void {
  switch (g.type) {
    case 'Point':
      return visit(g.coordinates);
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates.forEach(visit);
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.forEach((l) => l.forEach(visit));
    case 'MultiPolygon':
      return g.coordinates.forEach((p) => p.forEach((l) => l.forEach(visit)));
    case 'GeometryCollection':
      return g.geometries.forEach((c) => eachPosition(c, visit));
  }
}

function touches(f: ScenarioFeature, b: Bounds): boolean {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  eachPosition(f.geometry, ([x, y]) => {
    [w, s, e, n] = [Math.min(w, x!), Math.min(s, y!), Math.max(e, x!), Math.max(n, y!)];
  });
  return w <= b.east && e >= b.west && s <= b.north && n >= b.south;
}

/** The features on the map at t within the bounds: what a page shows, so what it must cite. */
export function featuresShown(scenario: Scenario, t: number, bounds: Bounds): ScenarioFeature[] {
  const frame = frameAt(scenario, t);
  const shown = [...frame.movements, ...frame.events, ...frame.places].map((s) => s.feature);
  return shown.filter((f) => touches(f, bounds));
}

/** The sources those features cite, in the scenario's order. */
export function sourcesCited(scenario: Scenario, features: readonly ScenarioFeature[]): SourceSpec[] {
  const ids = new Set(features.flatMap((f) => f.props.sources));
  return scenario.sources.filter((s) => ids.has(s.id));
}

/** "Publisher, title (date)": a citation short enough for the margin of a map. */
export function citation(s: SourceSpec): string {
  return `${s.publisher}, ${s.title} (${s.date})`;
}

/** The latest date among the sources (YYYY, YYYY-MM or YYYY-MM-DD, compared as written), or undefined. */
export function latestDate(sources: readonly SourceSpec[]): string | undefined {
  return sources.map((s) => s.date).sort((a, b) => b.localeCompare(a))[0];
}

/**
 * What changed on the map during a chapter, from its frames at start and end: places that changed hands,
 * then the movements and dated facts that began within it, in time order.
 */
export function changesDuring(scenario: Scenario, chapter: Chapter, lang: Lang): string[] {
  const before = frameAt(scenario, chapter.start);
  const after = frameAt(scenario, chapter.end);
  const side = (id: string | undefined) => {
    const s = id === undefined ? undefined : scenario.sideById.get(id);
    return s ? localize(s.shortName ?? s.name, lang) : (id ?? ui(lang, 'handoutUnheld'));
  };
  const held = new Map(before.places.map((p) => [p.feature.id, p.controller]));
  const control = after.places
    .filter((p) => p.controller !== undefined && held.get(p.feature.id) !== p.controller)
    .map((p) =>
      ui(lang, 'handoutControl', {
        place: localize(p.feature.props.label, lang),
        from: side(held.get(p.feature.id)),
        to: side(p.controller),
      }),
    );
  const began = [...after.movements.map((m) => m.feature), ...after.events.map((e) => e.feature)]
    .filter((f) => f.appears >= chapter.start && f.appears <= chapter.end)
    .sort((a, b) => a.appears - b.appears || a.id.localeCompare(b.id))
    .map((f) => {
      const label = localize(f.props.label, lang);
      const when = formatDate(f.appears, scenario.timeZone, lang);
      return f.kind === 'movement' ? ui(lang, 'handoutMoved', { label }) : `${label} (${when})`;
    });
  return [...control, ...began];
}

/** "18°24′N" for the statement of where the scale is true. */
export function latitudeLabel(lat: number): string {
  const minutes = Math.round(Math.abs(lat) * 60);
  return `${Math.floor(minutes / 60)}°${String(minutes % 60).padStart(2, '0')}′${lat >= 0 ? 'N' : 'S'}`;
}
