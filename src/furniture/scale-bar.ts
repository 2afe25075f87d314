import type { Measure, Rect } from './furniture-input';
import { font, type FurniturePalette } from './furniture-theme';
import type { Ctx } from './paint';

/** WGS84 equatorial circumference, as MapLibre uses it. */
const EARTH_CIRCUMFERENCE = 40075016.686;
/** MapLibre's tiles are 512 CSS px at their zoom, not the 256 of older web maps. */
const TILE_SIZE = 512;

/** Ground metres per CSS px at the centre of a Web Mercator view (MapLibre convention). */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

export interface ScaleChoice {
  metres: number;
  px: number;
  label: string;
  /** Alternating segments, so the bar is read as a ruler (quarters of 1 and 2, fifths of 5). */
  segments: number;
}

/**
 * The longest round distance (1, 2 or 5 × 10ⁿ m) whose bar fits in `maxPx`. The steps are at most ×2.5
 * apart, so the bar is always longer than maxPx / 2.5.
 */
export function chooseScale(metresPerPx: number, maxPx: number): ScaleChoice {
  const maxMetres = metresPerPx * maxPx;
  const exponent = Math.floor(Math.log10(maxMetres));
  let metres = 10 ** exponent;
  for (const step of [5, 2, 1]) {
    const candidate = step * 10 ** exponent;
    if (candidate <= maxMetres * (1 + 1e-9)) {
      metres = candidate;
      break;
    }
  }
  // Float noise from 10 ** exponent (e.g. 0.30000000000000004) would leak into the label.
  metres = Number(metres.toPrecision(6));
  const leading = Number(metres.toExponential(0).charAt(0));
  return { metres, px: metres / metresPerPx, label: distanceLabel(metres), segments: leading === 5 ? 5 : 4 };
}

/** "500 m", "20 km", "0.5 m"; the same words in English and French. */
export function distanceLabel(metres: number): string {
  return metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
}

export interface ScaleLayout {
  rect: Rect;
  choice: ScaleChoice;
  barX: number;
  barY: number;
  barH: number;
  labelFont: string;
}

const PAD = 14;
const BAR_H = 9;
const LABEL = 17;

/** The longest bar, at the layout unit: the panel is always this wide, whatever distance the camera gives. */
const BAR_MAX = 200;

/**
 * A panel holding the labels and the bar, right edge at `right`, bottom edge at `bottom`. Its size depends on
 * the layout unit alone, not on the camera, so the furniture is laid out the same wherever the map looks
 * (a chapter's camera can then be fitted around it); the bar starts at the left and runs as far as it needs.
 */
export function layoutScaleBar(
  latitude: number,
  zoom: number,
  u: number,
  right: number,
  bottom: number,
  measure: Measure,
): ScaleLayout {
  const choice = chooseScale(metresPerPixel(latitude, zoom), BAR_MAX * u);
  const labelFont = font(LABEL * u, 700);
  const pad = PAD * u;
  // The end labels are centred on the bar's ends: room for "0" on the left, the widest distance on the right.
  const left = measure('0', labelFont) / 2;
  const overhang = measure('5000 km', labelFont) / 2;
  const w = pad + left + BAR_MAX * u + overhang + pad;
  const h = pad + LABEL * u * 1.25 + 5 * u + BAR_H * u + pad;
  const rect = { x: right - w, y: bottom - h, w, h };
  return {
    rect,
    choice,
    barX: rect.x + pad + left,
    barY: rect.y + h - pad - BAR_H * u,
    barH: BAR_H * u,
    labelFont,
  };
}

export function drawScaleBar(ctx: Ctx, s: ScaleLayout, palette: FurniturePalette, u: number): void {
  const { barX, barY, barH, choice } = s;
  const seg = choice.px / choice.segments;
  const line = Math.max(1, 1.5 * u);
  for (let i = 0; i < choice.segments; i++) {
    ctx.fillStyle = i % 2 === 0 ? palette.scaleDark : palette.scaleLight;
    ctx.fillRect(barX + i * seg, barY, seg, barH);
  }
  // An outline in the text colour keeps the dark segments visible on a dark panel.
  ctx.lineWidth = line;
  ctx.strokeStyle = palette.text;
  ctx.strokeRect(barX, barY, choice.px, barH);

  ctx.font = s.labelFont;
  ctx.fillStyle = palette.text;
  ctx.textBaseline = 'alphabetic';
  const labelY = barY - 6 * u;
  ctx.textAlign = 'center';
  ctx.fillText('0', barX, labelY);
  ctx.fillText(choice.label, barX + choice.px, labelY);
  ctx.textAlign = 'left';
}
