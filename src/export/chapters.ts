import { localize, type Lang } from '../i18n/localize';
import { toEpochMs } from '../time/format-time';

/** A time range worth exporting on its own: a chapter of the briefing, or the whole scenario. */
export interface ExportRange {
  id: string;
  title: string;
  start: number;
  end: number;
  /** The chapter's own camera, when it has one. */
  camera?: { center: [number, number]; zoom: number; bearing: number; pitch: number };
}

type Text = Parameters<typeof localize>[0];

/**
 * The scenario's chapters as ranges. Chapters are being added to the scenario format by another change, so
 * this reads them defensively: whatever has an id or title and a start/end (or a time, running to the next
 * chapter's) counts, anything else is skipped.
 */
export function chapterRanges(scenario: { chapters?: unknown; end: number }, lang: Lang): ExportRange[] {
  const raw = Array.isArray(scenario.chapters) ? (scenario.chapters as Record<string, unknown>[]) : [];
  const starts = raw.map((c) => time(c?.start ?? c?.time ?? c?.from));
  const out: ExportRange[] = [];
  raw.forEach((c, i) => {
    const start = starts[i];
    const end = time(c?.end ?? c?.to) ?? starts.slice(i + 1).find((s) => s !== undefined) ?? scenario.end;
    const id = typeof c?.id === 'string' ? c.id : undefined;
    const title = c?.title !== undefined ? localize(c.title as Text, lang) : undefined;
    if (start === undefined || !(end > start) || (!id && !title)) return;
    const camera = c?.camera as ExportRange['camera'] | undefined;
    out.push({ id: id ?? title!, title: title ?? id!, start, end, ...(camera && { camera }) });
  });
  return out;
}

function time(value: unknown): number | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  try {
    const t = toEpochMs(value);
    return Number.isFinite(t) ? t : undefined;
  } catch {
    return undefined;
  }
}

/** A chapter by id or title (case-insensitive). */
export function findChapter(ranges: ExportRange[], name: string): ExportRange | undefined {
  const n = name.toLowerCase();
  return ranges.find((r) => r.id.toLowerCase() === n) ?? ranges.find((r) => r.title.toLowerCase() === n);
}
