import { localize, type Lang } from '../i18n/localize';
import type { Scenario } from '../model/scenario';

/** The lower third at t: the chapter's title and caption, and how opaque they are. */
export interface CaptionFrame {
  chapterId: string;
  title: string;
  caption: string;
  /** 0–1. */
  opacity: number;
}

/** Share of a chapter over which its caption fades in, and again over which it fades out. */
export const CAPTION_FADE_SHARE = 0.08;

const smoothstep = (u: number) => {
  const x = Math.min(1, Math.max(0, u));
  return x * x * (3 - 2 * x);
};

/**
 * The caption of the chapter t is in, fading in over the start of the chapter and out over its end, as a
 * share of the chapter's own length: a pure function of t, so the same frame always carries the same
 * caption, and a briefing export fades each chapter in and out at its own pace. Outside every chapter: null.
 */
export function captionAt(scenario: Pick<Scenario, 'chapters'>, t: number, lang: Lang): CaptionFrame | null {
  // Later chapters win where two touch: at a boundary the new chapter starts (at opacity 0).
  let chapter;
  for (const c of scenario.chapters) if (t >= c.start && t <= c.end) chapter = c;
  if (!chapter) return null;
  const fade = (chapter.end - chapter.start) * CAPTION_FADE_SHARE;
  const opacity =
    fade > 0 ? Math.min(smoothstep((t - chapter.start) / fade), smoothstep((chapter.end - t) / fade)) : 1;
  return {
    chapterId: chapter.id,
    title: localize(chapter.title, lang),
    caption: localize(chapter.caption, lang),
    opacity,
  };
}
