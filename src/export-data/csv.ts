import distance from '@turf/distance';
import type { Lang } from '../i18n/localize';
import type { MovementFeature, Scenario, ScenarioFeature } from '../model/scenario';
import { ExportNotes, fileNameOf, iso, sideName, sourceList, text, type DataExport } from './shared';

// The scenario's dated facts as a table: one row per event, strike or clash, per movement start and end, per
// timed place and per change of control. RFC 4180 (CRLF, quotes doubled), safe to open in a spreadsheet.

const COLUMNS = [
  'time',
  'end',
  'kind',
  'label',
  'side',
  'certainty',
  'claimed_by',
  'place',
  'lon',
  'lat',
  'uncertainty_km',
  'sources',
] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

/** Near this, a fact is "at" a named place. */
const PLACE_KM = 10;
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; a text starting with = + - @ (or a tab or
 * carriage return) is prefixed with ' so a spreadsheet shows it rather than running it as a formula. A plain
 * number (a negative longitude) stays a number.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: readonly string[]) => cells.map(csvCell).join(',');

function firstPoint(f: ScenarioFeature): [number, number] | undefined {
  let c: unknown = (f.geometry as { coordinates?: unknown }).coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) && typeof c[0] === 'number' ? [c[0], c[1] as number] : undefined;
}

export function exportCsv(scenario: Scenario, lang: Lang = 'en'): DataExport {
  const notes = new ExportNotes();
  const places = scenario.features
    .filter((f) => f.kind === 'place' && f.geometry.type === 'Point')
    .map((f) => ({ at: firstPoint(f)!, name: text(f.props.label, lang) }));
  const placeNear = (p: [number, number] | undefined) => {
    if (!p) return '';
    let best = '';
    let bestKm = PLACE_KM;
    for (const q of places) {
      const km = distance(p, q.at, { units: 'kilometers' });
      if (km <= bestKm) [best, bestKm] = [q.name, km];
    }
    return best;
  };
  const rows: { t: number; row: Row }[] = [];
  const push = (
    f: ScenarioFeature,
    t: number,
    kind: string,
    at: [number, number] | undefined,
    extra: Partial<Row> = {},
  ) =>
    rows.push({
      t,
      row: {
        time: iso(t),
        end: '',
        kind,
        label: text(f.props.label, lang),
        side: sideName(scenario, f.props.side, lang),
        certainty: f.props.certainty,
        claimed_by: f.props.claimedBy ? sideName(scenario, f.props.claimedBy, lang) : '',
        place: kind === 'place' ? text(f.props.label, lang) : placeNear(at),
        lon: at ? String(at[0]) : '',
        lat: at ? String(at[1]) : '',
        uncertainty_km: f.props.uncertaintyKm !== undefined ? String(f.props.uncertaintyKm) : '',
        sources: sourceList(scenario, f.props.sources).join('; '),
        ...extra,
      },
    });
  let undated = 0;
  for (const f of scenario.features) {
    if (f.kind === 'movement') {
      const { track } = f as MovementFeature;
      const last = track.coords.length - 1;
      push(f, track.times[0] as number, 'movement start', track.coords[0] as [number, number]);
      push(f, track.times[last] as number, 'movement end', track.coords[last] as [number, number]);
    } else if (Number.isFinite(f.appears)) {
      const end = f.windowed && Number.isFinite(f.until) ? iso(f.until) : '';
      push(f, f.appears, f.kind, firstPoint(f), { end });
    } else undated++;
    for (const c of f.control)
      push(f, c.time, 'control', firstPoint(f), { side: sideName(scenario, c.side, lang) });
  }
  notes.add('noteDataCsvMovements');
  if (undated) notes.add('noteDataCsvContext', { count: undated });
  rows.sort((a, b) => a.t - b.t);
  const data =
    [csvLine(COLUMNS), ...rows.map(({ row }) => csvLine(COLUMNS.map((c) => row[c])))].join('\r\n') + '\r\n';
  return { data, mime: 'text/csv', fileName: fileNameOf(scenario, 'csv'), notes: notes.render(lang) };
}
