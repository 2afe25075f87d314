import { layoutAttribution, type AttributionLayout } from './attribution';
import { layoutCaption, layoutProgress, type CaptionLayout, type ProgressLayout } from './caption';
import { isShown, layoutUnit, type FurnitureInput, type Measure, type Rect } from './furniture-input';
import { insetLabels, insetMarker, layoutInset, type InsetLabel } from './inset';
import { layoutLegend, type LegendForm, type LegendLayout } from './legend';
import { approxMeasure } from './text';
import { layoutScaleBar, type ScaleLayout } from './scale-bar';
import { layoutTitleBlock, type TitleLayout } from './title-block';
import { candidateSpots, placeBest, type Anchor, type Placed } from './placement';

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

/** Credits in full may take this share of the frame; beyond it they are set on one short line. */
const CREDITS_SHARE = 0.04;

/** Shrinks tried for the whole layout, largest first, when a frame cannot hold every piece it needs. */
const SHRINKS = [1, 0.85, 0.72, 0.6, 0.5];

const move = (r: Rect, x: number, y: number): Rect => ({ ...r, x, y });

/** A way to draw a piece: its size and whatever places it. */
interface Variant<L> {
  w: number;
  h: number;
  at: (x: number, y: number) => L;
}

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

function tryPlan(input: FurnitureInput, measure: Measure, u: number, force: boolean): FurniturePlan | null {
  const { width: W, height: H } = input;
  const margin = Math.max(6, 18 * u);
  const gap = Math.max(4, 10 * u);
  const frame = { W, H, margin, gap, avoid: input.avoid ?? null };
  const placed: Placed[] = [];
  const plan: FurniturePlan = { u };

  const budget = () => BUDGET * W * H - placed.reduce((sum, p) => sum + p.rect.w * p.rect.h, 0);
  /**
   * Places the first variant with room, where the piece stood in the previous chapter when that spot is clear
   * (a corner held across chapters); null when none has room, so the caller can drop or fail.
   */
  const place = <L>(kind: FurnitureKind, anchor: Anchor, variants: Variant<L>[], optional = false) => {
    const spot = placeBest(
      variants.map((v) => ({ w: v.w, h: v.h })),
      (size) => candidateSpots(size, anchor, placed, frame, input.previous?.[kind]),
      frame,
      budget(),
      optional,
    );
    if (!spot) return null;
    const variant = variants[spot.variant]!;
    placed.push({ kind, rect: { x: spot.x, y: spot.y, w: variant.w, h: variant.h } });
    return variant.at(spot.x, spot.y);
  };

  // Credits: flush with the bottom-right corner, as every map has them. In full on two lines at most where
  // that costs little of the frame; else on one line, naming the sources by number.
  if (isShown(input, 'attribution') && input.attribution.trim()) {
    const notice = input.detailNotice;
    const full = layoutAttribution(input.attribution, u, W, H, Math.min(W * 0.55, 900 * u), measure, notice);
    const line = layoutAttribution(input.attribution, u, W, H, W - 2 * margin, measure, notice);
    const short = layoutAttribution(input.attributionShort, u, W, H, W - 2 * margin, measure, notice);
    const cheap = (a: AttributionLayout) => a.rect.w * a.rect.h <= CREDITS_SHARE * W * H;
    const fits =
      full.lines.length <= 2 && cheap(full) ? full : line.lines.length === 1 && cheap(line) ? line : short;
    plan.attribution = fits;
    placed.push({ kind: 'credits', rect: fits.rect });
  }

  if (isShown(input, 'title')) {
    const widths = [Math.min(W * 0.62, 1100 * u), Math.min(W * 0.5, 900 * u)];
    // Full, then smaller; last, in presenter mode (whose chapter card says what is shown), the time alone.
    const forms: [number, boolean][] = [
      [1, true],
      [0.8, true],
      [0.65, true],
      ...(input.chapter ? ([[0.8, false]] as [number, boolean][]) : []),
    ];
    const variants = forms.flatMap(([s, titled]) =>
      widths.map((maxWidth) => {
        const t = layoutTitleBlock(
          titled ? input.title : '',
          input.timeLabel,
          titled ? input.subtitle : undefined,
          u * s,
          0,
          0,
          maxWidth,
          measure,
        );
        return {
          w: t.rect.w,
          h: t.rect.h,
          at: (x: number, y: number) => ({ ...t, rect: move(t.rect, x, y) }),
        };
      }),
    );
    plan.title = place('title', 'top-left', variants) ?? undefined;
    if (!plan.title && !force) return null;
  }

  if (input.chapter && isShown(input, 'caption')) {
    const card = input.chapter;
    const variants = [
      [1, true, 0.45],
      [0.85, true, 0.5],
      [0.75, true, 0.6],
      [0.75, false, 0.6],
      [0.6, false, 0.8],
    ].map(([s, withText, share]) => {
      const c = layoutCaption(card, u * (s as number), W * (share as number), measure, withText as boolean);
      return { w: c.rect.w, h: c.rect.h, at: (x: number, y: number) => ({ ...c, rect: move(c.rect, x, y) }) };
    });
    plan.caption = place('caption', 'bottom-left', variants) ?? undefined;
    if (!plan.caption && !force) return null;
  }

  if (input.chapter && input.chapter.total > 1 && isShown(input, 'progress')) {
    const variants = [1, 0.75].map((s) => {
      const p = layoutProgress(input.chapter!, u * s);
      return { w: p.rect.w, h: p.rect.h, at: (x: number, y: number) => ({ ...p, rect: move(p.rect, x, y) }) };
    });
    plan.progress = place('progress', 'bottom-center', variants) ?? undefined;
  }

  if (isShown(input, 'scale')) {
    const variants = [1, 0.75].map((s) => {
      const sb = layoutScaleBar(input.center[1], input.zoom, u * s, 0, 0, measure);
      const dx = -sb.rect.x;
      const dy = -sb.rect.y;
      return {
        w: sb.rect.w,
        h: sb.rect.h,
        at: (x: number, y: number): ScaleLayout => ({
          ...sb,
          rect: move(sb.rect, x, y),
          barX: sb.barX + dx + x,
          barY: sb.barY + dy + y,
        }),
      };
    });
    plan.scale = place('scale', 'bottom-right', variants) ?? undefined;
    if (!plan.scale && !force) return null;
  }

  if (isShown(input, 'north')) {
    const side = plan.scale?.rect.h ?? 56 * u;
    const north = place(
      'north',
      'bottom-right',
      [{ w: side, h: side, at: (x: number, y: number) => ({ x, y, w: side, h: side }) }],
      true,
    );
    if (north) plan.north = north;
  }

  const entries = isShown(input, 'legend') ? input.legend : [];
  if (entries.length) {
    const note = isShown(input, 'note') ? input.uncertaintyNote : undefined;
    const form = input.legendForm ?? 'auto';
    const expanded: [LegendForm, number, boolean][] = [
      [`expanded`, 1, true],
      ['expanded', 0.85, true],
      ['expanded', 1, false],
      ['expanded', 0.85, false],
      ['expanded', 0.72, false],
    ];
    const collapsed: [LegendForm, number, boolean][] = [
      ['collapsed', 1, false],
      ['collapsed', 0.8, false],
      ['collapsed', 0.65, false],
    ];
    const explained: [LegendForm, number, boolean][] = [
      ['explained', 1, true],
      ['explained', 0.85, true],
      ['explained', 0.72, true],
    ];
    // Before an audience (a chapter card on the frame: presenting, or an export's captions) the legend keeps
    // its words: bare swatches explain nothing to a room. It shrinks first, to the lines in view; only on a frame
    // too small for any of that (a phone-sized 640×360) does it collapse rather than cover the action.
    const keepWords = input.chapter !== undefined;
    const smaller: [LegendForm, number, boolean][] = [
      ['expanded', 0.62, false],
      ['expanded', 0.54, false],
    ];
    const forms =
      form === 'collapsed'
        ? collapsed
        : form === 'full'
          ? [...explained, ...expanded, ...(keepWords ? smaller : []), ...collapsed]
          : [...expanded, ...(keepWords ? smaller : []), ...collapsed];
    const variants = forms.map(([f, s, withNote]) => {
      const l = layoutLegend(entries, input.lang, u * s, measure, f, withNote ? note : undefined);
      return { w: l.rect.w, h: l.rect.h, at: (x: number, y: number) => ({ ...l, rect: move(l.rect, x, y) }) };
    });
    plan.legend = place('legend', 'bottom-left', variants) ?? undefined;
    if (!plan.legend && !force) return null;
  }

  if (isShown(input, 'inset')) {
    const variants = [1, 0.75].map((s) => {
      const r = layoutInset(u * s, 0, 0);
      return { w: r.w, h: r.h, at: (x: number, y: number) => move(r, x, y) };
    });
    // The least important piece: dropped rather than laid over the action or over the budget.
    const inset = place('inset', 'top-right', variants, true);
    if (inset) plan.inset = inset;
    if (inset && input.inset) {
      const marker = insetMarker(input.bounds, input.inset.window, inset, 6 * u);
      plan.insetLabels = insetLabels(input.inset, inset, marker, input.lang, u, measure);
    }
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
