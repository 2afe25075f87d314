import type { Theme } from '../model/theme';

export interface FurniturePalette {
  panel: string;
  panelBorder: string;
  text: string;
  mutedText: string;
  /** Drawn wider under text that sits on the map itself (inset labels, the north arrow's N). */
  halo: string;
  /** The ground under legend swatches: the basemap's land, so a swatch looks as it does on the map. */
  swatchGround: string;
  insetSea: string;
  insetLand: string;
  insetBorder: string;
  insetFocus: string;
  insetFocusOutline: string;
  /** The "you are here" rectangle on the inset. */
  insetMarker: string;
  /** Scale bar's alternating segments. */
  scaleDark: string;
  scaleLight: string;
  arrowFill: string;
  arrowOutline: string;
  /** The presenter's accent: the chapter card's edge and the current chapter's dot. */
  accent: string;
}

const PALETTES: Record<Theme, FurniturePalette> = {
  // Projectors wash out mid-tones: near-black panels and pure white type survive a lit room.
  projector: {
    panel: 'rgba(17, 20, 24, 0.85)',
    panelBorder: 'rgba(255, 255, 255, 0.22)',
    text: '#ffffff',
    mutedText: '#c9cdd2',
    halo: '#000000',
    swatchGround: '#34373b',
    insetSea: '#0a0d12',
    insetLand: '#3a3e44',
    insetBorder: '#6d737b',
    insetFocus: '#7a6a45',
    insetFocusOutline: '#f2f2f2',
    insetMarker: '#ff3b30',
    scaleDark: '#111418',
    scaleLight: '#ffffff',
    arrowFill: '#ffffff',
    arrowOutline: '#ffffff',
    accent: '#56b4e9',
  },
  print: {
    panel: 'rgba(251, 250, 247, 0.9)',
    panelBorder: 'rgba(0, 0, 0, 0.25)',
    text: '#16181b',
    mutedText: '#45494f',
    halo: '#ffffff',
    swatchGround: '#efeadf',
    insetSea: '#c9dce6',
    insetLand: '#e4dfd3',
    insetBorder: '#9a9a9a',
    insetFocus: '#f2cf8a',
    insetFocusOutline: '#2b2b2b',
    insetMarker: '#d7191c',
    scaleDark: '#16181b',
    scaleLight: '#ffffff',
    arrowFill: '#16181b',
    arrowOutline: '#16181b',
    accent: '#0072b2',
  },
};

export function furniturePalette(theme: Theme): FurniturePalette {
  return PALETTES[theme];
}

/** Loaded by the app from @fontsource (latin + latin-ext, 400 and 700); the fallback keeps exports legible. */
export const FONT_FAMILY = '"Noto Sans", sans-serif';

/** A canvas `font` string. Sizes are rounded to 0.1 px so equal inputs give equal strings. */
export function font(size: number, weight: 400 | 700 = 400, italic = false): string {
  return `${italic ? 'italic ' : ''}${weight} ${Math.round(size * 10) / 10}px ${FONT_FAMILY}`;
}

/** The px size back out of a `font()` string: layout code needs it for line heights. */
export function fontSize(fontString: string): number {
  const m = /([\d.]+)px/.exec(fontString);
  return m ? Number(m[1]) : 16;
}
