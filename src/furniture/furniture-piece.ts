import type { FurnitureInput, Measure, Rect } from './furniture-input';
import type { FurnitureKind, FurniturePlan } from './furniture-layout';
import type { Anchor } from './placement';

/** A box moved to (x, y). */
export const move = (r: Rect, x: number, y: number): Rect => ({ ...r, x, y });

/** A way to draw a piece: its size and whatever places it. */
export interface Variant<L> {
  w: number;
  h: number;
  at: (x: number, y: number) => L;
}

/** What a piece is laid out with: the input, the unit, the frame and the plan so far. */
export interface PieceEnv {
  input: FurnitureInput;
  measure: Measure;
  u: number;
  W: number;
  H: number;
  margin: number;
  plan: FurniturePlan;
}

/**
 * One piece of furniture as data: when it is shown, its corner, its forms largest first, and where it goes in
 * the plan. `fixed` pieces (the credits) set their own place; the others take the first form with room.
 */
export interface PieceSpec<L> {
  kind: FurnitureKind;
  anchor: Anchor;
  shown: (input: FurnitureInput) => boolean;
  /** The frame cannot do without it: when no form has room, the whole layout is set again smaller. */
  required?: boolean;
  /** Dropped rather than laid over the action or over the budget (placement's `optional`). */
  droppable?: boolean;
  variants: (env: PieceEnv) => Variant<L>[];
  /** A piece that places itself: its one layout and the box it takes. */
  fixed?: (env: PieceEnv) => { layout: L; rect: Rect };
  keep: (plan: FurniturePlan, layout: L, env: PieceEnv) => void;
}

/** A layout of size `rect` moved wherever it is placed. */
export const movable = <L extends { rect: Rect }>(l: L): Variant<L> => ({
  w: l.rect.w,
  h: l.rect.h,
  at: (x, y) => ({ ...l, rect: move(l.rect, x, y) }),
});

export const piece = <L>(spec: PieceSpec<L>) => spec as unknown as PieceSpec<unknown>;
