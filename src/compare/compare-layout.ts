/** The divider's steps under the arrow keys: fine by default, coarse with Shift. */
const STEP = 0.02;
const SHIFT_STEP = 0.1;

/**
 * Where a swipe's divider goes for a key, as a share of the map's width (0 left edge, 1 right edge); undefined
 * for a key the divider does not take.
 */
export function stepDivider(divider: number, key: string, shift: boolean): number | undefined {
  const step = shift ? SHIFT_STEP : STEP;
  if (key === 'ArrowLeft' || key === 'ArrowDown') return clampDivider(divider - step);
  if (key === 'ArrowRight' || key === 'ArrowUp') return clampDivider(divider + step);
  if (key === 'Home') return 0;
  if (key === 'End') return 1;
  return undefined;
}

export function clampDivider(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, Math.round(x * 1000) / 1000)) : 0.5;
}

/** The divider for a pointer at clientX over a map whose box starts at `left` and is `width` wide. */
export function dividerAt(clientX: number, left: number, width: number): number {
  return width > 0 ? clampDivider((clientX - left) / width) : 0.5;
}

/** The CSS clip that shows the compared moment left of the divider only. */
export function swipeClip(divider: number): string {
  return `inset(0 ${((1 - clampDivider(divider)) * 100).toFixed(1)}% 0 0)`;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A split's two halves in whole pixels: side by side on a landscape (or square) frame, one above the other on
 * a portrait one; `first` shows the compared moment (left or top), `second` the map's own.
 */
export function splitHalves(width: number, height: number): { first: Box; second: Box; stacked: boolean } {
  const stacked = height > width;
  if (stacked) {
    const h = Math.floor(height / 2);
    return {
      first: { x: 0, y: 0, width, height: h },
      second: { x: 0, y: h, width, height: height - h },
      stacked,
    };
  }
  const w = Math.floor(width / 2);
  return {
    first: { x: 0, y: 0, width: w, height },
    second: { x: w, y: 0, width: width - w, height },
    stacked,
  };
}
