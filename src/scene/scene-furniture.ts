import type { LegendEntry } from '../cartography/legend-entry';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import type { Frame } from '../engine/frame-at';
import type { FurnitureElement, FurnitureInput } from '../furniture/furniture-input';
import { localize, type Lang } from '../i18n/localize';
import { ui } from '../i18n/strings';
import type { Viewport } from '../map/viewport';
import type { Scenario } from '../model/scenario';
import type { Theme } from '../model/theme';
import { formatDateTime } from '../time/format-time';

/** What the furniture draws for a frame: a pure function of scenario, t, viewport and display options. */
export function furnitureInputFor(options: {
  scenario: Scenario;
  frame: Frame;
  viewport: Viewport;
  theme: Theme;
  lang: Lang;
  legend: LegendEntry[];
  credits: string;
  show?: Partial<Record<FurnitureElement, boolean>>;
  symbols?: SymbolAtlas;
  /** A sentence added to the uncertainty note (how unit symbols' frames read). */
  note?: string;
}): FurnitureInput {
  const { scenario, frame, viewport, theme, lang } = options;
  const { camera } = viewport;
  return {
    width: viewport.width,
    height: viewport.height,
    theme,
    lang,
    title: localize(scenario.title, lang),
    timeLabel: formatDateTime(frame.t, scenario.timeZone, lang),
    center: camera.center,
    zoom: camera.zoom,
    bearing: camera.bearing,
    bounds: viewport.bounds(),
    legend: options.legend,
    attribution: options.credits,
    uncertaintyNote: options.note
      ? `${ui(lang, 'uncertaintyNote')} ${options.note}.`
      : ui(lang, 'uncertaintyNote'),
    ...(options.show && { show: options.show }),
    ...(options.symbols && { symbols: options.symbols }),
  };
}
