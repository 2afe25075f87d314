import type { Problem } from '../i18n/problem';
import type { StringKey } from '../i18n/strings';
/** Output sizes for exports: device pixels, and the pixel ratio the map and furniture are laid out at. */
export interface ExportSize {
  /** Device px of the output image. */
  width: number;
  height: number;
  /** Device px per CSS px: the map is framed and the furniture laid out at width/pixelRatio CSS px. */
  pixelRatio: number;
}

export type SizePresetId = '720p' | '1080p' | '2160p' | 'a4' | 'a3' | 'custom';

export interface SizePreset {
  id: SizePresetId;
  label: StringKey;
}

export const SIZE_PRESETS: readonly SizePreset[] = [
  { id: '720p', label: 'size720p' },
  { id: '1080p', label: 'size1080p' },
  { id: '2160p', label: 'size2160p' },
  { id: 'a4', label: 'sizeA4' },
  { id: 'a3', label: 'sizeA3' },
  { id: 'custom', label: 'sizeCustom' },
];

/** ISO 216 sizes in mm, portrait. */
const PAPER_MM = { a4: [210, 297], a3: [297, 420] } as const;
/** CSS px are 1/96 inch, so a print at D DPI has a pixel ratio of D/96 and keeps the on-screen proportions. */
const CSS_DPI = 96;

/**
 * The largest side we accept. Chromium's canvas and most GPUs stop at 16384 px; the GPU's own limit
 * (MAX_TEXTURE_SIZE etc.) can be lower and is passed in when known.
 */
export const MAX_SIDE = 16384;
/** 8192² px: one RGBA buffer is 256 MB, and an export holds a few (WebGL, compositing, PNG encoding). */
export const MAX_PIXELS = 8192 * 8192;
export const MIN_SIDE = 16;

export function paperSize(
  paper: 'a4' | 'a3',
  dpi: number,
  orientation: 'landscape' | 'portrait',
): ExportSize {
  const [shortMm, longMm] = PAPER_MM[paper];
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  const [w, h] = orientation === 'landscape' ? [longMm, shortMm] : [shortMm, longMm];
  return { width: px(w), height: px(h), pixelRatio: dpi / CSS_DPI };
}

export function presetSize(
  id: SizePresetId,
  options: { dpi?: number; orientation?: 'landscape' | 'portrait'; custom?: ExportSize } = {},
): ExportSize {
  switch (id) {
    case '720p':
      return { width: 1280, height: 720, pixelRatio: 1 };
    case '1080p':
      return { width: 1920, height: 1080, pixelRatio: 1 };
    case '2160p':
      // Framed like 1080p, at twice the detail.
      return { width: 3840, height: 2160, pixelRatio: 2 };
    case 'a4':
    case 'a3':
      return paperSize(id, options.dpi ?? 300, options.orientation ?? 'landscape');
    case 'custom':
      return options.custom ?? { width: 1920, height: 1080, pixelRatio: 1 };
  }
}

/** A pixel ratio that frames a size roughly like a 1080p screen: 1 up to 1080p, then proportionally more. */
export function defaultPixelRatio(width: number, height: number): number {
  return Math.max(1, Math.min(width, height) / 1080);
}

/** Problems with a size, for the user; empty when it can be rendered. */
export function sizeProblems(size: ExportSize, gpuMaxSide: number = MAX_SIDE): Problem[] {
  const maxSide = Math.min(MAX_SIDE, gpuMaxSide);
  const problems: Problem[] = [];
  const { width, height, pixelRatio } = size;
  if (!Number.isInteger(width) || !Number.isInteger(height))
    problems.push({ key: 'problemWholePixels', values: { width, height } });
  if (width < MIN_SIDE || height < MIN_SIDE)
    problems.push({ key: 'problemMinSide', values: { min: MIN_SIDE, width, height } });
  if (width > maxSide || height > maxSide)
    problems.push({ key: 'problemMaxSide', values: { max: maxSide, width, height } });
  if (width * height > MAX_PIXELS)
    problems.push({
      key: 'problemMegapixels',
      values: { max: (MAX_PIXELS / 1e6).toFixed(0), mp: ((width * height) / 1e6).toFixed(1) },
    });
  if (!(pixelRatio >= 0.25 && pixelRatio <= 8))
    problems.push({ key: 'problemPixelRatio', values: { ratio: pixelRatio } });
  return problems;
}

/**
 * The CSS size of the map container for a size. MapLibre sizes its canvas from whole CSS px, so when
 * width/pixelRatio is not whole the map is drawn slightly larger and cropped to the exact device size.
 */
export function cssSize(size: ExportSize): { width: number; height: number } {
  return {
    width: Math.ceil(size.width / size.pixelRatio - 1e-9),
    height: Math.ceil(size.height / size.pixelRatio - 1e-9),
  };
}

/** H.264 and VP9 encoders want even dimensions (4:2:0 chroma): videos round down to the nearest even size. */
export function evenSize(size: ExportSize): ExportSize {
  return { ...size, width: size.width - (size.width % 2), height: size.height - (size.height % 2) };
}
