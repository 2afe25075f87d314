import type { Chapter } from '../model/scenario';
import type { Camera } from '../model/camera';
import { localize, type Lang } from '../i18n/localize';

/** Index of the chapter t falls in: the last one starting at or before t (-1 before the first). */
export function chapterIndexAt(chapters: readonly Chapter[], t: number): number {
  return chapters.findLastIndex((c) => c.start <= t);
}

export function chapterById(chapters: readonly Chapter[], id: string | undefined): Chapter | undefined {
  return id === undefined ? undefined : chapters.find((c) => c.id === id);
}

/**
 * The chapter a clicker goes to from `current` (an id) or, with none, from the one t is in: the next with
 * `direction` 1, the previous with -1. Undefined past either end.
 */
export function stepChapter(
  chapters: readonly Chapter[],
  current: string | undefined,
  t: number,
  direction: 1 | -1,
): Chapter | undefined {
  const known = chapters.findIndex((c) => c.id === current);
  const index = known >= 0 ? known : chapterIndexAt(chapters, t);
  // Before the first chapter, "next" is the first one.
  return chapters[Math.max(-1, index) + direction];
}

/** A chapter as scripts and export choices see it: its title in the language shown, times in epoch ms. */
export interface ChapterRange {
  id: string;
  title: string;
  start: number;
  end: number;
  camera: Camera;
}

export function chapterRanges(chapters: readonly Chapter[], lang: Lang): ChapterRange[] {
  return chapters.map((c) => ({
    id: c.id,
    title: localize(c.title, lang),
    start: c.start,
    end: c.end,
    camera: c.camera,
  }));
}

/** A chapter named by its id or by its title in any language, ignoring case: what a user types in a CLI. */
export function findChapter(chapters: readonly Chapter[], name: string): Chapter | undefined {
  const n = name.trim().toLowerCase();
  const titles = (c: Chapter) =>
    typeof c.title === 'string' ? [c.title] : [c.title.en, c.title.fr ?? c.title.en];
  return (
    chapters.find((c) => c.id.toLowerCase() === n) ??
    chapters.find((c) => titles(c).some((t) => t.toLowerCase() === n))
  );
}
