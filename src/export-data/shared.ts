import { localize, type Lang } from '../i18n/localize';
import { ui, type StringKey } from '../i18n/strings';
import type { Scenario, ScenarioFeature } from '../model/scenario';
import type { LocalizedText } from '../model/schema';

// What every data exporter shares: the formats, the result, plain-text descriptions that carry what a format
// has no field for (certainty, claims, uncertainty, sources), and the note listing what was left out.

export const DATA_FORMATS = ['kml', 'kmz', 'geojson', 'orbat-mapper', 'csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export const isDataFormat = (v: unknown): v is DataFormat => DATA_FORMATS.includes(v as DataFormat);

export interface DataExport {
  /** Text formats as a string, KMZ as zip bytes. */
  data: string | Uint8Array;
  mime: string;
  /** A file name for the download: the scenario id and the format's extension. */
  fileName: string;
  /** What the format could not carry, one line each, in the export's language. */
  notes: string[];
}

export interface DataExportOptions {
  /** Language of descriptions and notes (default English). */
  lang?: Lang;
  /**
   * Draws a unit symbol as PNG bytes for the KMZ's icons (the browser's canvas); without it the KMZ has no
   * icons and its note says so.
   */
  symbolPng?: (sidc: string, side: string) => Promise<Uint8Array | undefined>;
}

/** The note lines an exporter collects, keyed so each is said once with a count. */
export class ExportNotes {
  private readonly lines = new Map<StringKey, Record<string, string | number>>();
  add(key: StringKey, values: Record<string, string | number> = {}): void {
    const had = this.lines.get(key);
    const count = typeof had?.count === 'number' ? had.count : 0;
    this.lines.set(key, { ...values, ...('count' in values ? { count: count + Number(values.count) } : {}) });
  }
  render(lang: Lang): string[] {
    return [...this.lines].map(([key, values]) => ui(lang, key, values));
  }
}

/** The note file written beside a KMZ's or offered with a download: a title line, then one line a note. */
export function notesText(scenario: Scenario, format: string, notes: string[], lang: Lang): string {
  const title = ui(lang, 'noteDataTitle', { format, title: localize(scenario.title, lang) });
  return [title, '', ...notes.map((n) => `- ${n}`), ''].join('\n');
}

export const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');

export const text = (t: LocalizedText | undefined, lang: Lang) => localize(t, lang);

export function sideName(scenario: Scenario, id: string, lang: Lang): string {
  const side = scenario.sideById.get(id);
  return side ? localize(side.name, lang) : id;
}

export function sideColor(scenario: Scenario, id: string): string {
  return scenario.sideById.get(id)?.color ?? '#808080';
}

/** The feature's sources by title and publisher, with their links. */
export function sourceList(scenario: Scenario, ids: readonly string[] | undefined): string[] {
  return (ids ?? []).map((id) => {
    const s = scenario.sourceById.get(id);
    if (!s) return id;
    return `${s.publisher}: ${s.title} (${s.date})${s.url ? ` ${s.url}` : ''}`;
  });
}

const WORDS = {
  en: {
    certainty: 'Certainty',
    claimedBy: 'Claimed by',
    within: 'Position within',
    corridor: 'Route known within',
    time: 'Timing',
    sources: 'Sources',
    killed: 'killed',
    injured: 'injured',
    atLeast: 'at least',
    according: 'according to',
    holds: 'held by',
    from: 'from',
    symbol: 'Symbol',
  },
  fr: {
    certainty: 'Certitude',
    claimedBy: 'Revendiqué par',
    within: 'Position à moins de',
    corridor: 'Trajet connu à moins de',
    time: 'Heure',
    sources: 'Sources',
    killed: 'tués',
    injured: 'blessés',
    atLeast: 'au moins',
    according: 'selon',
    holds: 'tenu par',
    from: 'à partir du',
    symbol: 'Symbole',
  },
} as const;

/**
 * Everything a plain description can say of a feature: its note, certainty, claim, uncertainty, casualty
 * figures, claims and disagreement, control changes, and its sources. Plain text: every format that takes it
 * (KML's description, ORBAT Mapper's, a CSV cell) shows it as text.
 */
export function describe(scenario: Scenario, f: ScenarioFeature, lang: Lang): string {
  const w = WORDS[lang];
  const p = f.props;
  const lines: string[] = [];
  if (p.note) lines.push(text(p.note, lang));
  lines.push(`${w.certainty}: ${p.certainty}${p.timeCertainty ? ` (${w.time}: ${p.timeCertainty})` : ''}`);
  if (p.claimedBy) lines.push(`${w.claimedBy}: ${sideName(scenario, p.claimedBy, lang)}`);
  if (p.uncertaintyKm !== undefined) lines.push(`${w.within} ${p.uncertaintyKm} km`);
  const corridor = p.coordUncertaintyKm?.length ? Math.max(...p.coordUncertaintyKm) : 0;
  if (corridor > 0) lines.push(`${w.corridor} ${corridor} km`);
  for (const c of p.casualties ?? []) {
    const n = [
      c.killed !== undefined ? `${c.killed} ${w.killed}` : '',
      c.injured !== undefined ? `${c.injured} ${w.injured}` : '',
    ].filter(Boolean);
    lines.push(
      `${c.atLeast ? `${w.atLeast} ` : ''}${n.join(', ')} (${w.according} ${text(c.according, lang)})`,
    );
  }
  for (const c of p.claims ?? []) lines.push(`${sideName(scenario, c.by, lang)}: ${text(c.text, lang)}`);
  if (p.disagreement) lines.push(text(p.disagreement, lang));
  for (const c of f.control)
    lines.push(`${w.holds} ${sideName(scenario, c.side, lang)} ${w.from} ${iso(c.time)}`);
  if (p.sidcNote) lines.push(`${w.symbol}: ${text(p.sidcNote, lang)}`);
  for (const c of p.sidcChanges ?? []) lines.push(`${w.symbol} ${c.sidc} ${w.from} ${c.time}`);
  const sources = sourceList(scenario, p.sources);
  if (sources.length) lines.push(`${w.sources}: ${sources.join('; ')}`);
  return lines.join('\n');
}

/** True when the feature carries a spatial uncertainty (a radius, or a corridor along its route). */
export const uncertain = (f: ScenarioFeature) =>
  (f.props.uncertaintyKm ?? 0) > 0 || (f.props.coordUncertaintyKm ?? []).some((k) => k > 0);

/** A download name from the scenario id. */
export const fileNameOf = (scenario: Scenario, ext: string) =>
  `${/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(scenario.id) ? scenario.id : 'scenario'}.${ext}`;

/** The feature's time as the scenario format says it: an instant, a window, or none. */
export function timesOf(f: ScenarioFeature): { time?: string; start?: string; end?: string } {
  if (!Number.isFinite(f.appears)) return {};
  if (f.windowed || (Number.isFinite(f.until) && f.until !== f.appears && f.kind !== 'movement'))
    return { start: iso(f.appears), ...(Number.isFinite(f.until) ? { end: iso(f.until) } : {}) };
  return { time: iso(f.appears) };
}
