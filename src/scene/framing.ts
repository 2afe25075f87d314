import { cameraAt, EASE_SHARE } from '../briefing/camera-at';
import { chapterById, chapterIndexAt } from '../briefing/chapters';
import { labelScale, mapLabels } from '../cartography/map-labels';
import { frameAt } from '../frame/frame-at';
import type { Rect } from '../furniture/furniture-input';
import { furnitureRects, type FurnitureRects } from '../furniture/furniture-layout';
import { viewportOf, type Size } from '../map/viewport';
import type { Camera } from '../model/camera';
import { fitExtent, type Extent } from '../model/extent';
import { near } from '../model/lon-interval';
import type { Scenario } from '../model/scenario';
import { fitCamera } from './camera-fit';
import { composeScene } from './compose-scene';
import { clip, focusBox, union } from './focus';
import { overlapArea } from '../furniture/placement';
import { frameRequest, type FrameLook } from './frame-request';
import type { SymbolAtlas } from '../symbols/symbol-atlas';

/**
 * What a framing depends on besides the scenario: the look of the frame it is fitted for (its size, furniture,
 * basemap). Captions are left out: they come and go with t, and a framing holds still while t moves.
 */
export type FramingEnv = Omit<FrameLook, 'presenter'> & {
  /** The presenter's furniture (each chapter fitted with its own card); `true` is the same as `{}`. */
  presenter?: FrameLook['presenter'] | boolean;
};

/** The look a chapter's framing is fitted with: the presenter's card is that chapter's; no captions. */
function fittingLook(env: FramingEnv, chapter: string | undefined): FrameLook {
  const { presenter, captions: _captions, ...look } = env;
  return { ...look, ...(presenter && { presenter: { ...(chapter && { chapter }) } }) };
}

/** A camera fitted around the furniture, and the action it was fitted around (for the layout to avoid). */
export interface Framing {
  camera: Camera;
  avoid: Rect | null;
  /**
   * Where the previous chapter's furniture stood: this chapter's keeps those corners where they are still clear
   * of its action, so the title and legend do not jump from chapter to chapter.
   */
  previous?: FurnitureRects;
}

/** Moments sampled across a chapter (or the scenario) for the action it shows. */
const SAMPLES = 12;
/** A fitted camera is never further out than this from the author's: beyond it, the framing is not theirs. */
const MAX_ZOOM_OUT = 2;
/** Rounds of fitting: each looks at the action again under the camera the last one chose. */
const FIT_ROUNDS = 4;
/** Share of a chapter's action it may lose under its own furniture to open the next chapter clear. */
const SLACK = 0.02;
/** Kept between the action and the furniture when the camera is fitted, CSS px. */
const GAP = 8;

/** A span's action and the layout that avoids it under the authored camera, before the camera is fitted. */
interface Laid {
  authored: Camera;
  avoid: Rect | null;
  rects: FurnitureRects;
  previous?: FurnitureRects;
  actionUnder: (camera: Camera) => Rect | null;
}

/** The furniture's boxes of a frame at t under `camera`, laid out around `avoid`. */
function furnitureAt(
  scenario: Scenario,
  t: number,
  camera: Camera,
  chapter: string | undefined,
  env: FramingEnv,
  avoid: Rect | null,
  previous: FurnitureRects | undefined,
): FurnitureRects {
  const scene = composeScene(frameRequest(fittingLook(env, chapter), scenario, t, camera, avoid, previous));
  return furnitureRects(scene.furniture.plan);
}

/**
 * The action of a time span (the union of its boxes over the span; `offScreen`, with what lies beyond the
 * frame, for the camera to bring it back) and the layout that avoids it at the span's end (the moment a chapter
 * stops on), keeping the previous chapter's corners.
 */
function laidOut(
  scenario: Scenario,
  authored: Camera,
  span: [number, number],
  end: number,
  chapter: string | undefined,
  env: FramingEnv,
  previous: FurnitureRects | undefined,
  boxUnder?: (camera: Camera) => Rect | null,
  offScreen = true,
): Laid {
  const actionUnder = boxUnder ?? sampledAction(scenario, span, env, offScreen);
  const action = actionUnder(authored);
  const avoid = boxUnder ? action : clip(action, env.size.width, env.size.height);
  const rects = furnitureAt(scenario, end, authored, chapter, env, avoid, previous);
  return { authored, avoid, rects, actionUnder, ...(previous && { previous }) };
}

/**
 * The box of the action over a span under a camera: the union of its frames' focus boxes at a few moments.
 * Sampled only when a framing needs it (not for an import's extent fit), as 13 frames of a 10,000-movement
 * scenario and their labels take a quarter of a second.
 */
function sampledAction(
  scenario: Scenario,
  span: [number, number],
  env: FramingEnv,
  offScreen: boolean,
): (camera: Camera) => Rect | null {
  const scale = labelScale(env.size.width, env.size.height);
  const frames = Array.from({ length: SAMPLES + 1 }, (_, i) =>
    frameAt(scenario, span[0] + ((span[1] - span[0]) * i) / SAMPLES),
  );
  const labels = frames.map((frame) => mapLabels(scenario, frame, env.lang, scale));
  return (camera) => {
    const viewport = viewportOf(camera, env.size);
    return union(frames.map((frame, i) => focusBox(frame, viewport, labels[i]!, !offScreen)));
  };
}

/**
 * The least camera move from the authored one that shows the action clear of `taken` (the furniture of the
 * frames the camera is seen with) and inside the frame. Labels keep their size as the map zooms out, so the
 * action's box does not shrink with it: fit, look at the action again under the new camera, and fit again
 * until it is clear (a few rounds at most).
 */
function fitted(laid: Laid, taken: readonly Rect[], env: FramingEnv): Framing {
  const { authored, actionUnder } = laid;
  let camera = authored;
  let action = actionUnder(authored);
  for (let round = 0; round < FIT_ROUNDS; round++) {
    const next = fitCamera(camera, env.size, action, taken, GAP, authored.zoom - MAX_ZOOM_OUT);
    if (next === camera) break;
    camera = next;
    action = actionUnder(camera);
  }
  return { camera, avoid: laid.avoid, ...(laid.previous && { previous: laid.previous }) };
}

const memo = new WeakMap<Scenario, Map<string, { chapters: Framing[]; initial?: Framing }>>();

/**
 * Every chapter's framing. Laid out in order, each keeping the corners of the one before; then each camera is
 * fitted clear of its own furniture and of the next chapter's furniture at its start, since the next chapter
 * opens on this camera (it eases away from it) with its own card and legend already up.
 */
function chapterFramings(scenario: Scenario, env: FramingEnv): Framing[] {
  const laid: Laid[] = [];
  for (const c of scenario.chapters) {
    const settled = c.start + EASE_SHARE * (c.end - c.start);
    laid.push(laidOut(scenario, c.camera, [settled, c.end], c.end, c.id, env, laid.at(-1)?.rects));
  }
  return scenario.chapters.map((c, i) => {
    const next = scenario.chapters[i + 1];
    const after = laid[i + 1];
    const opening =
      next && after
        ? furnitureAt(scenario, next.start, c.camera, next.id, env, after.avoid, after.previous)
        : {};
    const own = Object.values(laid[i]!.rects);
    const alone = fitted(laid[i]!, own, env);
    if (!next) return alone;
    // Clear of both where the frame has room for that; else the chapter's own frames come first.
    const both = fitted(laid[i]!, [...own, ...Object.values(opening)], env);
    const action = laid[i]!.actionUnder(c.camera);
    const slack = action ? SLACK * action.w * action.h : 0;
    return hidden(laid[i]!, both.camera, own, env) <= hidden(laid[i]!, alone.camera, own, env) + slack
      ? both
      : alone;
  });
}

/** How much of the action a camera leaves under `taken` or beyond the frame's edges, px². */
function hidden(laid: Laid, camera: Camera, taken: readonly Rect[], env: FramingEnv): number {
  const action = laid.actionUnder(camera);
  if (!action) return 0;
  const inFrame = clip(action, env.size.width, env.size.height);
  const shown = inFrame ? inFrame.w * inFrame.h : 0;
  const under = inFrame ? taken.reduce((sum, r) => sum + overlapArea(r, inFrame), 0) : 0;
  return action.w * action.h - shown + under;
}

function framingsOf(scenario: Scenario, env: FramingEnv) {
  const key = JSON.stringify([
    env.size,
    env.theme,
    env.lang,
    Boolean(env.presenter),
    env.legendForm ?? 'auto',
    env.advice !== false,
    env.basemap,
    env.basemapDetail ?? null,
    env.symbols ? symbolsKey(env.symbols) : null,
  ]);
  let byEnv = memo.get(scenario);
  if (!byEnv) memo.set(scenario, (byEnv = new Map()));
  let framings = byEnv.get(key);
  if (!framings) {
    framings = { chapters: chapterFramings(scenario, env) };
    byEnv.set(key, framings);
  }
  return framings;
}

/**
 * The briefing's camera at t for this frame, as presenting shows it: the chapters' cameras fitted around the
 * furniture, eased between as `cameraAt` does; the layout avoids the action of the chapter shown (`chapter`,
 * else the one t is in). Without chapters, the default view's framing.
 */
export function briefingFraming(
  scenario: Scenario,
  t: number,
  chapter: string | undefined,
  env: FramingEnv,
): Framing {
  if (!scenario.chapters.length) return defaultFraming(scenario, env);
  const { chapters } = framingsOf(scenario, env);
  const shown =
    chapterById(scenario.chapters, chapter) ??
    scenario.chapters[Math.max(0, chapterIndexAt(scenario.chapters, t))]!;
  const camera = cameraAt(
    scenario,
    t,
    chapters.map((f) => f.camera),
  );
  const framing = chapters[scenario.chapters.indexOf(shown)];
  return {
    camera,
    avoid: framing?.avoid ?? null,
    ...(framing?.previous && { previous: framing.previous }),
  };
}

/**
 * The default view fitted around the furniture and the scenario's action over its whole range; for a scenario
 * without a view of its own (an import), all its features fitted to this frame and around its furniture.
 */
export function defaultFraming(scenario: Scenario, env: FramingEnv): Framing {
  const framings = framingsOf(scenario, env);
  const extent = scenario.featureExtent;
  framings.initial ??= extent
    ? fittedSpan(scenario, fitExtent(extent, env.size, FEATURES_FILL), scenario.initialTime, env, (camera) =>
        extentBox(extent, camera, env.size),
      )
    : fittedSpan(scenario, scenario.defaultView, scenario.initialTime, env);
  return framings.initial;
}

/** The default view over the scenario's whole range, fitted clear of its own furniture at `end`. */
function fittedSpan(
  scenario: Scenario,
  authored: Camera,
  end: number,
  env: FramingEnv,
  boxUnder?: (camera: Camera) => Rect | null,
): Framing {
  const span: [number, number] = [scenario.start, scenario.end];
  // The whole range's action, as far as it is in view: a default view is a starting point, not a chapter.
  const laid = laidOut(scenario, authored, span, end, undefined, env, undefined, boxUnder, false);
  return fitted(laid, Object.values(laid.rects), env);
}

/** Share of the frame all the features of a scenario without a view of its own fill before the furniture. */
const FEATURES_FILL = 0.8;
/** Room kept around the features' box for their labels and symbols, CSS px. */
const FEATURES_MARGIN = 24;

/** The screen box of an extent under a camera, with room for what is drawn at its edges. */
function extentBox(extent: Extent, camera: Camera, size: Size): Rect {
  const viewport = viewportOf(camera, size);
  const [w, s, e, n] = extent;
  // The extent's longitudes are continuous across the antimeridian: moved whole to the camera's side of it.
  const shift = near((w + e) / 2, camera.center[0]) - (w + e) / 2;
  const [x0, y0] = viewport.project([w + shift, n]);
  const [x1, y1] = viewport.project([e + shift, s]);
  return {
    x: Math.min(x0, x1) - FEATURES_MARGIN,
    y: Math.min(y0, y1) - FEATURES_MARGIN,
    w: Math.abs(x1 - x0) + 2 * FEATURES_MARGIN,
    h: Math.abs(y1 - y0) + 2 * FEATURES_MARGIN,
  };
}

const atlasIds = new WeakMap<SymbolAtlas, number>();
let nextAtlas = 0;
/** A key for an atlas object: framings with and without symbols, or with another atlas, are apart. */
function symbolsKey(atlas: SymbolAtlas): number {
  let id = atlasIds.get(atlas);
  if (id === undefined) atlasIds.set(atlas, (id = ++nextAtlas));
  return id;
}
