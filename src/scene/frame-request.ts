import type { DetailSource } from '../map/basemap-detail';
import type { Size } from '../map/viewport';
import type { Lang } from '../i18n/localize';
import type { Camera } from '../model/camera';
import type { Scenario } from '../model/scenario';
import type { Theme } from '../model/theme';
import type { Rect } from '../furniture/furniture-input';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import type { DrawnCredit } from './drawn-credits';
import type { SceneAssets } from './scene-assets';
import type { SceneBasemap } from './scene-basemap';
import type { FurnitureOptions } from './scene-furniture';

/**
 * How a frame is drawn, whatever its moment and camera: its size, look, language, furniture options and what
 * it is drawn with. A framing is fitted for one look; the screen and an export each build theirs in one place
 * (`screenLook` in app/, `exportLook` below).
 */
export interface FrameLook extends FurnitureOptions {
  /** The frame in CSS px (an export's device size over its pixel ratio). */
  size: Size;
  theme: Theme;
  lang: Lang;
  assets: SceneAssets;
  /**
   * Attributions of the basemap drawn under the scene with where each is drawn (`SceneBasemap.drawn`): the
   * frame credits those that reach its view. A plain string is credited everywhere.
   */
  basemap: readonly (string | DrawnCredit)[];
  /** The user's archive under the scene (`SceneBasemap.detail`), for where its detail ends; absent: built-in. */
  basemapDetail?: DetailSource;
  /** The scenario's unit symbols (`loadSymbolAtlas`); absent when the Symbols toggle is off or none exist. */
  symbols?: SymbolAtlas;
}

/** One frame asked for: everything it depends on. Nothing else is read, so the same request gives the same picture. */
export interface FrameRequest extends FrameLook {
  scenario: Scenario;
  t: number;
  camera: Camera;
  /**
   * What the furniture keeps clear of: by default the action at t under this camera; a framing (a chapter's,
   * the default view's) passes the action it was fitted around, so its layout holds still while t moves.
   */
  avoid?: Rect | null;
}

/** What a frame is drawn with besides its settings: loaded once per page (assets) or per scenario (symbols). */
export interface FrameResources {
  assets: SceneAssets;
  basemap: SceneBasemap;
  symbols?: SymbolAtlas | undefined;
}

/** The part of a look that comes from the basemap and the resources, alike on screen and in exports. */
export function resourcesLook(
  r: FrameResources,
): Pick<FrameLook, 'assets' | 'basemap' | 'basemapDetail' | 'symbols'> {
  return {
    assets: r.assets,
    basemap: r.basemap.drawn,
    ...(r.basemap.detail && { basemapDetail: r.basemap.detail }),
    ...(r.symbols && { symbols: r.symbols }),
  };
}

/** An export's settings, as far as the frame's look goes (see ExportJob). */
export interface ExportLookSettings {
  theme: Theme;
  lang: Lang;
  legendForm?: FurnitureOptions['legendForm'];
  captions?: boolean;
  /** Pieces of furniture left out (a comparison's second half: one legend, one set of credits). */
  show?: FurnitureOptions['show'];
}

/**
 * The look of an export's frames: its CSS size, no on-screen advice (an export states facts, never
 * instructions), captions when asked for, never the presenter's furniture.
 */
export function exportLook(job: ExportLookSettings, size: Size, r: FrameResources): FrameLook {
  return {
    size,
    theme: job.theme,
    lang: job.lang,
    ...resourcesLook(r),
    legendForm: job.legendForm ?? 'auto',
    ...(job.captions && { captions: true }),
    ...(job.show && { show: job.show }),
    advice: false,
  };
}

/**
 * A look asked for at a moment, from a camera: the one way a request is made. A framing passes the action it
 * was fitted around (`avoid`) and, presenting, where the previous chapter's furniture stood (`previous`).
 */
export function frameRequest(
  look: FrameLook,
  scenario: Scenario,
  t: number,
  camera: Camera,
  avoid?: Rect | null,
  previous?: FurnitureOptions['previous'],
): FrameRequest {
  return {
    ...look,
    scenario,
    t,
    camera,
    ...(avoid !== undefined && { avoid }),
    ...(previous && { previous }),
  };
}
