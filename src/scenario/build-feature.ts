import type { Geometry, LineString } from 'geojson';
import { featureProperties, type FeatureProperties } from '../model/schema';
import { checkGeometry } from './check-geometry';
import { describeValue, formatPath, type LoadError } from './load-error';
import type { MovementFeature, ScenarioFeature } from '../model/scenario';
import { buildTrack } from '../engine/track';
import type { LonLat } from '../model/geo';

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

/**
 * Validates one GeoJSON feature and turns it into the model, or reports every problem with it. Checks go
 * beyond the schema: references to sides and sources, claims, times that run backwards, per-vertex arrays.
 */
export function buildFeature(
  raw: unknown,
  index: number,
  ctx: FeatureContext,
): { feature: ScenarioFeature; errors?: undefined } | { feature?: undefined; errors: LoadError[] } {
  const at = `#${index}`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      errors: [
        {
          file: ctx.file,
          feature: at,
          field: '',
          value: describeValue(raw),
          message: 'a GeoJSON Feature object',
        },
      ],
    };
  }
  const obj = raw as Record<string, unknown>;
  const feature = featureLabel(obj, index);
  const errors: LoadError[] = [];
  const fail = (field: string, value: unknown, message: string) =>
    errors.push({ file: ctx.file, feature, field, value: describeValue(value), message });

  if (obj.type !== 'Feature') fail('type', obj.type, '"Feature"');
  const parsed = featureProperties.safeParse(obj.properties, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = formatPath(['properties', ...issue.path]);
      fail(field, issue.input, issue.message);
    }
    return { errors };
  }
  const props: FeatureProperties = parsed.data;
  const idValue = props.id ?? obj.id;
  if (typeof idValue !== 'string' && typeof idValue !== 'number')
    fail('properties.id', idValue, 'a feature id');
  const id = String(idValue);

  for (const problem of checkGeometry(obj.geometry, props.kind)) {
    fail(formatPath(['geometry', ...problem.path]), problem.value, problem.message);
  }

  const sideRef = (field: string, value: string) => {
    if (!ctx.sides.has(value))
      fail(field, value, `a side declared in scenario.json (${[...ctx.sides].join(', ')})`);
  };
  const sourceRefs = (field: string, ids: readonly string[]) =>
    ids.forEach((s, i) => {
      if (!ctx.sources.has(s)) fail(`${field}[${i}]`, s, 'a source id declared in scenario.json');
    });
  sideRef('properties.side', props.side);
  sourceRefs('properties.sources', props.sources);
  if (props.certainty === 'claimed' && !props.claimedBy)
    fail('properties.claimedBy', undefined, 'the side making the claim, since certainty is "claimed"');
  if (props.claimedBy) sideRef('properties.claimedBy', props.claimedBy);
  props.casualties?.forEach((c, i) => sourceRefs(`properties.casualties[${i}].sources`, c.sources));
  props.claims?.forEach((c, i) => {
    sideRef(`properties.claims[${i}].by`, c.by);
    sourceRefs(`properties.claims[${i}].sources`, c.sources);
  });
  props.control?.forEach((c, i) => sideRef(`properties.control[${i}].side`, c.side));
  if (props.sidcSources) sourceRefs('properties.sidcSources', props.sidcSources);

  const time = props.time ? Date.parse(props.time) : undefined;
  const start = props.start ? Date.parse(props.start) : undefined;
  const end = props.end ? Date.parse(props.end) : undefined;
  if (time !== undefined && (start !== undefined || end !== undefined))
    fail('properties.time', props.time, 'either `time` or a `start`/`end` window, not both');
  if ((start === undefined) !== (end === undefined))
    fail(
      start === undefined ? 'properties.start' : 'properties.end',
      undefined,
      'both `start` and `end` for a time window',
    );
  if (start !== undefined && end !== undefined && end < start)
    fail('properties.end', props.end, `a time not before start (${props.start})`);
  if (NEEDS_TIME.has(props.kind) && time === undefined && start === undefined)
    fail('properties.time', undefined, `a time or a start/end window for a ${props.kind}`);

  let track: MovementFeature['track'] | undefined;
  if (props.kind === 'movement' && errors.length === 0) {
    const coords = (obj.geometry as LineString).coordinates.map((p) => [p[0], p[1]] as LonLat);
    const times = props.coordTimes;
    if (!times)
      fail('properties.coordTimes', undefined, `one time per vertex (${coords.length}) for a movement`);
    else if (times.length !== coords.length)
      fail('properties.coordTimes', times.length, `${coords.length} times, one per vertex`);
    else {
      const ms = times.map((s) => Date.parse(s));
      for (let i = 1; i < ms.length; i++) {
        if ((ms[i] as number) < (ms[i - 1] as number))
          fail(
            `properties.coordTimes[${i}]`,
            times[i],
            `a time not before the previous vertex's (${times[i - 1]})`,
          );
      }
      const unc = props.coordUncertaintyKm;
      if (unc && unc.length !== coords.length)
        fail('properties.coordUncertaintyKm', unc.length, `${coords.length} values, one per vertex`);
      if (time !== undefined || start !== undefined)
        fail(
          'properties.time',
          props.time ?? props.start,
          'no time or window on a movement: its vertices carry coordTimes',
        );
      if (errors.length === 0) track = buildTrack(coords, ms);
    }
  }
  if (errors.length) return { errors };

  const control = (props.control ?? [])
    .map((c) => ({ time: Date.parse(c.time), side: c.side }))
    .sort((a, b) => a.time - b.time);
  let appears = time ?? start ?? -Infinity;
  let until = end ?? time ?? Infinity;
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
  return { feature: track ? ({ ...model, kind: 'movement', track } as MovementFeature) : model };
}
