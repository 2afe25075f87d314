import type { Theme } from '../model/theme';
import type { Frame } from '../engine/frame-at';
import type { Lang } from '../i18n/localize';
import type { Scenario } from '../model/scenario';
import type { Box } from '../cartography/place-labels';

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
