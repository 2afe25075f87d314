import { chooseScale, metresPerPixel } from '../../furniture/scale-bar';

export const MM_PER_INCH = 25.4;
/** PDF user space: 72 points to the inch. */
export const PT_PER_MM = 72 / MM_PER_INCH;

/**
 * How a map raster sits on paper: `ppi` device px per inch of paper, `pixelRatio` device px per CSS px of the
 * map (MapLibre's scale is in CSS px).
 */
export interface RasterOnPaper {
  ppi: number;
  pixelRatio: number;
}

/** Ground metres under one printed millimetre at the map's centre, for a map at `zoom`. */
export function metresPerPrintedMm(latitude: number, zoom: number, raster: RasterOnPaper): number {
  const devicePxPerMm = raster.ppi / MM_PER_INCH;
  return (metresPerPixel(latitude, zoom) / raster.pixelRatio) * devicePxPerMm;
}

/** The scale's denominator (500000 for 1:500 000) of a map at `zoom`, true at the centre latitude. */
export function scaleAtZoom(latitude: number, zoom: number, raster: RasterOnPaper): number {
  return metresPerPrintedMm(latitude, zoom, raster) * 1000;
}

/**
 * The zoom at which 1 mm on paper is `scale` mm of ground at `latitude`: Web Mercator's metres per px shrink
 * with cos φ (the projection stretches away from the equator), so the same scale needs a lower zoom nearer
 * the poles.
 */
export function zoomForScale(latitude: number, scale: number, raster: RasterOnPaper): number {
  return Math.log2(scaleAtZoom(latitude, 0, raster) / scale);
}

/** "1:500 000": groups of three with a space, as map scales are printed in English and French. */
export function formatScale(scale: number): string {
  const digits = String(Math.round(scale));
  return `1:${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}`;
}

/** A fitted map's scale, rounded to what a reader would say (three significant figures). */
export function roundScale(scale: number): number {
  return Number(scale.toPrecision(3));
}

/** The graphic scale: the longest round distance (1, 2 or 5 × 10ⁿ m) whose bar fits in `maxMm` of paper. */
export function graphicScale(
  scale: number,
  maxMm: number,
): { metres: number; mm: number; label: string; segments: number } {
  const choice = chooseScale(scale / 1000, maxMm);
  return { metres: choice.metres, mm: choice.px, label: choice.label, segments: choice.segments };
}
