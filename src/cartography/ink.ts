import type { Theme } from '../model/theme';
import type { RGBA } from './legend-entry';

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
