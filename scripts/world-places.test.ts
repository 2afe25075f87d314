import { describe, expect, it } from 'vitest';
import { placeMinZoom, placesAtZoom, rankPlaces, type Place } from './world-places.mjs';
import { placeFeatures } from './build-world-tiles.mjs';

// The place ranking on hand-made places: what each zoom names, in the order labels are placed.

const place = (name: string, population: number, featureCode = 'PPL', lon = 0, lat = 0): Place => ({
  name,
  country: 'XX',
  featureCode,
  population,
  lon,
  lat,
});

// Clustered round the megacity (within 20 km), so none is the largest around and promoted (see promoteLocal).
const PLACES = [
  place('Capital', 2_500_000, 'PPLC', 31.1, 51),
  place('Small capital', 2_200, 'PPLC', -57.9, -51.7),
  place('Megacity', 8_000_000, 'PPL', 31, 51),
  place('City', 400_000, 'PPLA', 31.05, 51.05),
  place('Town', 80_000, 'PPLA2', 31.1, 51.1),
  place('Market town', 12_000, 'PPL', 30.95, 50.95),
  place('Seat', 3_000, 'PPLA2', 30.9, 51),
  place('Village', 3_000, 'PPL', 31, 50.9),
];

describe('placeMinZoom', () => {
  it('names capitals and large cities first, towns of 10,000 by zoom 9, seats of local government at 10', () => {
    const zooms = Object.fromEntries(PLACES.map((p) => [p.name, placeMinZoom(p)]));
    expect(zooms).toEqual({
      Capital: 2,
      'Small capital': 5,
      Megacity: 3,
      City: 5,
      Town: 7,
      'Market town': 9,
      Seat: 10,
      Village: undefined,
    });
  });
});

describe('placesAtZoom', () => {
  const ranked = rankPlaces(PLACES);
  const names = (z: number) => placesAtZoom(ranked, z).map((p) => p.name);

  it('grows with the zoom, keeping what lower zooms showed, most important first', () => {
    expect(names(0)).toEqual([]);
    expect(names(2)).toEqual(['Capital']);
    expect(names(4)).toEqual(['Capital', 'Megacity']);
    expect(names(6)).toEqual(['Capital', 'Megacity', 'City', 'Small capital']);
    expect(names(9)).toEqual(['Capital', 'Megacity', 'City', 'Small capital', 'Town', 'Market town']);
    expect(names(10)).toEqual([...names(9), 'Seat']);
    for (let z = 1; z <= 10; z++) expect(names(z).slice(0, names(z - 1).length)).toEqual(names(z - 1));
  });

  it('drops the villages and the duplicates GeoNames holds, whatever the input order', () => {
    const twice = [...PLACES, { ...place('Town', 79_000, 'PPL', 31.11, 51.11) }];
    expect(rankPlaces(twice).map((p) => p.name)).toEqual(ranked.map((p) => p.name));
    expect(rankPlaces([...twice].reverse())).toEqual(rankPlaces(twice));
    expect(ranked.map((p) => p.name)).not.toContain('Village');
  });
});

describe('promoteLocal', () => {
  it('names the largest town of a sparse region from zoom 7 or 8, and no town beside a larger one', () => {
    const arctic = rankPlaces([
      place('Fjord town', 14_000, 'PPLA2', 17.43, 68.44),
      place('Island town', 20_000, 'PPL', 16.54, 68.8),
      place('Hamlet seat', 1_500, 'PPLA2', 17.6, 68.5),
    ]);
    const zoom = Object.fromEntries(arctic.map((p) => [p.name, p.minZoom]));
    // The island town is the largest within 80 km; the fjord town (about 45 km off) within 40 km only.
    expect(zoom).toEqual({ 'Island town': 7, 'Fjord town': 8, 'Hamlet seat': 10 });
    // Among cities, nothing moves: Bakhmut's towns keep their population's zoom.
    const dense = rankPlaces([place('A', 80_000, 'PPL', 38, 48.6), place('B', 300_000, 'PPL', 38.3, 48.7)]);
    expect(dense.map((p) => [p.name, p.minZoom])).toEqual([
      ['B', 5],
      ['A', 7],
    ]);
  });
});

describe('placeFeatures', () => {
  const city = (cityId: number, name: string, population: number, lon: number, lat: number) => ({
    cityId,
    name,
    country: 'XX',
    featureCode: 'PPLA',
    population,
    loc: { coordinates: [lon, lat] },
  });
  const cities = [city(1, 'Mecca', 1_300_000, 39.8, 21.4), city(2, 'Durban', 600_000, 31, -29.9)];

  it('carries the French name where GeoNames has one that differs, else only the name', () => {
    const fr = new Map([
      ['1', 'La Mecque'],
      ['2', 'Durban'],
    ]);
    const props = placeFeatures(cities, fr).map((f) => f.properties);
    expect(props.map((p) => [p.name, p.name_fr])).toEqual([
      ['Mecca', 'La Mecque'],
      ['Durban', undefined],
    ]);
    expect(placeFeatures(cities).every((f) => !('name_fr' in f.properties))).toBe(true);
  });
});
