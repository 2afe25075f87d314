import type { LoadError } from '../scenario/load-error';
import type { Draft } from './draft';
import { fileTimeContext, fileTimeValues } from './feature-times';
import { normalizeContext, normalizeFeature } from './foreign-feature';
import { fileSource } from './formats/geojson';
import type { StringKey } from '../i18n/strings';
import { readGpx } from './formats/gpx';
import { readKml } from './formats/kml';
import { readTcx } from './formats/tcx';
import { tooManyFeatures } from './limits';
import { IdPool } from './text';
import type { ImportRun } from './types';

/** Features read from a GPX or KML file, in the scenario format: tracks with times move, the rest is context. */
function draftOf(
  file: string,
  raw: unknown[],
  run: ImportRun,
  what: StringKey,
  extra: Partial<Draft> = {},
): Draft | { errors: LoadError[] } {
  const tooMany = tooManyFeatures(file, raw.length, run.limits);
  if (tooMany) return { errors: [tooMany] };
  const ctx = normalizeContext(file, fileTimeContext(file, fileTimeValues(raw), run.notes), new IdPool());
  const features = raw.flatMap((f) => normalizeFeature(f, ctx));
  return {
    input: file,
    features,
    sideNames: new Map(),
    sources: ctx.usedFileSource ? [fileSource(file, ctx.fileSource, what)] : [],
    rejected: [],
    noun: 'features',
    ...extra,
  };
}

/**
 * GPX: tracks and routes with a time on every point become movements (side `unknown`, certainty
 * `reported`, citing the file); those without, and waypoints without a time, are context.
 */
export function gpxToDraft(file: string, text: string, run: ImportRun): Draft | { errors: LoadError[] } {
  const read = readGpx(file, text, (offset) =>
    run.progress({ phase: 'reading', file, done: offset, total: text.length, unit: 'bytes' }),
  );
  if ('error' in read) return { errors: [read.error] };
  return draftOf(file, read.features, run, 'reportedGpsTracks', read.title ? { title: read.title } : {});
}

/** KML (or the KML inside a KMZ): like GPX, plus what KML adds, see readKml. */
export function kmlToDraft(file: string, text: string, run: ImportRun): Draft | { errors: LoadError[] } {
  const read = readKml(file, text, run.parseXml);
  if ('error' in read) return { errors: [read.error] };
  for (const url of read.networkLinks) run.notes.add(file, 'noteNetworkLink', { url }, { group: url });
  const draft = draftOf(file, read.features, run, 'reportedTracks', read.title ? { title: read.title } : {});
  if ('errors' in draft) return draft;
  for (const e of read.unplaced) draft.rejected.push(e);
  return draft;
}

/** TCX (Garmin Training Center): each activity or course a movement, like a GPX track. */
export function tcxToDraft(file: string, text: string, run: ImportRun): Draft | { errors: LoadError[] } {
  const read = readTcx(file, text, run.parseXml);
  if ('error' in read) return { errors: [read.error] };
  return draftOf(file, read.features, run, 'reportedGpsActivities');
}
