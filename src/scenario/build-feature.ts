import type { Geometry, LineString } from 'geojson';
import {
  featureProperties,
  localizedText,
  type FeatureProperties,
  type LocalizedText,
} from '../model/schema';
import { checkGeometry } from './check-geometry';
import { describeValue, expected, formatPath, type LoadError } from './load-error';
import type { MovementFeature, ScenarioFeature } from '../model/scenario';
import { buildTrack } from '../frame/track';
import { lineDetail } from '../frame/simplify-line';
import type { LonLat } from '../model/geo';
import { schemaProblems } from './schema-issues';
import { repairProperties } from './repair-properties';
import { pair } from '../i18n/strings';

/** What a feature may refer to: the ids the manifest declares. */
export interface FeatureContext {
  file: string;
  sides: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

const NEEDS_TIME = new Set(['event', 'strike', 'clash']);

function featureLabel(raw: Record<string, unknown>, index: number): string {
  const props = raw.properties as Record<string, unknown> | null | undefined;
  const id = props?.id ?? raw.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : `#${index}`;
}

type Built =
  | { feature: ScenarioFeature; errors?: undefined; drawable?: undefined }
  | {
      feature?: undefined;
      errors: LoadError[];
      /**
       * The feature as it can still be drawn despite its problems (a claim without a claimant, a side or source
       * not declared, a label missing), or undefined when it cannot be drawn at all (no valid geometry, no
       * kind, a movement without times). A strict loader refuses it; an import or the editor draws it and
       * lists the problems.
       */
      drawable?: ScenarioFeature;
    };

/** The feature's label when it has a usable one, to name it in problems ("Movement 1" rather than an id). */
function nameOf(raw: unknown): LocalizedText | undefined {
  const label = (raw as { properties?: { label?: unknown } } | null)?.properties?.label;
  const parsed = localizedText.safeParse(label);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Validates one GeoJSON feature and turns it into the model, or reports every problem with it. Checks go
 * beyond the schema: references to sides and sources, claims, times that run backwards, per-vertex arrays.
 * Each problem carries the feature's name when it has one.
 */
export function buildFeature(raw: unknown, index: number, ctx: FeatureContext): Built {
  const built = checkFeature(raw, index, ctx);
  const name = built.errors && nameOf(raw);
  return name ? { ...built, errors: built.errors!.map((e) => ({ ...e, name })) } : built;
}

function checkFeature(raw: unknown, index: number, ctx: FeatureContext): Built {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      errors: [
        {
          file: ctx.file,
          feature: `#${index}`,
          field: '',
          value: describeValue(raw),
          ...expected(...pair('expectGeojsonFeatureObject')),
        },
      ],
    };
  }
  const obj = raw as Record<string, unknown>;
  const feature = featureLabel(obj, index);
  const errors: LoadError[] = [];
  // Set by a problem that leaves nothing to draw; any other problem is listed with the feature drawn.
  let undrawable = false;
  let repaired: ReadonlySet<string> = new Set();
  const fail = (field: string, value: unknown, en: string, fr: string) => {
    // A field stood in for (see repairProperties) has its problem listed already.
    if (repaired.has(field.split(/[.[]/)[1] ?? '')) return;
    errors.push({ file: ctx.file, feature, field, value: describeValue(value), ...expected(en, fr) });
  };

  if (obj.type !== 'Feature') fail('type', obj.type, '"Feature"', '"Feature"');
  const parsed = featureProperties.safeParse(obj.properties, { reportInput: true });
  let props: FeatureProperties;
  if (parsed.success) props = parsed.data;
  else {
    errors.push(...schemaProblems(parsed.error, ['properties'], { file: ctx.file, feature }));
    const fixed = repairProperties(obj.properties, parsed.error, feature);
    if (!fixed) return { errors };
    props = fixed;
    repaired = new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')));
  }
  const idValue = props.id ?? obj.id;
  if (typeof idValue !== 'string' && typeof idValue !== 'number')
    fail('properties.id', idValue, ...pair('expectFeatureId'));
  const id = typeof idValue === 'string' || typeof idValue === 'number' ? String(idValue) : feature;

  for (const problem of checkGeometry(obj.geometry, props.kind)) {
    undrawable = true;
    errors.push({
      file: ctx.file,
      feature,
      field: formatPath(['geometry', ...problem.path]),
      value: describeValue(problem.value),
      message: problem.message,
      fr: problem.fr,
    });
  }

  checkReferences(props, ctx, fail);
  const time = props.time ? Date.parse(props.time) : undefined;
  const start = props.start ? Date.parse(props.start) : undefined;
  const end = props.end ? Date.parse(props.end) : undefined;
  if (time !== undefined && (start !== undefined || end !== undefined))
    fail('properties.time', props.time, ...pair('expectEitherTimeStartEnd'));
  if ((start === undefined) !== (end === undefined))
    fail(
      start === undefined ? 'properties.start' : 'properties.end',
      undefined,
      ...pair('expectBothStartEndTime'),
    );
  if (start !== undefined && end !== undefined && end < start)
    fail('properties.end', props.end, ...pair('expectTimeNotBeforeStart', { start: String(props.start) }));
  if (NEEDS_TIME.has(props.kind) && time === undefined && start === undefined)
    fail('properties.time', undefined, ...pair('expectTimeStartEndWindow', { kind: props.kind }));
  if (props.kind !== 'movement' && props.coordTimes !== undefined)
    fail('properties.coordTimes', props.coordTimes.length, ...pair('expectCoordtimesOnlyOnMovement'));

  const track =
    props.kind === 'movement' && !undrawable
      ? movementTrack(obj.geometry as LineString, props, time ?? start, fail)
      : undefined;
  // A movement is drawn along its times: without them there is nothing to move.
  if (undrawable || (props.kind === 'movement' && !track)) return { errors };

  const control = (props.control ?? [])
    .map((c) => ({ time: Date.parse(c.time), side: c.side }))
    .sort((a, b) => a.time - b.time);
  let appears = time ?? start ?? -Infinity;
  // Context shown at a time stays from then on; other instants last their instant.
  let until = end ?? (props.kind === 'context' ? Infinity : (time ?? Infinity));
  if (track) {
    appears = track.times[0] as number;
    until = track.times[track.times.length - 1] as number;
  }
  const model: ScenarioFeature = {
    id,
    kind: props.kind,
    file: ctx.file,
    geometry: obj.geometry as Geometry,
    props,
    appears,
    until,
    windowed: start !== undefined,
    control,
  };
  // Context lines are ranked for drawing at each zoom's detail once, here: in the worker for an import.
  if (props.kind === 'context') model.detail = lineDetail(model.geometry);
  const built = track ? ({ ...model, kind: 'movement', track } as MovementFeature) : model;
  return errors.length ? { errors, drawable: built } : { feature: built };
}

type Fail = (field: string, value: unknown, en: string, fr: string) => void;

function checkReferences(props: FeatureProperties, ctx: FeatureContext, fail: Fail): void {
  const sideRef = (field: string, value: string) => {
    if (!ctx.sides.has(value)) {
      const list = [...ctx.sides].join(', ');
      fail(field, value, ...pair('expectSideDeclaredScenarioJson', { list }));
    }
  };
  const sourceRefs = (field: string, ids: readonly string[]) =>
    ids.forEach((s, i) => {
      if (!ctx.sources.has(s)) fail(`${field}[${i}]`, s, ...pair('expectSourceIdDeclaredScenario'));
    });
  sideRef('properties.side', props.side);
  sourceRefs('properties.sources', props.sources);
  if (props.certainty === 'claimed' && !props.claimedBy)
    fail('properties.claimedBy', undefined, ...pair('expectSideMakingClaimSince'));
  if (props.claimedBy) sideRef('properties.claimedBy', props.claimedBy);
  props.casualties?.forEach((c, i) => sourceRefs(`properties.casualties[${i}].sources`, c.sources));
  props.claims?.forEach((c, i) => {
    sideRef(`properties.claims[${i}].by`, c.by);
    sourceRefs(`properties.claims[${i}].sources`, c.sources);
  });
  props.control?.forEach((c, i) => sideRef(`properties.control[${i}].side`, c.side));
  if (props.sidcSources) sourceRefs('properties.sidcSources', props.sidcSources);
}

function movementTrack(
  geometry: LineString,
  props: FeatureProperties,
  timeOrStart: number | undefined,
  fail: Fail,
): MovementFeature['track'] | undefined {
  const coords = geometry.coordinates.map((p) => [p[0], p[1]] as LonLat);
  const times = props.coordTimes;
  const n = coords.length;
  if (!times) {
    fail('properties.coordTimes', undefined, ...pair('expectTimePerVertexMovement', { n }));
    return undefined;
  }
  if (times.length !== n) {
    fail('properties.coordTimes', times.length, ...pair('expectTimesPerVertex', { n }));
    return undefined;
  }
  const ms = times.map((s) => Date.parse(s));
  let ok = true;
  for (let i = 1; i < ms.length; i++) {
    if ((ms[i] as number) < (ms[i - 1] as number)) {
      ok = false;
      fail(
        `properties.coordTimes[${i}]`,
        times[i],
        ...pair('expectTimeNotBeforePrevious', { previous: String(times[i - 1]) }),
      );
    }
  }
  const unc = props.coordUncertaintyKm;
  if (unc && unc.length !== n) {
    ok = false;
    fail('properties.coordUncertaintyKm', unc.length, ...pair('expectValuesPerVertex', { n }));
  }
  if (timeOrStart !== undefined) {
    ok = false;
    fail('properties.time', props.time ?? props.start, ...pair('expectNoTimeWindowOn'));
  }
  return ok ? buildTrack(coords, ms) : undefined;
}
