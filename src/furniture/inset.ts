import type { Lang } from '../i18n/localize';
import type { Measure, Rect } from './furniture-input';
import { font, type FurniturePalette } from './furniture-theme';
import { INSET_ASPECT, near, type InsetView, type InsetWindow } from './inset-choice';
import { inPolygon, polygonBoxes, type InsetCountry } from './inset-world';
import { haloText, roundedRect, type Ctx } from './paint';

export { INSET_ASPECT };

/** Neighbours named besides the countries under the action, at most: a locator, not an atlas. */
const MAX_NEIGHBOURS = 4;

export function layoutInset(u: number, right: number, top: number): Rect {
  const w = 240 * u;
  const h = w / INSET_ASPECT;
  return { x: right - w, y: top, w, h };
}

/** [lon, lat] → px in `rect`, linear over the window, longitude taken as it comes (no wrapping). */
function linear(lon: number, lat: number, window: InsetWindow, rect: Rect): [number, number] {
  const { west, south, east, north } = window;
  return [
    rect.x + ((lon - west) / (east - west)) * rect.w,
    rect.y + ((north - lat) / (north - south)) * rect.h,
  ];
}

/**
 * [lon, lat] → px in `rect`, linear over the window (whose aspect already counts a degree of longitude at its
 * latitude), the longitude moved to the window's copy of the world.
 */
export function insetProject(lon: number, lat: number, window: InsetWindow, rect: Rect): [number, number] {
  return linear(near(lon, (window.west + window.east) / 2), lat, window, rect);
}

/**
 * The visible map as a rectangle on the inset, clamped to it and never smaller than `minSize` px, so a
 * close-up view still shows a findable mark.
 */
export function insetMarker(
  bounds: [[number, number], [number, number]],
  window: InsetWindow,
  rect: Rect,
  minSize: number,
): Rect {
  const [[west, south], [east, north]] = bounds;
  // The view's longitudes are continuous (a view across the antimeridian runs past 180): the whole view is
  // moved to the window's copy of the world, not each edge on its own.
  const shift = near((west + east) / 2, (window.west + window.east) / 2) - (west + east) / 2;
  const [x0, y0] = linear(west + shift, north, window, rect);
  const [x1, y1] = linear(east + shift, south, window, rect);
  const clampX = (x: number) => Math.min(rect.x + rect.w, Math.max(rect.x, x));
  const clampY = (y: number) => Math.min(rect.y + rect.h, Math.max(rect.y, y));
  let [l, r, t, b] = [clampX(Math.min(x0, x1)), clampX(Math.max(x0, x1)), clampY(y0), clampY(y1)];
  if (r - l < minSize) [l, r] = grow(l, r, minSize, rect.x, rect.x + rect.w);
  if (b - t < minSize) [t, b] = grow(t, b, minSize, rect.y, rect.y + rect.h);
  return { x: l, y: t, w: r - l, h: b - t };
}

function grow(a: number, b: number, size: number, lo: number, hi: number): [number, number] {
  const mid = Math.min(hi - size / 2, Math.max(lo + size / 2, (a + b) / 2));
  return [mid - size / 2, mid + size / 2];
}

/** The polygons of a country that reach the window, each moved to the window's copy of the world. */
function visiblePolygons(c: InsetCountry, window: InsetWindow): [number[][], number][] {
  const centre = (window.west + window.east) / 2;
  const out: [number[][], number][] = [];
  polygonBoxes(c).forEach(([w, s, e, n], i) => {
    const shift = near((w + e) / 2, centre) - (w + e) / 2;
    if (e + shift < window.west || w + shift > window.east || n < window.south || s > window.north) return;
    out.push([c.polygons[i]!, shift]);
  });
  return out;
}

function tracePolygons(ctx: Ctx, polygons: [number[][], number][], window: InsetWindow, rect: Rect): void {
  const { west, south, east, north } = window;
  const kx = rect.w / (east - west);
  const ky = rect.h / (north - south);
  ctx.beginPath();
  for (const [poly, shift] of polygons)
    for (const ring of poly) {
      for (let i = 0; i + 1 < ring.length; i += 2) {
        const x = rect.x + (ring[i]! + shift - west) * kx;
        const y = rect.y + (north - ring[i + 1]!) * ky;
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.closePath();
    }
}

/** Where a country's name can go on the inset, and how much of the window it covers (grid cells). */
interface LabelSpot {
  country: InsetCountry;
  at: [number, number];
  cells: number;
}

/** The grid the window is sampled on, columns × rows, for what of each country it shows. */
const GRID = [24, 18] as const;

const spotsOf = new WeakMap<InsetView, LabelSpot[]>();

/**
 * Every country in the window with where its name goes, largest share of the window first: its own label point
 * when that is well inside, else the sampled cell nearest the middle of its visible part (Algeria north of
 * Mali, Russia beside Ukraine). Computed once per inset view.
 */
function labelSpots(view: InsetView): LabelSpot[] {
  let spots = spotsOf.get(view);
  if (spots) return spots;
  const { west, south, east, north } = view.window;
  const [cols, rows] = GRID;
  const inner = (lon: number, lat: number) => {
    const x = (near(lon, (west + east) / 2) - west) / (east - west);
    const y = (north - lat) / (north - south);
    return x > 0.12 && x < 0.88 && y > 0.1 && y < 0.9;
  };
  spots = [];
  for (const c of view.world.countries) {
    const polygons = visiblePolygons(c, view.window);
    if (!polygons.length) continue;
    const cells: [number, number][] = [];
    for (let i = 0; i < cols; i++)
      for (let j = 0; j < rows; j++) {
        const lon = west + ((i + 0.5) / cols) * (east - west);
        const lat = north - ((j + 0.5) / rows) * (north - south);
        if (polygons.some(([poly, shift]) => inPolygon(lon - shift, lat, poly))) cells.push([lon, lat]);
      }
    if (!cells.length) continue;
    let at: [number, number] = c.label;
    if (!inner(c.label[0], c.label[1])) {
      const mx = cells.reduce((a, p) => a + p[0], 0) / cells.length;
      const my = cells.reduce((a, p) => a + p[1], 0) / cells.length;
      at = cells.reduce((a, p) =>
        Math.hypot(p[0] - mx, p[1] - my) < Math.hypot(a[0] - mx, a[1] - my) ? p : a,
      );
    }
    spots.push({ country: c, at, cells: cells.length });
  }
  spots.sort((a, b) => b.cells - a.cells || a.country.id.localeCompare(b.country.id));
  spotsOf.set(view, spots);
  return spots;
}

/** A country name on the inset: where it goes, how large, and whether it is one under the action. */
export interface InsetLabel {
  text: string;
  x: number;
  y: number;
  font: string;
  focus: boolean;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * The names on the inset: the countries under the action first (bold, moved off the marker when they would
 * cover it), then the largest neighbours whose label point is in the window, each only where it collides with
 * no name already set, the marker or the inset's edge.
 */
export function insetLabels(
  view: InsetView,
  rect: Rect,
  marker: Rect,
  lang: Lang,
  u: number,
  measure: Measure,
): InsetLabel[] {
  const spots = labelSpots(view);
  const focus = view.focus.flatMap((id) => spots.find((s) => s.country.id === id) ?? []);
  const neighbours = spots.filter((s) => !view.focus.includes(s.country.id));
  const taken: Rect[] = [marker];
  const labels: InsetLabel[] = [];
  const inside = (b: Rect) =>
    b.x >= rect.x + 2 &&
    b.x + b.w <= rect.x + rect.w - 2 &&
    b.y >= rect.y + 2 &&
    b.y + b.h <= rect.y + rect.h - 2;
  const tryPlace = ({ country: c, at }: LabelSpot, isFocus: boolean, offsets: [number, number][]) => {
    const text = (lang === 'fr' ? c.fr : c.en).toUpperCase();
    const f = font(Math.max(9, (isFocus ? 15 : 11.5) * u), isFocus ? 700 : 400);
    const w = measure(text, f);
    const h = Math.max(9, (isFocus ? 15 : 11.5) * u) * 1.2;
    const [px, py] = insetProject(at[0], at[1], view.window, rect);
    for (const [dx, dy] of offsets) {
      const x = px + dx;
      const y = py + dy;
      const box = { x: x - w / 2, y: y - h / 2, w, h };
      if (!inside(box) || taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      labels.push({ text, x, y, font: f, focus: isFocus });
      return;
    }
  };
  // The country under the action may hold the marker: its name goes beside it, not over it.
  const step = 16 * u;
  const around: [number, number][] = [
    [0, 0],
    [0, step],
    [0, -step],
    [0, 2 * step],
    [0, -2 * step],
    [-2 * step, 0],
    [2 * step, 0],
  ];
  for (const c of focus) tryPlace(c, true, around);
  for (const c of neighbours.slice(0, MAX_NEIGHBOURS * 3)) {
    if (labels.length >= focus.length + MAX_NEIGHBOURS) break;
    tryPlace(c, false, [[0, 0]]);
  }
  return labels;
}

export function drawInset(
  ctx: Ctx,
  rect: Rect,
  view: InsetView | undefined,
  labels: readonly InsetLabel[],
  bounds: [[number, number], [number, number]],
  palette: FurniturePalette,
  u: number,
): void {
  const radius = 6 * u;
  ctx.save();
  roundedRect(ctx, rect, radius);
  ctx.clip();
  ctx.fillStyle = palette.insetSea;
  ctx.fillRect(rect.x, rect.y, rect.w, rect.h);

  if (view) {
    const { window } = view;
    const focus = new Set(view.focus);
    ctx.lineJoin = 'round';
    ctx.lineWidth = Math.max(0.75, 0.8 * u);
    ctx.strokeStyle = palette.insetBorder;
    for (const c of view.world.countries) {
      const polygons = visiblePolygons(c, window);
      if (!polygons.length) continue;
      tracePolygons(ctx, polygons, window, rect);
      ctx.fillStyle = focus.has(c.id) ? palette.insetFocus : palette.insetLand;
      ctx.fill('evenodd');
      ctx.stroke();
    }
    for (const c of view.world.countries) {
      if (!focus.has(c.id)) continue;
      tracePolygons(ctx, visiblePolygons(c, window), window, rect);
      ctx.lineWidth = Math.max(1.25, 1.8 * u);
      ctx.strokeStyle = palette.insetFocusOutline;
      ctx.stroke();
    }

    const marker = insetMarker(bounds, window, rect, 6 * u);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const label of labels) {
      ctx.font = label.font;
      const fill = label.focus ? palette.text : palette.mutedText;
      haloText(ctx, label.text, label.x, label.y, fill, palette.halo, Math.max(2, 3 * u));
    }

    // A halo under the red keeps the mark visible on the highlighted country in both themes.
    ctx.lineJoin = 'miter';
    ctx.lineWidth = Math.max(3, 4.5 * u);
    ctx.strokeStyle = palette.halo;
    ctx.strokeRect(marker.x, marker.y, marker.w, marker.h);
    ctx.lineWidth = Math.max(1.5, 2.25 * u);
    ctx.strokeStyle = palette.insetMarker;
    ctx.strokeRect(marker.x, marker.y, marker.w, marker.h);
  }
  ctx.restore();

  roundedRect(ctx, rect, radius);
  ctx.lineWidth = Math.max(1, 1.5 * u);
  ctx.strokeStyle = palette.panelBorder;
  ctx.stroke();
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
}
