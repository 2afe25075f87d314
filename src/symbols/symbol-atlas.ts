import type { Scenario } from '../model/scenario';
import type { Theme } from '../model/theme';
import { scenarioSymbols, ATLAS_SCALE, type SymbolIcon } from './symbol-icons';
import type { AtlasCell } from './atlas-layout';
import { drawAtlasSvg } from './atlas-drawing';
import { PREBUILT_ATLASES } from './prebuilt-atlas-ids.generated';

export { layoutAtlas, type AtlasCell } from './atlas-layout';

/** Every symbol of a scenario in one image, and where each lies in it (atlas px). */
export interface SymbolAtlas {
  image: HTMLCanvasElement | OffscreenCanvas | ImageBitmap;
  mapping: Record<string, AtlasCell>;
  icons: SymbolIcon[];
  /** Atlas px per CSS px. */
  scale: number;
}

const cache = new Map<string, Promise<SymbolAtlas | undefined>>();

/**
 * The scenario's symbols drawn once by milsymbol into one canvas, cached per scenario, theme and
 * perspective: frames only look cells up, so drawing stays pure and cheap. milsymbol is loaded on demand
 * (about 200 kB gzipped), and not at all for a scenario without symbols (resolves undefined).
 */
export function loadSymbolAtlas(scenario: Scenario, theme: Theme): Promise<SymbolAtlas | undefined> {
  const icons = scenarioSymbols(scenario);
  if (!icons.length) return Promise.resolve(undefined);
  const id = atlasId(scenario, theme, icons);
  let atlas = cache.get(id);
  if (!atlas) {
    atlas = drawAtlas(scenario, theme, icons, id);
    cache.set(id, atlas);
    atlas.then(
      (drawn) => void (drawn && drawnAtlases.set(id, drawn)),
      () => cache.delete(id),
    );
  }
  return atlas;
}

/** The atlas `loadSymbolAtlas` has already drawn for this scenario and theme, for synchronous callers. */
export function drawnSymbolAtlas(scenario: Scenario, theme: Theme): SymbolAtlas | undefined {
  const icons = scenarioSymbols(scenario);
  return icons.length ? drawnAtlases.get(atlasId(scenario, theme, icons)) : undefined;
}

const drawnAtlases = new Map<string, SymbolAtlas>();

export function atlasId(scenario: Scenario, theme: Theme, icons: readonly SymbolIcon[]): string {
  return `${theme}|${icons.map((i) => i.key).join(',')}|${icons
    .map((i) => scenario.sideById.get(i.side)?.color)
    .join(',')}`;
}

/**
 * The atlas drawn into a canvas: from the atlas prepared at build time for the built-in scenario (no milsymbol
 * in the page), or by milsymbol, loaded now.
 */
async function drawAtlas(
  scenario: Scenario,
  theme: Theme,
  icons: SymbolIcon[],
  id: string,
): Promise<SymbolAtlas> {
  const prebuilt = PREBUILT_ATLASES.includes(atlasHash(id))
    ? (await import('./prebuilt-atlases.generated')).PREBUILT[atlasHash(id)]
    : undefined;
  const atlas = prebuilt ?? drawAtlasSvg((await import('milsymbol')).default, scenario, theme, icons);
  const image = document.createElement('canvas');
  image.width = atlas.width;
  image.height = atlas.height;
  const svg = new Image();
  svg.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(atlas.svg)}`;
  await svg.decode();
  image.getContext('2d')!.drawImage(svg, 0, 0);
  return { image, mapping: atlas.mapping, icons, scale: ATLAS_SCALE };
}

/** A short, stable name for an atlas id (FNV-1a, 32 bits): what the build script files prebuilt atlases by. */
export function atlasHash(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
