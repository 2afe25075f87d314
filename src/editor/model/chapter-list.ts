import type { Camera } from '../../model/camera';

/** A chapter as scenario.json holds it (the schema's shape, before validation). */
export interface ChapterLike {
  id: string;
  title: unknown;
  caption: unknown;
  start: string;
  end: string;
  camera: Camera;
  pace?: string;
}

/** Inserts a chapter where its start puts it: the loader wants chapters in time order. */
export function insertChapter(chapters: readonly ChapterLike[], chapter: ChapterLike): ChapterLike[] {
  const at = chapters.findIndex((c) => Date.parse(c.start) > Date.parse(chapter.start));
  const out = [...chapters];
  out.splice(at < 0 ? out.length : at, 0, chapter);
  return out;
}

/**
 * Moves a chapter one place up or down the briefing. The two chapters swap their time ranges too, so the
 * story is told in the new order and the list stays in time order, as the loader requires; each keeps its
 * title, caption and camera.
 */
export function moveChapter(chapters: readonly ChapterLike[], index: number, by: -1 | 1): ChapterLike[] {
  const other = index + by;
  const a = chapters[index];
  const b = chapters[other];
  if (!a || !b) return [...chapters];
  const out = [...chapters];
  out[index] = { ...b, start: a.start, end: a.end };
  out[other] = { ...a, start: b.start, end: b.end };
  return out;
}
