import type { AttributionLayout } from './attribution';
import type { CaptionLayout, ProgressLayout } from './caption';
import { layoutUnit, type FurnitureInput, type Measure, type Rect } from './furniture-input';
import type { PieceEnv } from './furniture-piece';
import { PIECES } from './furniture-pieces';
import type { InsetLabel } from './inset';
import type { LegendLayout } from './legend';
import { approxMeasure } from './text';
import type { ScaleLayout } from './scale-bar';
import type { TitleLayout } from './title-block';
import { candidateSpots, placeBest, type Placed } from './placement';

/** The kinds of furniture a frame can carry, as `sandtable.furniture()` names them. */
export type FurnitureKind =
  'title' | 'legend' | 'scale' | 'north' | 'inset' | 'credits' | 'caption' | 'progress';

export interface FurniturePlan {
  /** The unit everything was set at (the frame's, shrunk when the frame was too small). */
  u: number;
  title?: TitleLayout;
  legend?: LegendLayout;
  scale?: ScaleLayout;
  north?: Rect;
  inset?: Rect;
  /** The country names on the inset, set with the same measure as the rest of the layout. */
  insetLabels?: InsetLabel[];
  attribution?: AttributionLayout;
  caption?: CaptionLayout;
  progress?: ProgressLayout;
}

export type FurnitureRects = Partial<Record<FurnitureKind, Rect>>;

/** The share of the frame furniture may cover: beyond it, pieces shrink, collapse or give way. */
const BUDGET = 0.38;

/** Shrinks tried for the whole layout, largest first, when a frame cannot hold every piece it needs. */
const SHRINKS = [1, 0.85, 0.72, 0.6, 0.5];

/**
 * Where everything goes, as one layout whose boxes never overlap and never leave the frame. Pieces are placed
 * in order of importance (credits, title, chapter card, progress, scale, north arrow, legend, inset), each
 * in the first of its forms that finds free room — preferring its usual corner, and room off the action
 * (`avoid`) — so what gives way on a small frame is the least important: the inset first, then the note
 * (folded into the legend's foot, then dropped), then the legend's size and form, then the credits'
 * length. If the pieces a frame needs cannot all fit, the whole layout is set again smaller.
 */
export function planFurniture(input: FurnitureInput, measure: Measure): FurniturePlan {
  for (const shrink of SHRINKS) {
    const plan = tryPlan(input, measure, layoutUnit(input.width, input.height) * shrink, false);
    if (plan) return plan;
  }
  // A frame below any sensible size: the required pieces, at the smallest unit, wherever they land.
  return tryPlan(input, measure, layoutUnit(input.width, input.height) * 0.4, true)!;
}

/** One layout at unit `u`: each piece in turn (PIECES), in the first of its forms that finds free room. */
function tryPlan(input: FurnitureInput, measure: Measure, u: number, force: boolean): FurniturePlan | null {
  const { width: W, height: H } = input;
  const margin = Math.max(6, 18 * u);
  const gap = Math.max(4, 10 * u);
  const frame = { W, H, margin, gap, avoid: input.avoid ?? null };
  const placed: Placed[] = [];
  const plan: FurniturePlan = { u };
  const env: PieceEnv = { input, measure, u, W, H, margin, plan };
  const budget = () => BUDGET * W * H - placed.reduce((sum, p) => sum + p.rect.w * p.rect.h, 0);

  for (const spec of PIECES) {
    if (!spec.shown(input)) continue;
    if (spec.fixed) {
      const { layout, rect } = spec.fixed(env);
      placed.push({ kind: spec.kind, rect });
      spec.keep(plan, layout, env);
      continue;
    }
    const variants = spec.variants(env);
    const spot = placeBest(
      variants.map((v) => ({ w: v.w, h: v.h })),
      (size) => candidateSpots(size, spec.anchor, placed, frame, input.previous?.[spec.kind]),
      frame,
      budget(),
      spec.droppable ?? false,
    );
    if (spot) {
      const variant = variants[spot.variant]!;
      placed.push({ kind: spec.kind, rect: { x: spot.x, y: spot.y, w: variant.w, h: variant.h } });
      spec.keep(plan, variant.at(spot.x, spot.y), env);
    } else if (spec.required && !force) return null;
  }
  return plan;
}

/** The rectangle of each piece a plan draws (absent when hidden, empty or dropped). */
export function furnitureRects(plan: FurniturePlan): FurnitureRects {
  const rects: FurnitureRects = {};
  if (plan.title) rects.title = plan.title.rect;
  if (plan.legend) rects.legend = plan.legend.rect;
  if (plan.scale) rects.scale = plan.scale.rect;
  if (plan.north) rects.north = plan.north;
  if (plan.inset) rects.inset = plan.inset;
  if (plan.attribution) rects.credits = plan.attribution.rect;
  if (plan.caption) rects.caption = plan.caption.rect;
  if (plan.progress) rects.progress = plan.progress.rect;
  return rects;
}

/** The rectangle of each piece drawn for `input`, laid out with `measure`. */
export function furnitureLayout(input: FurnitureInput, measure: Measure = approxMeasure): FurnitureRects {
  return furnitureRects(planFurniture(input, measure));
}
