import type { Exporter, ExportJob } from '../export/exporter';
import type { FurnitureElement } from '../furniture/furniture-input';
import { ui } from '../i18n/strings';
import type { Lang } from '../i18n/localize';
import { formatDateTime } from '../time/format-time';
import { clampDivider, splitHalves } from './compare-layout';
import type { CompareSpec } from './compare-link';

type Show = Partial<Record<FurnitureElement, boolean>>;

// One legend and one set of credits per image: the compared half keeps its title (its moment) and scale; the
// legend, note, inset and credits are the map's own half's. In a swipe the compared moment is on the left,
// where the title and legend are, and the main moment on the right, where the inset and credits are.
const SPLIT_FIRST: Show = { legend: false, note: false, inset: false, attribution: false, north: false };
const SWIPE_FIRST: Show = { inset: false, attribution: false, scale: false, north: false };

export interface CompareStillRequest {
  /** The map's own moment. */
  t: number;
  compare: CompareSpec;
  /** The swipe's divider, as a share of the width. */
  divider: number;
  timeZone: string;
  lang: Lang;
}

async function bitmapOf(blob: Blob): Promise<ImageBitmap> {
  return createImageBitmap(blob);
}

/**
 * One PNG of a comparison at exactly the job's size: split, the two halves each rendered by the exporter (the
 * same composeScene, so the same picture as the screen) side by side (one above the other on a portrait
 * frame); swipe, both moments at the full size cut at the divider. Each side is labelled with its moment. The
 * halves are drawn one after the other on the one export map, so a comparison exported twice is identical.
 */
export async function compareStill(
  exporter: Exporter,
  job: ExportJob,
  r: CompareStillRequest,
): Promise<Blob> {
  const { width, height, pixelRatio } = job.size;
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot create a 2D canvas for compositing the comparison.');
  const other = r.compare.t;
  if (r.compare.mode === 'split') {
    const { first, second, stacked } = splitHalves(width, height);
    const half = (box: typeof first, show?: Show): ExportJob => ({
      ...job,
      size: { width: box.width, height: box.height, pixelRatio },
      ...(show && { show }),
    });
    const a = await bitmapOf(await exporter.still(half(first, SPLIT_FIRST), other));
    const b = await bitmapOf(await exporter.still(half(second), r.t));
    ctx.drawImage(a, first.x, first.y);
    ctx.drawImage(b, second.x, second.y);
    // Each half says its moment in its own title block.
    drawSeam(ctx, stacked, stacked ? second.y : second.x, width, height, pixelRatio);
  } else {
    const x = Math.round(clampDivider(r.divider) * width);
    const a = await bitmapOf(await exporter.still({ ...job, show: SWIPE_FIRST }, other));
    const b = await bitmapOf(await exporter.still(job, r.t));
    ctx.drawImage(b, 0, 0);
    ctx.drawImage(a, 0, 0, x, height, 0, 0, x, height);
    drawSeam(ctx, false, x, width, height, pixelRatio);
    drawStamps(ctx, r, x, height, pixelRatio);
  }
  return canvas.convertToBlob({ type: 'image/png' });
}

function drawSeam(
  ctx: OffscreenCanvasRenderingContext2D,
  stacked: boolean,
  at: number,
  width: number,
  height: number,
  ratio: number,
): void {
  const w = Math.max(2, Math.round(2 * ratio));
  ctx.fillStyle = '#ffffff';
  if (stacked) ctx.fillRect(0, at - w / 2, width, w);
  else ctx.fillRect(at - w / 2, 0, w, height);
}

/**
 * "Before: …" and "After: …" either side of a swipe's divider, low on it as on screen (clear of the title, the
 * legend, the scale and the credits): the cut hides one of the two titles.
 */
function drawStamps(
  ctx: OffscreenCanvasRenderingContext2D,
  r: CompareStillRequest,
  seam: number,
  height: number,
  ratio: number,
): void {
  const stamp = (t: number, than: number) =>
    ui(r.lang, t <= than ? 'compareStampBefore' : 'compareStampAfter', {
      time: formatDateTime(t, r.timeZone, r.lang),
    });
  const size = Math.round(14 * ratio);
  const pad = Math.round(5 * ratio);
  const gap = Math.round(8 * ratio);
  const h = size + 2 * pad;
  const y = height - Math.round(0.075 * height) - h;
  ctx.font = `${size}px "Noto Sans", sans-serif`;
  ctx.textBaseline = 'middle';
  const box = (text: string, x: number, alignRight: boolean) => {
    const w = ctx.measureText(text).width + 2 * pad;
    const left = alignRight ? x - w : x;
    ctx.fillStyle = 'rgba(17, 20, 24, 0.88)';
    ctx.fillRect(left, y, w, h);
    ctx.fillStyle = '#f4f4f4';
    ctx.fillText(text, left + pad, y + h / 2);
  };
  box(stamp(r.compare.t, r.t), seam - gap, true);
  box(stamp(r.t, r.compare.t), seam + gap, false);
}
