import type { Manifest } from '../model/schema';
import type { Chapter, MovementFeature, Scenario, ScenarioFeature } from '../model/scenario';
import { packTracks } from '../frame/packed-tracks';
import { featureExtent, fitExtent } from '../model/extent';
import { describeValue, expected, type LoadError } from './load-error';
import { pair } from '../i18n/strings';

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; errors: LoadError[] };

export const idTaken = (where: string) => expected(...pair('expectIdNotAlreadyUsed', { where }));

const PACE_UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "6h/s" → scenario ms per real second. The schema has already checked the form. */
export function parsePace(pace: string): number {
  const unit = pace.at(-3) ?? 'h';
  return Number(pace.slice(0, -3)) * (PACE_UNIT_MS[unit] ?? 3_600_000);
}

export function buildChapters(m: Pick<Manifest, 'chapters'>): Chapter[] {
  return (m.chapters ?? []).map((c) => ({
    id: c.id,
    title: c.title,
    caption: c.caption,
    start: Date.parse(c.start),
    end: Date.parse(c.end),
    camera: c.camera,
    pace: c.pace === undefined ? undefined : parsePace(c.pace),
  }));
}

/**
 * The model `frameAt` reads, from a checked manifest and features each built by `buildFeature`: the last
 * step of `loadScenario`, which an import that has built its features already takes directly rather than
 * writing them out and reading them back. Ids must be unique across files.
 */
export function assembleScenario(m: Manifest, features: ScenarioFeature[]): LoadResult {
  const errors: LoadError[] = [];
  const byId = new Map<string, ScenarioFeature>();
  for (const f of features) {
    const other = byId.get(f.id);
    if (other)
      errors.push({
        file: f.file,
        feature: f.id,
        field: 'properties.id',
        value: describeValue(f.id),
        ...idTaken(other.file),
      });
    byId.set(f.id, f);
  }
  if (errors.length) return { ok: false, errors };

  const start = Date.parse(m.timeRange.start);
  // No view of its own: the scenario opens framed on all its features (scene/framing.ts).
  const extent = m.defaultView ? undefined : featureExtent(features.map((f) => f.geometry));
  const movements = features.filter((f): f is MovementFeature => f.kind === 'movement');
  const scenario: Scenario = {
    id: m.id,
    title: m.title,
    description: m.description,
    timeZone: m.timeZone,
    start,
    end: Date.parse(m.timeRange.end),
    initialTime: m.initialTime ? Date.parse(m.initialTime) : start,
    defaultView: m.defaultView ?? fitExtent(extent, { width: 1920, height: 1080 }),
    ...(!m.defaultView && extent && { featureExtent: extent }),
    sides: m.sides,
    sideById: new Map(m.sides.map((s) => [s.id, s])),
    sources: m.sources,
    sourceById: new Map(m.sources.map((s) => [s.id, s])),
    features,
    movements,
    packed: packTracks(movements.map((f) => f.track)),
    timed: features
      .filter((f) => f.kind !== 'movement' && f.kind !== 'context')
      .sort((a, b) => a.appears - b.appears),
    context: features.filter((f) => f.kind === 'context'),
    chapters: buildChapters(m),
    perspective: m.perspective,
  };
  return { ok: true, scenario };
}
