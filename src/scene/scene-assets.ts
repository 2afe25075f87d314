import { ICON_ATLAS_URL, loadIconAtlas } from '../layers/icon-atlas';
import type { Measure } from '../furniture/furniture-input';
import { approxMeasure } from '../furniture/text';
import { loadInsetWorld, type InsetWorld } from '../furniture/inset-world';

/** What drawing a frame needs beyond its data: the icon atlas and text widths in the shipped font. */
export interface SceneAssets {
  icons: HTMLImageElement | ImageBitmap | string;
  measure: Measure;
  /** The world the inset is drawn from; absent where nothing loaded it (the inset is then left empty). */
  world?: InsetWorld;
}

/** Widths of distinct strings kept; the time label changes every frame, so the cache must not grow forever. */
const MEASURED_MAX = 4096;

/** Text widths from a canvas set in the shipped fonts: what drawing the furniture will really take. */
function canvasMeasure(): Measure {
  const ctx = new OffscreenCanvas(1, 1).getContext('2d');
  if (!ctx) throw new Error('This browser cannot create a 2D canvas to measure text on.');
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = font;
      width = ctx.measureText(text).width;
      if (cache.size >= MEASURED_MAX) cache.clear();
      cache.set(key, width);
    }
    return width;
  };
}

let assets: Promise<SceneAssets> | undefined;
let loaded: SceneAssets | undefined;

/**
 * Loads the icon atlas, both weights of Noto Sans and the inset's world once for the page, for the screen and
 * every export alike: no frame is ever drawn, measured or laid out with a fallback font, missing symbols or
 * an empty inset.
 */
export function sceneReady(): Promise<SceneAssets> {
  assets ??= Promise.all([
    loadIconAtlas(),
    document.fonts.load('700 16px "Noto Sans"'),
    document.fonts.load('400 16px "Noto Sans"'),
    loadInsetWorld(),
  ]).then(([icons, , , world]) => (loaded = { icons, measure: canvasMeasure(), world }));
  return assets;
}

/** The assets once `sceneReady` has resolved (for synchronous callers after the first frame), else undefined. */
export function readyAssets(): SceneAssets | undefined {
  return loaded;
}

/**
 * Assets where there is no DOM (unit tests, benchmarks in Node): the atlas as a URL, estimated widths, and the
 * inset's world when the caller has it.
 */
export function headlessAssets(world?: InsetWorld): SceneAssets {
  return { icons: ICON_ATLAS_URL, measure: approxMeasure, ...(world && { world }) };
}
