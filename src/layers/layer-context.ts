import type { Frame } from '../frame/frame-at';
import type { Lang } from '../i18n/localize';
import type { Scenario } from '../model/scenario';
import type { Theme } from '../model/theme';
import type { PlacedMapLabel } from '../cartography/map-labels';
import type { SymbolAtlas } from '../symbols/symbol-atlas';
import type { PlacedSymbol } from '../symbols/symbols-at';
import type { Density } from '../cartography/density';
import type { EventCell, LonLatBox } from '../cartography/in-view';

/** Everything a layer builder reads: the frame and how to show it. Nothing else, so layers are pure. */
export interface LayerContext {
  scenario: Scenario;
  frame: Frame;
  theme: Theme;
  lang: Lang;
  /** The decoded icon atlas (see icon-atlas.ts); decoded once so icons appear in the first frame. */
  icons: HTMLImageElement | ImageBitmap | string;
  /** The map labels of this frame, already placed clear of each other and of the furniture. */
  labels: readonly PlacedMapLabel[];
  /** The camera's zoom, for layers drawn at the detail it can show (context); the default view's if absent. */
  zoom?: number;
  /** Unit symbols on the map at t, placed for the camera, and the atlas they are drawn from; absent when off. */
  symbols?: { atlas: SymbolAtlas; placed: readonly PlacedSymbol[] };
  /** How dense the frame is and how symbols adapt (`densityInView`); today's campaign styling if absent. */
  density?: Density;
  /** Events grouped by area, when the density says so (then drawn instead of each event). */
  eventCells?: readonly EventCell[];
  /**
   * The lon/lat box in view (with a margin): large scenarios draw only the tracks and events crossing it.
   * Absent: all of them.
   */
  viewBox?: LonLatBox;
}
