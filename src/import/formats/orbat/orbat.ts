import { describeValue, expected, type LoadError } from '../../../scenario/load-error';
import { isTimeZone } from '../../../scenario/load';
import type { Draft } from '../../draft';
import { fileSource } from '../geojson';
import { overlayFeatures } from './orbat-overlays';
import { eventChapters, orbatEvents } from './orbat-events';
import { isPosition, positionOnPaths, unitPaths, type UnitPath } from './orbat-units';
import { IdPool, slugify, stem } from '../../text';
import { normalizeOrbatTimes } from './orbat-time';
import { sideColour, unitFeature, unitProps, unitsOf } from './orbat-unit-features';
import { isoOf } from '../time-formats';
import type { ImportRun } from '../../types';
import { extendBBox, fitView, type BBox } from '../../view-fit';
import { pair } from '../../../i18n/strings';

type Props = Record<string, unknown>;

/** True for a document ORBAT Mapper saved (plain or encrypted). */
export function isOrbatMapper(doc: unknown): boolean {
  const type = (doc as { type?: unknown } | null)?.type;
  return type === 'ORBAT-mapper' || type === 'ORBAT-mapper-encrypted';
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const isTime = (t: unknown): t is number => typeof t === 'number' && Number.isFinite(t);

/**
 * An ORBAT Mapper scenario: each unit's states become its movement (through its `via` points), with its
 * SIDC kept for symbology; titled unit states and located scenario events become timed events; overlay
 * geometries become context shown over their visibility window. ORBAT Mapper records no uncertainty, so
 * everything is "reported", and the report says so. The events can also be the scenario's chapters.
 */
export function orbatToDraft(file: string, doc: Props, run: ImportRun): Draft | { errors: LoadError[] } {
  if (doc.type === 'ORBAT-mapper-encrypted')
    return {
      errors: [
        {
          file,
          field: 'type',
          value: describeValue(doc.type),
          ...expected(...pair('expectOrbatMapperScenarioSaved')),
        },
      ],
    };
  // Times as the files write them (ISO strings with offsets, or numbers) become epoch ms once, here.
  const zone = typeof doc.timeZone === 'string' && isTimeZone(doc.timeZone) ? doc.timeZone : 'UTC';
  normalizeOrbatTimes(doc, zone, (example) => run.notes.add(file, 'noteZone', { example, zone }));
  const sourceId = slugify(stem(file), 'orbat');
  const base = { sources: [sourceId], certainty: 'reported' };
  const ids = new IdPool();
  const sidePool = new IdPool();
  const draft: Draft = {
    input: file,
    features: [],
    sideNames: new Map(),
    sideColors: new Map(),
    sources: [fileSource(file, sourceId, 'reportedOrbat')],
    rejected: [],
    noun: 'features',
    title: str(doc.name),
    description: str(doc.description),
    timeZone: str(doc.timeZone),
  };
  const startTime = isTime(doc.startTime) ? doc.startTime : undefined;
  const paths = new Map<string, UnitPath[]>();
  const times: number[] = startTime === undefined ? [] : [startTime];
  // The scenario's own start opens its time range, even before the first unit moves.
  if (startTime !== undefined) draft.rangeTimes = [startTime];
  let unlocated = 0;
  let firstUnlocated: string | undefined;
  let leaving = 0;

  for (const side of Array.isArray(doc.sides) ? (doc.sides as Props[]) : []) {
    const sideId = sidePool.take(slugify(str(side?.name) ?? 'side', 'side'));
    draft.sideNames.set(sideId, str(side?.name) ?? sideId);
    const colour = sideColour(side ?? {}, draft.sideColors?.values() ?? []);
    if (colour) draft.sideColors?.set(sideId, colour);
    for (const unit of unitsOf(side ?? {})) {
      const name = str(unit.name) ?? 'Unit';
      const id = ids.take(slugify(name, 'unit'));
      const unitPathList = unitPaths(unit, startTime);
      if (typeof unit.id === 'string') paths.set(unit.id, unitPathList);
      for (const p of unitPathList) for (const t of p.times) times.push(t);
      const props = unitProps(unit, { ...base, id, side: sideId, label: name });
      if (unitPathList.some((p) => p.leaves)) leaving++;
      // A unit withdrawn (`location: null`) and back later is one feature per stretch on the map.
      unitPathList.forEach((path, i) => {
        const pid = i === 0 ? id : ids.take(`${id}-${i + 1}`);
        draft.features.push(unitFeature({ ...props, id: pid }, path));
      });
      if (!unitPathList.length) {
        unlocated++;
        firstUnlocated ??= name;
      }
      for (const s of Array.isArray(unit.state) ? (unit.state as Props[]) : []) {
        const title = str(s?.title);
        if (!title || !isTime(s.t)) continue;
        const at = isPosition(s.location) ? s.location : positionOnPaths(unitPathList, s.t);
        if (!at) continue;
        draft.features.push(
          eventFeature(ids.take(`${id}-${slugify(title, 'event')}`), sideId, title, s, at, s.t, base),
        );
      }
    }
  }

  // Loops, not Math.min(...times): a spread of 100,000 arguments overflows the stack.
  let earliest = Infinity;
  let lastTime = -Infinity;
  for (const t of times) [earliest, lastTime] = [Math.min(earliest, t), Math.max(lastTime, t)];
  const events = orbatEvents(doc, paths);
  for (const e of events) {
    if (e.at)
      draft.features.push(
        eventFeature(ids.take(slugify(e.title, 'event')), 'unknown', e.title, e.raw, e.at, e.t, base),
      );
    else run.notes.add(file, 'noteOrbatUnplaced', { title: e.title });
    lastTime = Math.max(lastTime, e.t);
  }
  const overlays = overlayFeatures(
    doc,
    file,
    run.notes,
    ids,
    { ...base, side: 'unknown' },
    Number.isFinite(earliest) ? earliest : 0,
  );
  draft.features.push(...overlays);
  // A pure order of battle (no unit placed, nothing drawn): say that, not just "no feature".
  if (!draft.features.length)
    return {
      errors: [
        {
          file,
          field: 'sides',
          value: pair('saidOrbatUnplaced', { count: unlocated })[0],
          ...expected(...pair('expectOrbatPlaced'), pair('saidOrbatUnplaced', { count: unlocated })[1]),
        },
      ],
    };
  if (unlocated)
    run.notes.add(file, 'noteOrbatUnlocated', { name: firstUnlocated ?? '' }, { count: unlocated });
  if (leaving) run.notes.add(file, 'noteOrbatLeaves', {}, { count: leaving });
  // ORBAT Mapper falls back to UTC on a zone it does not know; Sandtable does too, and says so.
  if (draft.timeZone && !isTimeZone(draft.timeZone))
    run.notes.add(file, 'noteOrbatZone', { zone: draft.timeZone });
  run.notes.add(file, 'noteOrbatCertainty');
  let bbox: BBox | undefined;
  for (const f of draft.features) bbox = extendBBox(bbox, (f as { geometry: unknown }).geometry);
  const chapters = eventChapters(events, lastTime, fitView(bbox), ids);
  if (chapters.length) {
    if (run.eventsAsChapters) draft.chapters = chapters;
    else draft.chapterOffer = chapters;
  }
  return draft;
}

function eventFeature(
  id: string,
  side: string,
  title: string,
  e: Props,
  at: number[],
  t: number,
  base: Props,
): unknown {
  const note = [str(e.subTitle), str(e.description)].filter(Boolean).join('\n\n');
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [at[0], at[1]] },
    properties: { ...base, id, kind: 'event', side, label: title, ...(note ? { note } : {}), time: isoOf(t) },
  };
}
