import type { Rect } from './furniture-input';
import { font, type FurniturePalette } from './furniture-theme';
import type { Ctx } from './paint';

/**
 * Screen direction of true north for a MapLibre bearing (degrees clockwise from north): the map turns by
 * −bearing, so north turns with it. Radians, clockwise positive, as canvas `rotate` takes them.
 */
export function northRotation(bearing: number): number {
  const deg = (((-bearing % 360) + 540) % 360) - 180;
  return (deg * Math.PI) / 180;
}

/** A half-filled arrowhead with an N under it, drawn centred in `rect` and turned to true north. */
export function drawNorthArrow(ctx: Ctx, rect: Rect, bearing: number, palette: FurniturePalette): void {
  // Drawn in a 64-unit design box, scaled to the rect, so arrow and letter keep their proportions.
  const s = Math.min(rect.w, rect.h) / 64;
  ctx.save();
  ctx.translate(rect.x + rect.w / 2, rect.y + rect.h / 2);
  ctx.rotate(northRotation(bearing));
  ctx.scale(s, s);

  const tip: [number, number] = [0, -27];
  const left: [number, number] = [-11, 3];
  const right: [number, number] = [11, 3];
  const notch: [number, number] = [0, -5];

  ctx.lineJoin = 'miter';
  ctx.lineWidth = 2;
  ctx.strokeStyle = palette.arrowOutline;
  ctx.fillStyle = palette.arrowFill;
  // Left half solid, right half open: the traditional needle reads as "north" even at a glance.
  ctx.beginPath();
  ctx.moveTo(...tip);
  ctx.lineTo(...left);
  ctx.lineTo(...notch);
  ctx.closePath();
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(...tip);
  ctx.lineTo(...left);
  ctx.lineTo(...notch);
  ctx.lineTo(...right);
  ctx.closePath();
  ctx.stroke();

  ctx.font = font(19, 700);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = palette.text;
  ctx.fillText('N', 0, 17);
  ctx.restore();
}
