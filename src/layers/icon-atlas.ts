// Point symbols drawn as SVG into one atlas. White on transparent: deck.gl tints them per feature (mask).
const SIZE = 64;

const ICONS = {
  // Tip at the top centre, so the anchor sits exactly on the movement's head.
  arrow: '<path d="M32 2 L60 60 L32 46 L4 60 Z" fill="#fff"/>',
  arrowCasing: '<path d="M32 0 L64 64 L32 52 L0 64 Z" fill="#fff"/>',
  burst:
    '<path d="M32 2 L38 22 L58 14 L44 30 L62 38 L42 40 L46 60 L32 46 L18 60 L22 40 L2 38 L20 30 L6 14 L26 22 Z" fill="#fff"/>',
  burstCasing: '<circle cx="32" cy="32" r="31" fill="#fff"/>',
} as const;

export type IconName = keyof typeof ICONS;

const names = Object.keys(ICONS) as IconName[];

export const ICON_MAPPING: Record<
  IconName,
  { x: number; y: number; width: number; height: number; anchorY: number; mask: true }
> = Object.fromEntries(
  names.map((name, i) => [
    name,
    {
      x: i * SIZE,
      y: 0,
      width: SIZE,
      height: SIZE,
      anchorY: name.startsWith('arrow') ? 0 : SIZE / 2,
      mask: true,
    },
  ]),
) as Record<IconName, { x: number; y: number; width: number; height: number; anchorY: number; mask: true }>;

const svg =
  `<svg xmlns="http://www.w3.org/2000/svg" width="${names.length * SIZE}" height="${SIZE}">` +
  names.map((name, i) => `<g transform="translate(${i * SIZE} 0)">${ICONS[name]}</g>`).join('') +
  '</svg>';

/** A data: URL, so the atlas needs no request at all. */
export const ICON_ATLAS_URL = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** Decodes the atlas before the first frame, so icons are there from the first picture on. */
export async function loadIconAtlas(): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = ICON_ATLAS_URL;
  await image.decode();
  return image;
}
