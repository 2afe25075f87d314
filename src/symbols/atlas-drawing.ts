import type { Scenario } from '../model/scenario';
import type { Theme } from '../model/theme';
import { layoutAtlas, type AtlasCell } from './atlas-layout';
import { scenarioSymbols, symbolOptions, type SymbolIcon } from './symbol-icons';

/** A scenario's symbol atlas as one SVG: what milsymbol draws, laid out as the map reads it. */
export interface AtlasSvg {
  width: number;
  height: number;
  mapping: Record<string, AtlasCell>;
  svg: string;
}

/** milsymbol's module, loaded by the caller (on demand in the page; directly by the build script). */
export type Milsymbol = typeof import('milsymbol').default;

/**
 * Draws each of the scenario's symbols with milsymbol as SVG and packs them into one SVG atlas. Pure given
 * milsymbol: the build script draws the built-in scenario's atlases with it ahead of time, so the page need
 * not load milsymbol to show them.
 */
export function drawAtlasSvg(
  ms: Milsymbol,
  scenario: Scenario,
  theme: Theme,
  icons: readonly SymbolIcon[] = scenarioSymbols(scenario),
): AtlasSvg {
  const drawn = icons.map((icon) => {
    const symbol = new ms.Symbol(icon.sidc, symbolOptions(icon, scenario, theme));
    if (!symbol.isValid()) throw new Error(`milsymbol cannot draw the SIDC ${JSON.stringify(icon.sidc)}`);
    const size = symbol.getSize();
    const anchor = symbol.getAnchor();
    return {
      icon,
      svg: symbol.asSVG(),
      width: Math.ceil(size.width),
      height: Math.ceil(size.height),
      anchor,
    };
  });
  const { mapping, width, height } = layoutAtlas(
    drawn.map(({ icon, width, height, anchor }) => ({
      key: icon.key,
      width,
      height,
      anchorX: anchor.x,
      anchorY: anchor.y,
    })),
  );
  const cells = drawn
    .map(
      ({ icon, svg }) =>
        `<g transform="translate(${mapping[icon.key]!.x} ${mapping[icon.key]!.y})">${svg}</g>`,
    )
    .join('');
  return {
    width,
    height,
    mapping,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${cells}</svg>`,
  };
}
