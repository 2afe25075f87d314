import { deckLegendEntries } from '../slides/legend-image';
import { localize, type Lang } from '../../i18n/localize';
import type { Scenario } from '../../model/scenario';
import type { Theme } from '../../model/theme';
import { drawSwatch } from '../../furniture/legend-swatch';
import { furniturePalette } from '../../furniture/furniture-theme';
import { loadSymbolAtlas } from '../../symbols/symbol-atlas';
import { drawSymbolSwatch } from '../../symbols/symbol-swatch';

/** A legend line of the handout: the key of its swatch picture, its name, and what it means. */
export interface HandoutLegendItem {
  key: string;
  label: string;
  explanation: string;
}

/** Swatches are drawn in legend-swatch's 54 × 30 design box; at ×4 they print sharp at 8 mm wide. */
const K = 4;

/**
 * The legend of what the map shows at `times`, the map's own entries then its unit symbols, with each swatch
 * drawn as the screen's legend draws it, as a PNG for the page (the words are set as text).
 */
export async function legendWithSwatches(
  scenario: Scenario,
  theme: Theme,
  lang: Lang,
  times: readonly number[],
): Promise<{ items: HandoutLegendItem[]; pictures: Map<string, { bytes: Uint8Array; type: 'png' }> }> {
  const { entries, symbols } = deckLegendEntries(scenario, theme, lang, times);
  const palette = furniturePalette(theme);
  const atlas = symbols.length ? await loadSymbolAtlas(scenario, theme) : undefined;
  const pictures = new Map<string, { bytes: Uint8Array; type: 'png' }>();
  const items: HandoutLegendItem[] = [];
  const picture = async (key: string, draw: (ctx: OffscreenCanvasRenderingContext2D) => void) => {
    const canvas = new OffscreenCanvas(54 * K, 30 * K);
    draw(canvas.getContext('2d')!);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    pictures.set(key, { bytes: new Uint8Array(await blob.arrayBuffer()), type: 'png' });
  };
  for (const e of entries) {
    const key = `legend-${e.key}`;
    await picture(key, (ctx) =>
      drawSwatch(ctx, e.swatch, { x: 0, y: 0, w: 54 * K, h: 30 * K }, palette, K, atlas),
    );
    items.push({ key, label: localize(e.label, lang), explanation: localize(e.explanation, lang) });
  }
  for (const s of symbols) {
    if (!s.icon || !atlas) continue;
    const key = `symbol-${s.key}`;
    const icon = s.icon.key;
    await picture(key, (ctx) => drawSymbolSwatch(ctx, atlas, icon, { x: 0, y: 0, w: 54 * K, h: 30 * K }));
    const label = localize(s.label, lang);
    items.push({ key, label, explanation: '' });
  }
  return { items, pictures };
}
