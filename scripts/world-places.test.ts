import { describe, expect, it } from 'vitest';
import { placeMinZoom, placesAtZoom, rankPlaces, type Place } from './world-places.mjs';

// The place ranking on hand-made places: what each zoom names, in the order labels are placed.

const place = (name: string, population: number, featureCode = 'PPL', lon = 0, lat = 0): Place => ({
  name,
  country: 'XX',
  featureCode,
  population,
  lon,
  lat,
});

const PLACES = [
  place('Capital', 2_500_000, 'PPLC', 30, 50),
  place('Small capital', 2_200, 'PPLC', -57.9, -51.7),
  place('Megacity', 8_000_000, 'PPL', 31, 51),
  place('City', 400_000, 'PPLA', 32, 49),
  place('Town', 80_000, 'PPLA2', 38, 48.6),
  place('Market town', 12_000, 'PPL', 33, 48),
  place('Seat', 3_000, 'PPLA2', 34, 47),
  place('Village', 3_000, 'PPL', 35, 46),
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
    const twice = [...PLACES, { ...place('Town', 79_000, 'PPL', 38.01, 48.61) }];
    expect(rankPlaces(twice).map((p) => p.name)).toEqual(ranked.map((p) => p.name));
    expect(rankPlaces([...twice].reverse())).toEqual(rankPlaces(twice));
    expect(ranked.map((p) => p.name)).not.toContain('Village');
  });
});
