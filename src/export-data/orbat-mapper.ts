import type { Lang } from '../i18n/localize';
import type { MovementFeature, Scenario, ScenarioFeature } from '../model/scenario';
import { affiliationOf } from '../symbols/affiliation';
import { withAffiliation } from '../symbols/sidc';
import { rightHanded } from './geojson';
import { describe, ExportNotes, fileNameOf, iso, text, uncertain, type DataExport } from './shared';

// An ORBAT Mapper scenario as its current release saves one (version 3.4.0: sides → groups → units with
// `sidc` and time-stamped `state[]`, scenario `events[]` with `where`, overlays in `layerStack`), times as ISO
// strings. Written from ORBAT Mapper's published type definitions; Sandtable's importer reads it back.

const VERSION = '3.4.0';
/** ORBAT Mapper needs a symbol for every unit: a land unit of no particular type, for those without one. */
const GENERIC_SIDC = '10041000001100000000';
const IDENTITY = { friend: '3', hostile: '6', neutral: '4', unknown: '1', side: '4' } as const;
const EVENT_KINDS = new Set(['event', 'strike', 'clash']);

function unitOf(scenario: Scenario, f: ScenarioFeature, lang: Lang, notes: ExportNotes) {
  const affiliation = affiliationOf(scenario, f.props.side);
  if (!f.props.sidc) notes.add('noteDataNoSymbol', { count: 1 });
  const sidc = withAffiliation(f.props.sidc ?? GENERIC_SIDC, affiliation);
  const state: Record<string, unknown>[] = [];
  if (f.kind === 'movement') {
    const { track } = f as MovementFeature;
    track.coords.forEach((p, i) =>
      state.push({ id: `${f.id}-${i}`, t: iso(track.times[i] as number), location: [p[0], p[1]] }),
    );
  }
  // A symbol change is a state of its own, carrying only the new symbol (as ORBAT Mapper writes one).
  for (const [i, c] of (f.props.sidcChanges ?? []).entries())
    state.push({ id: `${f.id}-sidc-${i}`, t: c.time, sidc: withAffiliation(c.sidc, affiliation) });
  state.sort((a, b) => Date.parse(a.t as string) - Date.parse(b.t as string));
  const unit: Record<string, unknown> = {
    id: f.id,
    name: text(f.props.label, lang),
    sidc,
    ...(f.props.mapLabel ? { shortName: text(f.props.mapLabel, lang) } : {}),
    description: describe(scenario, f, lang),
    subUnits: [],
    state,
  };
  if (f.kind !== 'movement' && f.geometry.type === 'Point') {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    // A place that appears at a time is placed by a state then; a timeless one has its own location.
    if (Number.isFinite(f.appears))
      state.unshift({ id: `${f.id}-0`, t: iso(f.appears), location: [lon, lat] });
    else unit.location = [lon, lat];
  }
  return unit;
}

function overlayItem(scenario: Scenario, f: ScenarioFeature, lang: Lang) {
  return {
    id: f.id,
    kind: 'geometry',
    name: text(f.props.label, lang),
    description: describe(scenario, f, lang),
    geometry: rightHanded(f.geometry),
    geometryMeta: { geometryKind: f.geometry.type },
    style: {},
    ...(Number.isFinite(f.appears) ? { visibleFromT: iso(f.appears) } : {}),
    ...(Number.isFinite(f.until) && f.until !== f.appears ? { visibleUntilT: iso(f.until) } : {}),
  };
}

export function exportOrbatMapper(scenario: Scenario, lang: Lang = 'en'): DataExport {
  const notes = new ExportNotes();
  notes.add('noteDataSidesOrbat');
  notes.add('noteDataCertainty');
  const bySide = new Map<string, unknown[]>();
  const events: unknown[] = [];
  const overlays: unknown[] = [];
  let uncertainCount = 0;
  for (const f of scenario.features) {
    if (uncertain(f)) uncertainCount++;
    if (EVENT_KINDS.has(f.kind)) {
      events.push({
        id: f.id,
        title: text(f.props.label, lang),
        startTime: iso(f.appears),
        description: describe(scenario, f, lang),
        where: { type: 'geometry', geometry: rightHanded(f.geometry) },
      });
    } else if (f.kind === 'movement' || (f.props.sidc && f.geometry.type === 'Point')) {
      const list = bySide.get(f.props.side) ?? [];
      list.push(unitOf(scenario, f, lang, notes));
      bySide.set(f.props.side, list);
    } else {
      overlays.push(overlayItem(scenario, f, lang));
      notes.add('noteDataPlacesOrbat', { count: 1 });
    }
  }
  if (uncertainCount) notes.add('noteDataUncertainty', { count: uncertainCount });
  if (scenario.chapters.length) notes.add('noteDataChapters', { count: scenario.chapters.length });
  const sides = scenario.sides.map((s) => {
    const affiliation = affiliationOf(scenario, s.id);
    return {
      id: s.id,
      name: text(s.name, lang),
      ...(s.description ? { description: text(s.description, lang) } : {}),
      standardIdentity: IDENTITY[affiliation],
      ...(affiliation === 'side' ? { symbolOptions: { fillColor: s.color } } : {}),
      groups: [{ id: `${s.id}-units`, name: text(s.name, lang), subUnits: bySide.get(s.id) ?? [] }],
    };
  });
  const doc = {
    type: 'ORBAT-mapper',
    version: VERSION,
    id: scenario.id,
    name: text(scenario.title, lang),
    ...(scenario.description ? { description: text(scenario.description, lang) } : {}),
    startTime: iso(scenario.start),
    timeZone: scenario.timeZone,
    symbologyStandard: '2525',
    sides,
    events: (events as { startTime: string }[]).sort(
      (a, b) => Date.parse(a.startTime) - Date.parse(b.startTime),
    ),
    layerStack: overlays.length
      ? [{ id: 'sandtable-overlays', kind: 'overlay', name: 'Sandtable', items: overlays }]
      : [],
  };
  return {
    data: `${JSON.stringify(doc, null, 1)}\n`,
    mime: 'application/json',
    fileName: fileNameOf(scenario, 'orbat.json'),
    notes: notes.render(lang),
  };
}
