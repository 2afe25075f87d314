import type { Frame } from '../engine/frame-at';
import type { Lang } from '../i18n/localize';
import type { Scenario } from '../scenario/model';
import type { RGBA } from '../cartography/legend-entry';
import type { Box } from '../cartography/place-labels';

export type Theme = 'projector' | 'print';

/** Everything a layer builder reads: the frame and how to show it. Nothing else, so layers are pure. */
export interface LayerContext {
  scenario: Scenario;
  frame: Frame;
  theme: Theme;
  lang: Lang;
  /** The decoded icon atlas (see icon-atlas.ts); decoded once so icons appear in the first frame. */
  icons: HTMLImageElement | ImageBitmap | string;
  /** The camera, for placing labels without overlap: lon/lat → CSS px, and the map's size. */
  screen: {
    project: (lonLat: [number, number]) => [number, number];
    width: number;
    height: number;
    /** Screen boxes drawn over the map (furniture) that labels must keep clear of. */
    obstacles?: Box[];
  };
}

/** Colours that depend on the theme rather than on a side. */
export function inkFor(theme: Theme): { outline: RGBA; halo: RGBA; text: RGBA; muted: RGBA } {
  return theme === 'projector'
    ? {
        outline: [255, 255, 255, 255],
        halo: [0, 0, 0, 255],
        text: [255, 255, 255, 255],
        muted: [200, 200, 200, 255],
      }
    : {
        outline: [20, 20, 20, 255],
        halo: [255, 255, 255, 255],
        text: [15, 15, 15, 255],
        muted: [70, 70, 70, 255],
      };
}
