import { cameraAt, EASE_SHARE } from '../briefing/camera-at';
import { chapterById, chapterIndexAt } from '../briefing/chapters';
import { labelScale, mapLabels } from '../cartography/map-labels';
import { frameAt } from '../engine/frame-at';
import type { Rect } from '../furniture/furniture-input';
import { furnitureRects } from '../furniture/furniture-layout';
import { viewportOf, type Size } from '../map/viewport';
import type { Camera } from '../model/camera';
import { fitExtent, type Extent } from '../model/extent';
import { near } from '../model/lon-interval';
import type { Scenario } from '../model/scenario';
import { fitCamera } from './camera-fit';
import { composeScene } from './compose-scene';
import { focusBox, union } from './focus';
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
}

/** Moments sampled across a chapter (or the scenario) for the action it shows. */
const SAMPLES = 12;
/** A fitted camera is never further out than this from the author's: beyond it, the framing is not theirs. */
const MAX_ZOOM_OUT = 2;
/** Rounds of fitting: each looks at the action again under the camera the last one chose. */
const FIT_ROUNDS = 4;
/** Kept between the action and the furniture when the camera is fitted, CSS px. */
const GAP = 8;

/**
 * An authored camera (a chapter's, the default view) made to show the action of a time span clear of the
 * furniture of this frame: the union of the action's boxes over the span, the layout that avoids it at the
 * span's end (the moment a chapter stops on), and the least camera move that clears what the layout could not.
 */
function fitted(
  scenario: Scenario,
  authored: Camera,
  span: [number, number],
  end: number,
  chapter: string | undefined,
  env: FramingEnv,
  boxUnder?: (camera: Camera) => Rect | null,
): Framing {
  const scale = labelScale(env.size.width, env.size.height);
  const frames = Array.from({ length: SAMPLES + 1 }, (_, i) =>
    frameAt(scenario, span[0] + ((span[1] - span[0]) * i) / SAMPLES),
  );
  const labels = frames.map((frame) => mapLabels(scenario, frame, env.lang, scale));
  const actionUnder =
    boxUnder ??
    ((camera: Camera) => {
      const viewport = viewportOf(camera, env.size);
      return union(frames.map((frame, i) => focusBox(frame, viewport, labels[i]!)));
    });
  const avoid = actionUnder(authored);
  const scene = composeScene(frameRequest(fittingLook(env, chapter), scenario, end, authored, avoid));
  const taken = Object.values(furnitureRects(scene.furniture.plan));
  // Labels keep their size as the map zooms out, so the action's box does not shrink with it: fit, look at
  // the action again under the new camera, and fit again until it is clear (a few rounds at most).
  let camera = authored;
  let action = avoid;
  for (let round = 0; round < FIT_ROUNDS; round++) {
    const next = fitCamera(camera, env.size, action, taken, GAP, authored.zoom - MAX_ZOOM_OUT);
    if (next === camera) break;
    camera = next;
    action = actionUnder(camera);
  }
  return { camera, avoid };
}

const memo = new WeakMap<Scenario, Map<string, { chapters: Framing[]; initial?: Framing }>>();

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
    const chapters = scenario.chapters.map((c) => {
      const settled = c.start + EASE_SHARE * (c.end - c.start);
      return fitted(scenario, c.camera, [settled, c.end], c.end, c.id, env);
    });
    framings = { chapters };
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
  return { camera, avoid: chapters[scenario.chapters.indexOf(shown)]?.avoid ?? null };
}

/**
 * The default view fitted around the furniture and the scenario's action over its whole range; for a scenario
 * without a view of its own (an import), all its features fitted to this frame and around its furniture.
 */
export function defaultFraming(scenario: Scenario, env: FramingEnv): Framing {
  const framings = framingsOf(scenario, env);
  const extent = scenario.featureExtent;
  framings.initial ??= extent
    ? fitted(
        scenario,
        fitExtent(extent, env.size, FEATURES_FILL),
        [scenario.start, scenario.end],
        scenario.initialTime,
        undefined,
        env,
        (camera) => extentBox(extent, camera, env.size),
      )
    : fitted(
        scenario,
        scenario.defaultView,
        [scenario.start, scenario.end],
        scenario.initialTime,
        undefined,
        env,
      );
  return framings.initial;
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
