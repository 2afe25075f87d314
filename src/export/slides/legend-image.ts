import { frameAt } from '../../frame/frame-at';
import { legendForFrame } from '../../cartography/legend-for-frame';
import type { LegendEntry } from '../../cartography/legend-entry';
import { localize, type Lang } from '../../i18n/localize';
import type { Scenario } from '../../model/scenario';
import type { Theme } from '../../model/theme';
import { drawLegend, layoutLegend } from '../../furniture/legend';
import type { Measure } from '../../furniture/furniture-input';
import { font, furniturePalette } from '../../furniture/furniture-theme';
import { symbolLegend, type SymbolLegendEntry } from '../../symbols/symbol-legend';
import { loadSymbolAtlas } from '../../symbols/symbol-atlas';
import { drawSymbolSwatch } from '../../symbols/symbol-swatch';

/** Every legend line any of `times` shows, each once, in the order first seen: the deck's legend slide. */
export function deckLegendEntries(
  scenario: Scenario,
  theme: Theme,
  lang: Lang,
  times: readonly number[],
): { entries: LegendEntry[]; symbols: SymbolLegendEntry[] } {
  const entries = new Map<string, LegendEntry>();
  const symbols = new Map<string, SymbolLegendEntry>();
  for (const t of times) {
    const frame = frameAt(scenario, t);
    for (const e of legendForFrame({ scenario, frame, theme }))
      if (!entries.has(e.key)) entries.set(e.key, e);
    for (const e of symbolLegend(scenario, frame)) if (!symbols.has(e.key)) symbols.set(e.key, e);
  }
  // The line explaining frames goes last, under the symbols it explains.
  const framesNote = [...symbols.values()].filter((s) => !s.icon);
  return {
    entries: [...entries.values()],
    symbols: [...symbols.values()].filter((s) => s.icon).concat(framesNote),
  };
}

const SYMBOL_ROW = 44;

/**
 * The legend slide's picture: the map's own legend panel, every entry explained, and, under it, each unit symbol as
 * drawn on the map with its meaning. On the theme's panel colour, so it matches the stills.
 */
export async function legendImage(
  scenario: Scenario,
  theme: Theme,
  lang: Lang,
  times: readonly number[],
): Promise<Blob> {
  const { entries, symbols } = deckLegendEntries(scenario, theme, lang, times);
  const probe = new OffscreenCanvas(1, 1).getContext('2d')!;
  const measure: Measure = (text, f) => ((probe.font = f), probe.measureText(text).width);
  // The whole legend of the briefing, each entry explained: a slide has room for it.
  const layout = layoutLegend(entries, lang, 1, measure, 'explained');
  const labelFont = font(19);
  const symbolWidth = Math.max(0, ...symbols.map((s) => 86 + measure(localize(s.label, lang), labelFont)));
  const canvas = new OffscreenCanvas(
    Math.ceil(Math.max(layout.rect.w, symbolWidth) + 24),
    Math.ceil(layout.rect.h + symbols.length * SYMBOL_ROW + 40),
  );
  const ctx = canvas.getContext('2d')!;
  const palette = furniturePalette(theme);
  ctx.fillStyle = theme === 'projector' ? '#111418' : '#fbfaf7';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  drawLegend(ctx, { ...layout, rect: { ...layout.rect, x: 2, y: 2 } }, palette);
  const atlas = symbols.length ? await loadSymbolAtlas(scenario, theme) : undefined;
  let y = layout.rect.h + 24;
  ctx.font = labelFont;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = palette.text;
  for (const s of symbols) {
    if (s.icon && atlas) drawSymbolSwatch(ctx, atlas, s.icon.key, { x: 18, y, w: 54, h: 38 });
    ctx.fillText(localize(s.label, lang), s.icon ? 86 : 18, y + 19);
    y += SYMBOL_ROW;
  }
  return canvas.convertToBlob({ type: 'image/png' });
}
