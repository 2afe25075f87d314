import { deltaE, DICHROMACY, simulate } from '../../cartography/colour-vision';
import { hexRgba } from '../../cartography/symbology';

export type Vision = 'normal' | keyof typeof DICHROMACY;

/** Two sides whose colours a reader with that vision hardly tells apart. */
export interface PaletteClash {
  vision: Vision;
  a: string;
  b: string;
  deltaE: number;
}

/** Below this CIE76 difference two map symbols are not told apart at a glance (as the Kidal test holds). */
export const MIN_DELTA_E = 20;

const rgbOf = (hex: string): [number, number, number] => {
  const [r, g, b] = hexRgba(hex);
  return [r, g, b];
};

/** The pairs of side colours that fall below MIN_DELTA_E for normal vision or any of the three dichromacies. */
export function paletteClashes(sides: readonly { id: string; color: string }[]): PaletteClash[] {
  const valid = sides.filter((s) => /^#[0-9a-fA-F]{6}$/.test(s.color));
  const out: PaletteClash[] = [];
  type RGB = [number, number, number];
  const visions: [Vision, (c: RGB) => RGB][] = [
    ['normal', (c) => c],
    ...Object.entries(DICHROMACY).map(([name, m]): [Vision, (c: RGB) => RGB] => [
      name as Vision,
      (c) => simulate(c, m),
    ]),
  ];
  for (let i = 0; i < valid.length; i++)
    for (let j = i + 1; j < valid.length; j++) {
      const a = valid[i]!;
      const b = valid[j]!;
      for (const [vision, see] of visions) {
        const d = deltaE(see(rgbOf(a.color)), see(rgbOf(b.color)));
        if (d < MIN_DELTA_E) {
          out.push({ vision, a: a.id, b: b.id, deltaE: Math.round(d * 10) / 10 });
          break;
        }
      }
    }
  return out;
}
