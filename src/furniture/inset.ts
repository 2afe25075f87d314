import type { Lang } from '../i18n/localize';
import { ui, type StringKey } from '../i18n/strings';
import type { Rect } from './furniture-input';
import { font, type FurniturePalette } from './furniture-theme';
import insetData from './inset-data.json';
import { haloText, roundedRect, type Ctx } from './paint';

type Ring = number[][];
interface InsetCountry {
  name: string;
  polygons: Ring[][];
}
export interface Window {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Built by scripts/build-inset.mjs from Natural Earth 1:110m. */
const DATA = insetData as { window: Window; countries: InsetCountry[] };
export const INSET_WINDOW: Window = DATA.window;
export const INSET_COUNTRIES: readonly InsetCountry[] = DATA.countries;
const FOCUS = 'Mali';

/** Width ÷ height of the inset, one degree the same length both ways (plain equirectangular). */
export const INSET_ASPECT =
  (INSET_WINDOW.east - INSET_WINDOW.west) / (INSET_WINDOW.north - INSET_WINDOW.south);

/** Placed by eye inside each country, clear of Kidal's marker, which sits in north-east Mali. */
const LABELS: { key: StringKey; lon: number; lat: number; focus: boolean }[] = [
  { key: 'insetMali', lon: -7.6, lat: 13.3, focus: true },
  { key: 'insetNiger', lon: 9.6, lat: 16.4, focus: false },
  { key: 'insetAlgeria', lon: 2.5, lat: 26.3, focus: false },
];

export function layoutInset(u: number, right: number, top: number): Rect {
  const w = 240 * u;
  const h = w / INSET_ASPECT;
  return { x: right - w, y: top, w, h };
}

/** [lon, lat] → px in `rect`, equirectangular over INSET_WINDOW. */
export function insetProject(lon: number, lat: number, rect: Rect): [number, number] {
  const { west, south, east, north } = INSET_WINDOW;
  return [
    rect.x + ((lon - west) / (east - west)) * rect.w,
    rect.y + ((north - lat) / (north - south)) * rect.h,
  ];
}

/**
 * The visible map as a rectangle on the inset, clamped to it and never smaller than `minSize` px, so a
 * close-up view still shows a findable mark.
 */
export function insetMarker(bounds: [[number, number], [number, number]], rect: Rect, minSize: number): Rect {
  const [[west, south], [east, north]] = bounds;
  const [x0, y0] = insetProject(west, north, rect);
  const [x1, y1] = insetProject(east, south, rect);
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

function tracePolygons(ctx: Ctx, polygons: Ring[][], rect: Rect): void {
  ctx.beginPath();
  for (const poly of polygons)
    for (const ring of poly) {
      ring.forEach(([lon = 0, lat = 0], i) => {
        const [x, y] = insetProject(lon, lat, rect);
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      });
      ctx.closePath();
    }
}

export function drawInset(
  ctx: Ctx,
  rect: Rect,
  bounds: [[number, number], [number, number]],
  lang: Lang,
  palette: FurniturePalette,
  u: number,
): void {
  const radius = 6 * u;
  ctx.save();
  roundedRect(ctx, rect, radius);
  ctx.clip();
  ctx.fillStyle = palette.insetSea;
  ctx.fillRect(rect.x, rect.y, rect.w, rect.h);

  ctx.lineJoin = 'round';
  ctx.lineWidth = Math.max(0.75, 0.8 * u);
  ctx.strokeStyle = palette.insetBorder;
  for (const c of INSET_COUNTRIES) {
    tracePolygons(ctx, c.polygons, rect);
    ctx.fillStyle = c.name === FOCUS ? palette.insetFocus : palette.insetLand;
    ctx.fill('evenodd');
    ctx.stroke();
  }
  const focus = INSET_COUNTRIES.find((c) => c.name === FOCUS);
  if (focus) {
    tracePolygons(ctx, focus.polygons, rect);
    ctx.lineWidth = Math.max(1.25, 1.8 * u);
    ctx.strokeStyle = palette.insetFocusOutline;
    ctx.stroke();
  }

  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const label of LABELS) {
    const [x, y] = insetProject(label.lon, label.lat, rect);
    ctx.font = font(Math.max(9, (label.focus ? 15 : 11.5) * u), label.focus ? 700 : 400);
    const fill = label.focus ? palette.text : palette.mutedText;
    haloText(ctx, ui(lang, label.key), x, y, fill, palette.halo, Math.max(2, 3 * u));
  }

  const marker = insetMarker(bounds, rect, 6 * u);
  // A halo under the red keeps the mark visible on the highlighted country in both themes.
  ctx.lineJoin = 'miter';
  ctx.lineWidth = Math.max(3, 4.5 * u);
  ctx.strokeStyle = palette.halo;
  ctx.strokeRect(marker.x, marker.y, marker.w, marker.h);
  ctx.lineWidth = Math.max(1.5, 2.25 * u);
  ctx.strokeStyle = palette.insetMarker;
  ctx.strokeRect(marker.x, marker.y, marker.w, marker.h);
  ctx.restore();

  roundedRect(ctx, rect, radius);
  ctx.lineWidth = Math.max(1, 1.5 * u);
  ctx.strokeStyle = palette.panelBorder;
  ctx.stroke();
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
}
