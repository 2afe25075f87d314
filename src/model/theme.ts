/** How the map is drawn: `projector` (dark, high contrast, for a room) or `print` (light, for paper). */
export type Theme = 'projector' | 'print';

export const THEMES: readonly Theme[] = ['projector', 'print'];
