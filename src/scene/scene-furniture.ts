import type { LegendEntry } from '../cartography/legend-entry';
import { chapterById, chapterIndexAt } from '../briefing/chapters';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import type { Frame } from '../frame/frame-at';
import type { ChapterCard } from '../furniture/caption';
import type { FurnitureElement, FurnitureInput, LegendChoice, Rect } from '../furniture/furniture-input';
import { localize, type Lang } from '../i18n/localize';
import { ui } from '../i18n/strings';
import type { Viewport } from '../map/viewport';
import type { Scenario } from '../model/scenario';
import type { Theme } from '../model/theme';
import { formatDateTime } from '../time/format-time';
import type { Credits } from './credits';
import type { DetailSource } from '../map/basemap-detail';
import { detailNotice } from './detail-notice';
import { captionAt } from '../captions/caption-at';
import type { InsetWorld } from '../furniture/inset-world';
import { scenarioInset } from './scene-inset';

/** How the furniture is asked for: the presenter's chapter, the legend's form, pieces switched off. */
export interface FurnitureOptions {
  /** Presenter mode: the chapter card (of this chapter, or of the one t is in) and the progress dots. */
  presenter?: { chapter?: string };
  /** An export's captions: the card of the chapter at t, fading in and out with it (no progress dots). */
  captions?: boolean;
  legendForm?: LegendChoice;
  show?: Partial<Record<FurnitureElement, boolean>>;
  /**
   * On-screen advice (where the basemap's detail ends, and to open a detailed one): on the screen only. An
   * export states facts (scale, credits), never instructions, so every export sets this false.
   */
  advice?: boolean;
  /** Presenting: where the previous chapter's furniture stood (`Framing.previous`), kept where still clear. */
  previous?: Partial<Record<string, Rect>>;
}

/** The presenter's card for a chapter (by id, else the one t falls in), or none without chapters. */
export function chapterCard(
  scenario: Scenario,
  t: number,
  id: string | undefined,
  lang: Lang,
): ChapterCard | undefined {
  const chapters = scenario.chapters;
  const chapter = chapterById(chapters, id) ?? chapters[Math.max(0, chapterIndexAt(chapters, t))];
  if (!chapter) return undefined;
  return {
    title: localize(chapter.title, lang),
    caption: localize(chapter.caption, lang),
    index: chapters.indexOf(chapter),
    total: chapters.length,
  };
}

/** An export's caption at t as a chapter card: the chapter t is in, at its fade's opacity; none between. */
function captionCard(scenario: Scenario, t: number, lang: Lang): ChapterCard | undefined {
  const caption = captionAt(scenario, t, lang);
  if (!caption) return undefined;
  const index = scenario.chapters.findIndex((c) => c.id === caption.chapterId);
  // total 1: captions carry no progress dots.
  return { title: caption.title, caption: caption.caption, index, total: 1, opacity: caption.opacity };
}

/** What the furniture draws for a frame: a pure function of scenario, t, viewport and display options. */
export function furnitureInputFor(input: {
  scenario: Scenario;
  frame: Frame;
  viewport: Viewport;
  theme: Theme;
  lang: Lang;
  legend: LegendEntry[];
  credits: Credits;
  avoid: Rect | null;
  options?: FurnitureOptions;
  /** A user archive under the scene, for where its detail ends; absent: the built-in basemap. */
  basemapDetail?: DetailSource;
  symbols?: SymbolAtlas;
  /** The world the inset is drawn from (`SceneAssets.world`); absent: the inset is left empty. */
  world?: InsetWorld;
  /** A sentence added to the uncertainty note (how unit symbols' frames read). */
  note?: string;
}): FurnitureInput {
  const { scenario, frame, viewport, theme, lang, options } = input;
  const { camera } = viewport;
  const chapter = options?.presenter
    ? chapterCard(scenario, frame.t, options.presenter.chapter, lang)
    : options?.captions
      ? captionCard(scenario, frame.t, lang)
      : undefined;
  const notice = options?.advice === false ? undefined : detailNotice(camera, lang, input.basemapDetail);
  return {
    width: viewport.width,
    height: viewport.height,
    theme,
    lang,
    title: localize(scenario.title, lang),
    timeLabel: formatDateTime(frame.t, scenario.timeZone, lang),
    center: camera.center,
    zoom: camera.zoom,
    bearing: camera.bearing,
    bounds: viewport.bounds(),
    ...(input.world && { inset: scenarioInset(scenario, input.world) }),
    legend: input.legend,
    legendForm: options?.legendForm ?? 'auto',
    attribution: input.credits.line,
    attributionShort: input.credits.short,
    ...(notice && { detailNotice: notice }),
    uncertaintyNote: input.note
      ? `${ui(lang, 'uncertaintyNote')} ${input.note}.`
      : ui(lang, 'uncertaintyNote'),
    ...(input.symbols && { symbols: input.symbols }),
    avoid: input.avoid,
    ...(chapter && { chapter }),
    ...(options?.show && { show: options.show }),
    ...(options?.previous && { previous: options.previous }),
  };
}
