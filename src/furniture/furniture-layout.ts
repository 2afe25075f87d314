import { layoutAttribution, type AttributionLayout } from './attribution';
import {
  isShown,
  layoutUnit,
  type FurnitureElement,
  type FurnitureInput,
  type Measure,
  type Rect,
} from './furniture-input';
import { layoutInset } from './inset';
import { layoutLegend, type LegendLayout } from './legend';
import { layoutNote, type NoteLayout } from './note';
import { layoutScaleBar, type ScaleLayout } from './scale-bar';
import { approxMeasure } from './text';
import { layoutTitleBlock, type TitleLayout } from './title-block';

export interface FurniturePlan {
  u: number;
  /** Unit the legend and note were set at: u, or less when the frame is too short for them at u. */
  legendK: number;
  title?: TitleLayout;
  inset?: Rect;
  attribution?: AttributionLayout;
  scale?: ScaleLayout;
  north?: Rect;
  legend?: LegendLayout;
  note?: NoteLayout;
}

export type FurnitureRects = Partial<Record<FurnitureElement, Rect>>;

const overlaps = (a: Rect, b: Rect, gap: number) =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

/**
 * Legend sizes to try, [columns, shrink], best first: a little smaller before a second column, since one
 * column reads top to bottom; 60 % is the floor for legibility from the back of a room.
 */
const ATTEMPTS: [number, number][] = [
  [1, 1],
  [1, 0.95],
  [1, 0.9],
  [1, 0.85],
  [2, 1],
  [2, 0.9],
  [1, 0.8],
  [2, 0.8],
  [1, 0.7],
  [2, 0.7],
  [3, 0.8],
  [2, 0.6],
  [3, 0.7],
  [3, 0.6],
];

const move = (r: Rect, x: number, y: number): Rect => ({ ...r, x, y });

/**
 * Where everything goes. Corners first (title top-left, inset top-right, scale and north bottom-right,
 * credits on the bottom edge), then the legend with its note in the first free slot: bottom-left, then
 * the right column, shrinking it or splitting it into columns (ATTEMPTS) until one is free.
 */
export function planFurniture(input: FurnitureInput, measure: Measure): FurniturePlan {
  const { width: W, height: H } = input;
  const u = layoutUnit(W, H);
  const margin = 24 * u;
  const gap = 14 * u;
  const plan: FurniturePlan = { u, legendK: u };
  const placed: Rect[] = [];

  if (isShown(input, 'attribution') && input.attribution.trim()) {
    plan.attribution = layoutAttribution(input.attribution, u, W, H, Math.min(W * 0.55, 900 * u), measure);
    placed.push(plan.attribution.rect);
  }
  const bottom = plan.attribution ? plan.attribution.rect.y - gap * 0.6 : H - margin;
  let brLeft = W - margin;
  if (isShown(input, 'scale')) {
    plan.scale = layoutScaleBar(input.center[1], input.zoom, u, W - margin, bottom, measure);
    placed.push(plan.scale.rect);
    brLeft = plan.scale.rect.x - gap * 0.6;
  }
  if (isShown(input, 'north')) {
    const side = plan.scale?.rect.h ?? 64 * u;
    plan.north = { x: brLeft - side, y: bottom - side, w: side, h: side };
    placed.push(plan.north);
  }
  if (isShown(input, 'inset')) {
    plan.inset = layoutInset(u, W - margin, margin);
    placed.push(plan.inset);
  }
  if (isShown(input, 'title')) {
    const right = plan.inset ? plan.inset.x - gap : W - margin;
    const maxWidth = Math.min(right - margin, 1100 * u);
    plan.title = layoutTitleBlock(
      input.title,
      input.timeLabel,
      input.subtitle,
      u,
      margin,
      margin,
      maxWidth,
      measure,
    );
    placed.push(plan.title.rect);
  }

  const entries = isShown(input, 'legend') ? input.legend : [];
  const noteText = isShown(input, 'note') ? (input.uncertaintyNote ?? '').trim() : '';
  if (entries.length === 0 && !noteText) return plan;

  const free = (r: Rect) =>
    r.x >= margin - 0.01 &&
    r.y >= margin - 0.01 &&
    r.x + r.w <= W - margin + 0.01 &&
    r.y + r.h <= H - margin + 0.01 &&
    placed.every((p) => !overlaps(r, p, gap - 0.01));

  let fallback: Pick<FurniturePlan, 'legend' | 'note' | 'legendK'> | undefined;
  for (const [columns, shrink] of ATTEMPTS) {
    const k = u * shrink;
    const legend = entries.length ? layoutLegend(entries, input.lang, k, measure, columns) : undefined;
    const note = noteText ? layoutNote(noteText, legend?.rect.w ?? 380 * k, k, measure) : undefined;
    const stackGap = legend && note ? gap * 0.5 : 0;
    const stackW = Math.max(legend?.rect.w ?? 0, note?.rect.w ?? 0);
    const stackH = (legend?.rect.h ?? 0) + stackGap + (note?.rect.h ?? 0);
    const slots: [number, number][] = [
      [margin, H - margin - stackH],
      [margin, bottom - stackH],
      [W - margin - stackW, (plan.inset ? plan.inset.y + plan.inset.h : margin) + gap],
      [W - margin - stackW, Math.min(plan.scale?.rect.y ?? bottom, plan.north?.y ?? bottom) - gap - stackH],
    ];
    const stack = (x: number, y: number) => ({
      legendK: k,
      legend: legend && { ...legend, rect: move(legend.rect, x, y) },
      note: note && { ...note, rect: move(note.rect, x, y + (legend?.rect.h ?? 0) + stackGap) },
    });
    // Last resort, kept inside the frame: bottom-left at the smallest size, over whatever is there.
    fallback = stack(margin, Math.max(margin, H - margin - stackH));
    const slot = slots.find(([x, y]) => free({ x, y, w: stackW, h: stackH }));
    if (slot) return { ...plan, ...stack(...slot) };
  }
  return { ...plan, ...fallback };
}

/** The rectangle of each piece a plan draws (absent when hidden or empty), for label obstacles and checks. */
export function furnitureRects(plan: FurniturePlan): FurnitureRects {
  const rects: FurnitureRects = {};
  if (plan.title) rects.title = plan.title.rect;
  if (plan.legend) rects.legend = plan.legend.rect;
  if (plan.note) rects.note = plan.note.rect;
  if (plan.scale) rects.scale = plan.scale.rect;
  if (plan.north) rects.north = plan.north;
  if (plan.inset) rects.inset = plan.inset;
  if (plan.attribution) rects.attribution = plan.attribution.rect;
  return rects;
}

/** The rectangle of each piece drawn for `input`, laid out with `measure`. */
export function furnitureLayout(input: FurnitureInput, measure: Measure = approxMeasure): FurnitureRects {
  return furnitureRects(planFurniture(input, measure));
}
