import type { Theme } from '../model/theme';
import type { FontFacesSpecification } from 'maplibre-gl';
import notoLatinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import notoLatinExtRegular from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import notoLatinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import notoLatinExtBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';

// The basemap's look: colours per theme, and the type it is lettered in.

export interface BasemapPalette {
  sea: string;
  land: string;
  /** Mali, so the campaign country reads at a glance on the inset. */
  focusCountry: string;
  massifFill: string;
  massifFillOpacity: number;
  massifOutline: string;
  road: string;
  roadCasing: string;
  track: string;
  border: string;
  focusBorder: string;
  townDot: string;
  townDotStroke: string;
  label: string;
  keyLabel: string;
  minorLabel: string;
  labelHalo: string;
  massifLabel: string;
  /** Hillshade: slopes turned from the light, and slopes facing it. */
  reliefShadow: string;
  reliefHighlight: string;
  /** MapLibre's hillshade-exaggeration, 0–1: how strongly a slope is shaded (baked into the relief tiles). */
  reliefExaggeration: number;
}

const PALETTES: Record<Theme, BasemapPalette> = {
  // Projectors wash out mid-tones; dark ground with bright labels survives a lit room best.
  projector: {
    sea: '#0a0d12',
    land: '#34373b',
    focusCountry: '#474339',
    massifFill: '#8a7350',
    massifFillOpacity: 0.35,
    massifOutline: '#b39a6e',
    road: '#e0c585',
    roadCasing: '#1b1c1e',
    track: '#c8b48a',
    border: '#8c9299',
    focusBorder: '#f2f2f2',
    townDot: '#ffffff',
    townDotStroke: '#000000',
    label: '#f4f4f4',
    keyLabel: '#ffffff',
    minorLabel: '#c9cdd2',
    labelHalo: '#000000',
    massifLabel: '#e2cc9c',
    // Soft, warm light on dark ground: shadows only deepen the land, highlights stay faint so labels keep
    // their contrast in a lit room.
    reliefShadow: 'rgba(0, 0, 0, 0.6)',
    reliefHighlight: 'rgba(255, 236, 200, 0.3)',
    reliefExaggeration: 0.5,
  },
  print: {
    sea: '#c9dce6',
    land: '#efeadf',
    focusCountry: '#f7e4bd',
    massifFill: '#a07d4a',
    massifFillOpacity: 0.22,
    massifOutline: '#8a6a3c',
    road: '#9c4a1c',
    roadCasing: '#ffffff',
    track: '#7a5a3a',
    border: '#8a8a8a',
    focusBorder: '#2b2b2b',
    townDot: '#1a1a1a',
    townDotStroke: '#ffffff',
    label: '#1a1a1a',
    keyLabel: '#000000',
    minorLabel: '#3d3d3d',
    labelHalo: '#ffffff',
    massifLabel: '#4a3418',
    // Grey only, so relief never reads as one of the sides' colours on paper.
    reliefShadow: 'rgba(40, 40, 40, 0.5)',
    reliefHighlight: 'rgba(255, 255, 255, 0.6)',
    reliefExaggeration: 0.5,
  },
};

/**
 * Where the relief is lit from, in both themes: from the north-west (315°, the top left of a north-up map, so
 * hills never read as hollows) and 30° high, where MapLibre's basic hillshade leaves flat ground unshaded.
 * Baked into the relief tiles by `npm run basemap`.
 */
export const RELIEF_LIGHT = { direction: 315, altitude: 30 } as const;

export function basemapPalette(theme: Theme): BasemapPalette {
  return PALETTES[theme];
}

export const REGULAR_FONT = 'Noto Sans Regular';
export const BOLD_FONT = 'Noto Sans Bold';

// Copied from @fontsource/noto-sans/400.css. Each file must claim only what it holds: a face
// without a range covers every codepoint, so the latin file would swallow "ā" and draw a box.
const LATIN = (
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,' +
  'U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'
).split(',');
const LATIN_EXT = (
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,' +
  'U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'
).split(',');

/**
 * Font files shipped with the app, so no glyph server is needed (the style leaves `glyphs` unset).
 * @param baseUrl absolute app base URL
 */
export function basemapFontFaces(baseUrl: string): FontFacesSpecification {
  // Dev serves `?url` imports root-relative; resolving against baseUrl keeps them absolute either way.
  const abs = (url: string) => new URL(url, baseUrl).href;
  return {
    [REGULAR_FONT]: [
      { url: abs(notoLatinRegular), 'unicode-range': LATIN },
      { url: abs(notoLatinExtRegular), 'unicode-range': LATIN_EXT },
    ],
    [BOLD_FONT]: [
      { url: abs(notoLatinBold), 'unicode-range': LATIN },
      { url: abs(notoLatinExtBold), 'unicode-range': LATIN_EXT },
    ],
  };
}
