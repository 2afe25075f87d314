// Which towns the built-in Earth names at each zoom: capitals and large cities first, then smaller towns as the
// view narrows, down to towns of 10,000 people at zoom 9 and the seats of local government at zoom 10. Pure, so
// the ranking is unit-tested on hand-made places (scripts/world-places.test.ts) without the 135,000 of GeoNames.

/**
 * @typedef {{ id?: number; name: string; country: string; featureCode: string; population: number; lon: number; lat: number }} Place id: GeoNames', when known
 */

/** Population thresholds: a town of at least `population` is named from `zoom` on. */
export const PLACE_ZOOMS = /** @type {const} */ ([
  { population: 5_000_000, zoom: 3 },
  { population: 1_000_000, zoom: 4 },
  { population: 300_000, zoom: 5 },
  { population: 100_000, zoom: 6 },
  { population: 50_000, zoom: 7 },
  { population: 25_000, zoom: 8 },
  { population: 10_000, zoom: 9 },
]);
/** The deepest zoom places are tiled for; the map magnifies those tiles beyond it. */
export const PLACES_MAX_ZOOM = 10;

/** GeoNames feature codes of capitals, and of the seats of first- and second-order administrative units. */
const CAPITAL = 'PPLC';
const SEATS = new Set(['PPLA', 'PPLA2']);

/**
 * The first zoom a place is named at, or undefined when the built-in Earth leaves it out (a village of under
 * 10,000 that seats no local government).
 * @param {Pick<Place, 'featureCode' | 'population'>} place
 * @returns {number | undefined}
 */
export function placeMinZoom({ featureCode, population }) {
  if (featureCode === CAPITAL) return population >= 1_000_000 ? 2 : population >= 100_000 ? 3 : 5;
  for (const step of PLACE_ZOOMS) if (population >= step.population) return step.zoom;
  return SEATS.has(featureCode) ? PLACES_MAX_ZOOM : undefined;
}

/**
 * The places drawn at zoom z, the most important first (the order labels are placed in): lower first zoom,
 * then larger population, then name, so ties never depend on the input's order.
 * @template {Place & { minZoom: number }} T
 * @param {T[]} places
 * @param {number} z
 * @returns {T[]}
 */
export function placesAtZoom(places, z) {
  return places.filter((p) => p.minZoom <= z).sort(comparePlaces);
}

/**
 * @param {Place & { minZoom: number }} a
 * @param {Place & { minZoom: number }} b
 */
export function comparePlaces(a, b) {
  return (
    a.minZoom - b.minZoom ||
    b.population - a.population ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    a.lon - b.lon ||
    a.lat - b.lat
  );
}

/**
 * In sparse country a town stands for its whole region: the largest place within LOCAL_KM[i].km of it is named
 * from LOCAL_KM[i].zoom at the latest, so the Arctic or the desert is not left blank at zoom 7–8 for want of a
 * town of 50,000.
 */
export const LOCAL_KM = /** @type {const} */ ([
  { km: 80, zoom: 7 },
  { km: 40, zoom: 8 },
]);

/**
 * The zoom each place is promoted to as the largest around (see LOCAL_KM), or its own first zoom.
 * @template {Place & { minZoom: number }} T
 * @param {T[]} places
 * @returns {T[]}
 */
export function promoteLocal(places) {
  /** @type {Map<string, T[]>} one-degree cells, each largest first */
  const cells = new Map();
  const cellKey = (/** @type {number} */ lon, /** @type {number} */ lat) =>
    `${Math.floor(lon)}|${Math.floor(lat)}`;
  for (const p of places) {
    const key = cellKey(p.lon, p.lat);
    const cell = cells.get(key);
    if (cell) cell.push(p);
    else cells.set(key, [p]);
  }
  for (const cell of cells.values()) cell.sort(comparePopulation);
  return places.map((p) => {
    let minZoom = p.minZoom;
    const cos = Math.cos((p.lat * Math.PI) / 180);
    for (const { km: radius, zoom } of LOCAL_KM) {
      if (minZoom <= zoom) continue;
      const r2 = (radius / 111.32) ** 2;
      const reach = Math.ceil(radius / (111.32 * Math.max(0.2, cos)));
      let largest = true;
      for (let dx = -reach; dx <= reach && largest; dx++)
        for (let dy = -1; dy <= 1 && largest; dy++)
          for (const q of cells.get(cellKey(p.lon + dx, p.lat + dy)) ?? []) {
            // Largest first: past p's own rank every place is smaller.
            if (comparePopulation(q, p) >= 0) break;
            const ex = (q.lon - p.lon) * cos;
            const ey = q.lat - p.lat;
            if (ex * ex + ey * ey <= r2) {
              largest = false;
              break;
            }
          }
      if (largest) minZoom = zoom;
    }
    return minZoom === p.minZoom ? p : { ...p, minZoom };
  });
}

/**
 * Larger population first, then name and position: a total order, so promotion never depends on input order.
 * @param {Place} a
 * @param {Place} b
 */
function comparePopulation(a, b) {
  return (
    b.population - a.population ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    a.lon - b.lon ||
    a.lat - b.lat
  );
}

/**
 * Ranks places, dropping those left out, and the duplicates GeoNames holds (the same name in the same country
 * within about 5 km: a town and its municipality); then promotes the largest town of sparse regions.
 * @param {Place[]} places
 * @returns {(Place & { minZoom: number })[]}
 */
export function rankPlaces(places) {
  const ranked = places.flatMap((p) => {
    const minZoom = placeMinZoom(p);
    return minZoom === undefined ? [] : [{ ...p, minZoom }];
  });
  ranked.sort(comparePlaces);
  /** @type {Map<string, { lon: number; lat: number }[]>} */
  const kept = new Map();
  const unique = ranked.filter((p) => {
    const key = `${p.name}|${p.country}`;
    const same = kept.get(key) ?? [];
    if (same.some((q) => Math.abs(q.lon - p.lon) < 0.05 && Math.abs(q.lat - p.lat) < 0.05)) return false;
    same.push(p);
    kept.set(key, same);
    return true;
  });
  return promoteLocal(unique).sort(comparePlaces);
}
