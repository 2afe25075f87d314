import type { LaserPoint, Stroke } from './strokes';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Draws strokes on a canvas whose CSS px are `scale` device px: dark casing under each colour, so ink reads
 * on the dark projector map and on the pale print one.
 */
export function drawStrokes(ctx: Ctx, strokes: readonly Stroke[], scale: number): void {
  ctx.save();
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const pass of ['casing', 'ink'] as const) {
    for (const s of strokes) {
      ctx.beginPath();
      const [x0, y0] = s.points[0]!;
      ctx.moveTo(x0 * scale, y0 * scale);
      // A single click leaves a dot: a zero-length segment with round caps.
      if (s.points.length === 1) ctx.lineTo(x0 * scale + 0.01, y0 * scale);
      for (const [x, y] of s.points.slice(1)) ctx.lineTo(x * scale, y * scale);
      ctx.strokeStyle = pass === 'casing' ? 'rgba(0, 0, 0, 0.55)' : s.color;
      ctx.lineWidth = (pass === 'casing' ? s.width + 3 : s.width) * scale;
      ctx.stroke();
    }
  }
  ctx.restore();
}

/** The laser: a bright red dot with a glow, and its trail as shrinking, fading dots. */
export function drawLaser(ctx: Ctx, trail: readonly (LaserPoint & { alpha: number })[], scale: number): void {
  if (!trail.length) return;
  ctx.save();
  for (let i = 0; i < trail.length; i++) {
    const p = trail[i]!;
    const head = i === trail.length - 1;
    const r = (head ? 9 : 3 + 5 * p.alpha) * scale;
    ctx.globalAlpha = head ? 1 : p.alpha * 0.8;
    ctx.shadowColor = 'rgba(255, 40, 40, 0.9)';
    ctx.shadowBlur = (head ? 18 : 8) * scale;
    ctx.fillStyle = head ? '#ff2a2a' : '#ff5a5a';
    ctx.beginPath();
    ctx.arc(p.x * scale, p.y * scale, r, 0, Math.PI * 2);
    ctx.fill();
    if (head) {
      ctx.shadowBlur = 0;
      ctx.fillStyle = '#fff4f4';
      ctx.beginPath();
      ctx.arc(p.x * scale, p.y * scale, r * 0.35, 0, Math.PI * 2);
      ctx.fill();
    }
  }
  ctx.restore();
}

/**
 * The view as the room saw it: the map's picture (a still of the current view at `width × height` CSS
 * px, `pixelRatio` device px each) with the strokes on top, as a PNG. The laser is not kept: it is a pointer.
 */
export async function composeSnapshot(
  map: ImageBitmap | OffscreenCanvas | HTMLCanvasElement,
  strokes: readonly Stroke[],
  pixelRatio: number,
): Promise<Blob> {
  const canvas = new OffscreenCanvas(map.width, map.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(map, 0, 0);
  drawStrokes(ctx, strokes, pixelRatio);
  return canvas.convertToBlob({ type: 'image/png' });
}
