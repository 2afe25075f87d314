import type { Chapter } from '../model/scenario';

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
