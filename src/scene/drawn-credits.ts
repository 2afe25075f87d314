import type { StyleSpecification } from 'maplibre-gl';

/** [west, south, east, north], degrees. */
export type CreditBounds = [number, number, number, number];

/** A basemap credit and where its data is drawn (absent: everywhere). */
export interface DrawnCredit {
  credit: string;
  bounds?: CreditBounds;
}

/**
 * Where Kidal's curated layer (geodata/basemap/regional.geojson: the schematic roads and tracks, the massif)
 * has data, rounded outward; a unit test checks it still holds every position of the file. A GeoJSON source
 * declares no bounds of its own, so its credit would otherwise follow the map everywhere. (The wider window of
 * src/map's REGIONAL_BOUNDS is where the built-in basemap's detail ends at 1:500 000, another question.)
 */
export const REGIONAL_BOUNDS: CreditBounds = [-0.4, 16.2, 4.5, 21.5];

/** Bounds of sources whose extent the style does not say, by source id. */
const KNOWN_BOUNDS: Readonly<Record<string, CreditBounds>> = { regional: REGIONAL_BOUNDS };

/**
 * The style's credits with where each is drawn: one per source that has an attribution and at least one layer
 * drawing it (a source no layer uses draws nothing), bounded by the source's `bounds` (raster and vector
 * tiles, e.g. the relief) or by what is known of its data.
 */
export function drawnCredits(style: StyleSpecification): DrawnCredit[] {
  const used = new Set(
    style.layers.flatMap((l) => ('source' in l && typeof l.source === 'string' ? [l.source] : [])),
  );
  const out: DrawnCredit[] = [];
  for (const [id, source] of Object.entries(style.sources)) {
    if (!used.has(id) || !('attribution' in source) || !source.attribution) continue;
    const bounds = ('bounds' in source && source.bounds) || KNOWN_BOUNDS[id];
    out.push({ credit: source.attribution, ...(bounds && { bounds: [...bounds] as CreditBounds }) });
  }
  return out;
}

/** Whether two longitude intervals meet, either of them running past ±180. */
function lonsMeet(w1: number, e1: number, w2: number, e2: number): boolean {
  if (e1 - w1 >= 360 || e2 - w2 >= 360) return true;
  return [-360, 0, 360].some((k) => w1 + k <= e2 && e1 + k >= w2);
}

/**
 * Credits from what is drawn: each credit whose data reaches the visible map (`view`: [[west, south], [east,
 * north]], continuous across the antimeridian), once, in the basemap's order. Plain strings are drawn
 * everywhere (a caller that knows no bounds).
 */
export function creditsInView(
  basemap: readonly (string | DrawnCredit)[],
  view: [[number, number], [number, number]],
): string[] {
  const [[west, south], [east, north]] = view;
  const shown = new Set<string>();
  for (const entry of basemap) {
    const { credit, bounds } = typeof entry === 'string' ? { credit: entry, bounds: undefined } : entry;
    if (!bounds || (bounds[1] <= north && bounds[3] >= south && lonsMeet(bounds[0], bounds[2], west, east)))
      shown.add(credit);
  }
  return [...shown];
}
