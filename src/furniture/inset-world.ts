import worldUrl from './world-inset.json?url';

/** A country as the inset draws it (scripts/build-inset.mjs, Natural Earth 1:110m). */
export interface InsetCountry {
  /** ISO 3166-1 numeric code, or the English name for the three units without one. */
  id: string;
  en: string;
  fr: string;
  /** Where its name goes: the pole of inaccessibility of its largest polygon. */
  label: [number, number];
  /** Polygons of rings, each ring flat: [lon, lat, lon, lat, …]. */
  polygons: number[][][];
}

export interface InsetWorld {
  source: string;
  countries: readonly InsetCountry[];
}

/** [west, south, east, north] of each polygon of a country, in its order. */
export type PolygonBoxes = [number, number, number, number][];

const boxes = new WeakMap<InsetCountry, PolygonBoxes>();

/** The bounds of each of a country's polygons (its outer ring), computed once per country. */
export function polygonBoxes(country: InsetCountry): PolygonBoxes {
  let b = boxes.get(country);
  if (!b) {
    b = country.polygons.map((poly) => {
      const ring = poly[0] ?? [];
      let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let i = 0; i + 1 < ring.length; i += 2) {
        w = Math.min(w, ring[i]!);
        e = Math.max(e, ring[i]!);
        s = Math.min(s, ring[i + 1]!);
        n = Math.max(n, ring[i + 1]!);
      }
      return [w, s, e, n];
    });
    boxes.set(country, b);
  }
  return b;
}

/** Even–odd point in a polygon of flat rings (holes included). */
export function inPolygon(lon: number, lat: number, polygon: readonly number[][]): boolean {
  let inside = false;
  for (const ring of polygon) {
    const n = ring.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = ring[2 * i]!;
      const yi = ring[2 * i + 1]!;
      const xj = ring[2 * j]!;
      const yj = ring[2 * j + 1]!;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The index of the country's polygon holding the point, or −1. */
export function polygonAt(country: InsetCountry, lon: number, lat: number): number {
  const b = polygonBoxes(country);
  for (let i = 0; i < b.length; i++) {
    const [w, s, e, n] = b[i]!;
    if (lon < w || lon > e || lat < s || lat > n) continue;
    if (inPolygon(lon, lat, country.polygons[i]!)) return i;
  }
  return -1;
}

let loading: Promise<InsetWorld> | undefined;

/**
 * The world the inset is drawn from, fetched once for the page from the app's own origin (a data: URL in the
 * single-file briefing) as data, not script: ≈ 55 kB gzip kept out of the startup JS. The scene waits for it
 * before its first frame (sceneReady), so composing never fetches.
 */
export function loadInsetWorld(): Promise<InsetWorld> {
  loading ??= fetch(new URL(worldUrl, document.baseURI)).then(async (response) => {
    if (!response.ok) throw new Error(`The inset's world map could not be loaded (${response.status}).`);
    return (await response.json()) as InsetWorld;
  });
  return loading;
}
