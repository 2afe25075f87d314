/** Paper sizes in mm, portrait (width × height). */
export const PAPER_MM = {
  a4: { w: 210, h: 297 },
  a3: { w: 297, h: 420 },
  letter: { w: 215.9, h: 279.4 },
} as const;

export type Paper = keyof typeof PAPER_MM;
export type Orientation = 'landscape' | 'portrait';

/** A box on the page in mm from its top-left corner. */
export interface BoxMm {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where the pieces of a map page go; none overlaps another and all lie within the margins. */
export interface PageLayout {
  page: { w: number; h: number };
  margin: number;
  /** Title, moment and "as of" lines. */
  header: BoxMm;
  /** The map raster. */
  map: BoxMm;
  /** The map plus the band around it where the graticule's degree labels go (the map is inside it). */
  frame: BoxMm;
  /** Scale, north arrow, legend, sources: beside the map (landscape) or under it (portrait). */
  panel: BoxMm;
  /** The credits line. */
  footer: BoxMm;
}

/** Room for the degree labels: wide enough at the sides for "18°30′N" in 6.5 pt. */
export const TICK_BAND = { side: 11, top: 5 };
const HEADER = 17;
const FOOTER = 7;
const GAP = 4;

export function pageSize(paper: Paper, orientation: Orientation): { w: number; h: number } {
  const { w, h } = PAPER_MM[paper];
  return orientation === 'landscape' ? { w: h, h: w } : { w, h };
}

/**
 * The map page: header across the top, credits across the bottom, the map framed by its degree labels, and
 * the panel beside it (landscape, a quarter of the width) or under it (portrait, a third of the height).
 */
export function layoutPage(paper: Paper, orientation: Orientation, margin: number): PageLayout {
  const page = pageSize(paper, orientation);
  if (!(margin >= 0) || margin > Math.min(page.w, page.h) / 4)
    throw new Error(`Margins of ${margin} mm do not leave room for a map on this paper`);
  const inner = { x: margin, y: margin, w: page.w - 2 * margin, h: page.h - 2 * margin };
  const header = { x: inner.x, y: inner.y, w: inner.w, h: HEADER };
  const footer = { x: inner.x, y: inner.y + inner.h - FOOTER, w: inner.w, h: FOOTER };
  const body = { x: inner.x, y: header.y + HEADER + GAP / 2, w: inner.w, h: inner.h - HEADER - FOOTER - GAP };
  let frame: BoxMm;
  let panel: BoxMm;
  if (orientation === 'landscape') {
    const panelW = Math.min(95, Math.max(62, body.w * 0.26));
    panel = { x: body.x + body.w - panelW, y: body.y, w: panelW, h: body.h };
    frame = { x: body.x, y: body.y, w: body.w - panelW - GAP, h: body.h };
  } else {
    const panelH = Math.max(70, body.h * 0.32);
    panel = { x: body.x, y: body.y + body.h - panelH, w: body.w, h: panelH };
    frame = { x: body.x, y: body.y, w: body.w, h: body.h - panelH - GAP };
  }
  const map = {
    x: frame.x + TICK_BAND.side,
    y: frame.y + TICK_BAND.top,
    w: frame.w - 2 * TICK_BAND.side,
    h: frame.h - 2 * TICK_BAND.top,
  };
  return { page, margin, header, map, frame, panel, footer };
}

/** True when the boxes share some area (touching edges do not count). */
export function overlaps(a: BoxMm, b: BoxMm): boolean {
  const e = 1e-6;
  return a.x < b.x + b.w - e && b.x < a.x + a.w - e && a.y < b.y + b.h - e && b.y < a.y + a.h - e;
}

export function inside(a: BoxMm, b: BoxMm): boolean {
  const e = 1e-6;
  return a.x >= b.x - e && a.y >= b.y - e && a.x + a.w <= b.x + b.w + e && a.y + a.h <= b.y + b.h + e;
}
