export type RGBA = [number, number, number, number];

/** "#rrggbb" → [r, g, b, a]; the schema guarantees the format, so a bad value is a programming error. */
export function hexToRgba(hex: string, alpha = 255): RGBA {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${JSON.stringify(hex)}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16), alpha];
}
