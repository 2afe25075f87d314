import type { Scenario } from '../model/scenario';
import { symbolIcon, symbolOptions } from '../symbols/symbol-icons';

/**
 * A unit symbol as PNG bytes, drawn by milsymbol on a canvas as the map draws it (print theme: a white casing
 * reads on any imagery). Browser only: undefined where there is no canvas (Node), and the KMZ says so.
 */
export async function drawSymbolPng(
  scenario: Scenario,
  sidc: string,
  side: string,
): Promise<Uint8Array | undefined> {
  if (typeof document === 'undefined') return undefined;
  const ms = (await import('milsymbol')).default;
  const icon = symbolIcon(scenario, sidc, side);
  const symbol = new ms.Symbol(icon.sidc, symbolOptions(icon, scenario, 'print'));
  if (!symbol.isValid()) return undefined;
  const canvas = symbol.asCanvas();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  return blob ? new Uint8Array(await blob.arrayBuffer()) : undefined;
}
