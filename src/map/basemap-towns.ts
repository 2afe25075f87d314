import type { LonLat } from '../model/geo';

/**
 * The towns the built-in basemap names itself (public/basemap/towns.geojson, kept equal by its test): a
 * scenario's place at one of them, with no map label of its own, is named by the basemap, and map labels only
 * keep clear of that name. Any other place is named by the map labels.
 */
const TOWNS: readonly [string, number, number][] = [
  ['Abeïbara', 1.75, 19.1167],
  ['Aguelhok', 0.8589, 19.4614],
  ['Bourem', -0.3486, 16.955],
  ['Gao', -0.0447, 16.2717],
  ['Kidal', 1.4092, 18.4435],
  ['Tessalit', 1.0119, 20.2013],
  ['Ti-n-Essako', 2.488, 18.4506],
  ['Ansongo', 0.5022, 15.6597],
  ['Gourma Rharous', -1.9231, 16.8778],
  ['I-n-Tillit', -0.4606, 15.5461],
  ['Inékar', 3.1411, 15.9594],
  ['Ménaka', 2.3961, 15.9199],
  ['Timiaouine', 1.8055, 20.4408],
];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

const byName = new Map(TOWNS.map(([name, lon, lat]) => [fold(name), [lon, lat] as LonLat]));

/** Names the test compares with the basemap's file. */
export const basemapTownNames = (): string[] => TOWNS.map(([name]) => name);

/** True when the basemap draws this name at (about) this place: same name, within 0.1°. */
export function basemapNames(name: string, at: LonLat): boolean {
  const town = byName.get(fold(name));
  return !!town && Math.abs(town[0] - at[0]) < 0.1 && Math.abs(town[1] - at[1]) < 0.1;
}
