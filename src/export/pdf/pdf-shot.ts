import type { FurnitureElement } from '../../furniture/furniture-input';
import type { Camera } from '../../model/camera';
import type { OffscreenRenderer } from '../offscreen-renderer';
import { zoomForScale } from './true-scale';
import type { PdfShot, PdfShotRequest } from './export-pdf';

/**
 * What the page prints as vector text around the map is left off the raster; the inset and the uncertainty
 * note stay on it, laid out by the screen's rules.
 */
export const PRINTED_AROUND: Partial<Record<FurnitureElement, boolean>> = {
  title: false,
  legend: false,
  scale: false,
  north: false,
  attribution: false,
  caption: false,
  progress: false,
};

/** The camera a page's map is drawn from: north up, flat, and at the asked scale's zoom if one is asked. */
export function pageCamera(
  base: Camera,
  request: Pick<PdfShotRequest, 'scale' | 'ppi' | 'pixelRatio'>,
): Camera {
  const flat = { ...base, bearing: 0, pitch: 0 };
  if (request.scale === undefined) return flat;
  const zoom = zoomForScale(base.center[1], request.scale, {
    ppi: request.ppi,
    pixelRatio: request.pixelRatio,
  });
  return { ...flat, zoom };
}

/**
 * Draws the page's map on an export map (inside a job) until two passes agree, as a still is, and returns it
 * as JPEG with the credits its frame carries.
 */
export async function pdfShot(
  r: OffscreenRenderer,
  request: PdfShotRequest,
  jobCamera: Camera,
): Promise<PdfShot> {
  const fitted = request.camera === 'briefing' ? r.briefingFraming(request.t) : undefined;
  const camera = pageCamera(
    fitted?.camera ?? (request.camera === 'briefing' ? jobCamera : request.camera),
    request,
  );
  const framing = { camera, avoid: fitted?.avoid ?? null };
  const pixels = (c: OffscreenCanvas) => c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
  let drawn = await r.draw(request.t, 0, framing);
  let canvas = await r.composite(drawn);
  let before = pixels(canvas);
  for (let pass = 1; pass < 4; pass++) {
    drawn = await r.draw(request.t, pass, framing);
    canvas = await r.composite(drawn);
    const now = pixels(canvas);
    if (now.length === before.length && now.every((v, i) => v === before[i])) break;
    before = now;
  }
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
  return {
    jpeg: new Uint8Array(await blob.arrayBuffer()),
    camera,
    credits: drawn.furniture.input.attribution,
  };
}
