import { describe, expect, it } from 'vitest';
import data from './world-inset.json';
import { chooseInset, INSET_ASPECT, lonInterval, type InsetWindow } from './inset-choice';
import type { InsetWorld } from './inset-world';
import type { LonLat } from '../model/geo';

const world = data as unknown as InsetWorld;
const name = (id: string) => world.countries.find((c) => c.id === id)?.en;
const holds = (w: InsetWindow, [lon, lat]: LonLat) =>
  lon >= w.west && lon <= w.east && lat >= w.south && lat <= w.north;
/** The window's aspect in the inset's units: a degree of longitude at the cosine of its middle latitude. */
const aspect = (w: InsetWindow) =>
  ((w.east - w.west) * Math.cos((((w.north + w.south) / 2) * Math.PI) / 180)) / (w.north - w.south);

/** Five regions a briefer may bring a campaign from, each as a few positions of its action. */
const REGIONS: Record<string, LonLat[]> = {
  kidal: [
    [1.41, 18.44],
    [0.5, 16.7],
    [1.05, 18.3],
    [2.0, 19.5],
  ],
  bakhmut: [
    [38.0, 48.6],
    [37.9, 48.58],
    [38.05, 48.62],
  ],
  gooseGreen: [
    [-58.97, -51.8],
    [-59.1, -51.85],
  ],
  narvik: [
    [17.4, 68.4],
    [17.5, 68.45],
  ],
  gaza: [
    [34.45, 31.5],
    [34.3, 31.3],
  ],
};

describe('chooseInset', () => {
  it('frames Mali around Kidal, with West Africa about it', () => {
    const v = chooseInset(REGIONS.kidal!, world);
    expect(v.kind).toBe('countries');
    expect(v.focus.map(name)).toEqual(['Mali']);
    // All of Mali (−12.2…4.3 E, 10.1…25 N) with room for Algeria, Niger, Mauritania and Burkina Faso.
    for (const p of [
      [-12.2, 10.2],
      [4.2, 25],
      [-12, 24.9],
    ] as LonLat[])
      expect(holds(v.window, p)).toBe(true);
    expect(v.window.east - v.window.west).toBeLessThan(40);
  });

  it('frames Ukraine for Bakhmut, and not Russia or Mali', () => {
    const v = chooseInset(REGIONS.bakhmut!, world);
    expect(v.focus.map(name)).toEqual(['Ukraine']);
    expect(v.kind).toBe('countries');
    for (const p of [
      [22.2, 48.4],
      [40, 49.6],
      [33.5, 44.5],
    ] as LonLat[])
      expect(holds(v.window, p)).toBe(true);
    expect(holds(v.window, [1.4, 18.4])).toBe(false);
  });

  it('frames the Falklands for Goose Green with the Argentine coast in view for scale', () => {
    const v = chooseInset(REGIONS.gooseGreen!, world);
    expect(v.focus.map(name)).toEqual(['Falkland Is.']);
    expect(holds(v.window, [-58.97, -51.8])).toBe(true);
    // Río Gallegos, on the mainland: a locator of the islands alone would place them nowhere.
    expect(holds(v.window, [-69.2, -51.6])).toBe(true);
    expect(v.window.north - v.window.south).toBeGreaterThanOrEqual(14);
  });

  it('frames Norway for Narvik inside the Arctic circle, kept short of the pole', () => {
    const v = chooseInset(REGIONS.narvik!, world);
    expect(v.focus.map(name)).toEqual(['Norway']);
    expect(holds(v.window, [17.4, 68.4])).toBe(true);
    expect(holds(v.window, [10.7, 59.9])).toBe(true); // Oslo
    expect(v.window.north).toBeLessThanOrEqual(85);
    // Wider in degrees of longitude than of latitude, as a degree of longitude is short up there.
    expect(v.window.east - v.window.west).toBeGreaterThan(2 * (v.window.north - v.window.south));
  });

  it('frames the Levant for Gaza at a scale where Egypt, Jordan and Cyprus place it', () => {
    const v = chooseInset(REGIONS.gaza!, world);
    expect(v.focus.length).toBe(1);
    expect(['Israel', 'Palestine']).toContain(name(v.focus[0]!));
    for (const p of [
      [31.2, 30.0],
      [36, 31.9],
      [33.4, 35.1],
    ] as LonLat[])
      expect(holds(v.window, p)).toBe(true);
    expect(v.window.north - v.window.south).toBeLessThan(20);
  });

  it('keeps the inset aspect in every region', () => {
    for (const [region, points] of Object.entries(REGIONS))
      expect(aspect(chooseInset(points, world).window), region).toBeCloseTo(INSET_ASPECT, 5);
  });

  it('frames action at sea around itself, with no country highlighted', () => {
    const v = chooseInset(
      [
        [-30, 40],
        [-40, 35],
      ],
      world,
    );
    expect(v).toMatchObject({ kind: 'frame', focus: [] });
    expect(holds(v.window, [-35, 37])).toBe(true);
  });

  it('frames a city in a country too large to frame (Moscow in Russia) around the city, Russia highlighted', () => {
    const v = chooseInset([[37.6, 55.75]], world);
    expect(v.kind).toBe('frame');
    expect(v.focus.map(name)).toEqual(['Russia']);
    expect(v.window.east - v.window.west).toBeLessThan(60);
    expect(holds(v.window, [37.6, 55.75])).toBe(true);
  });

  it('frames action across the antimeridian as one window over the Pacific, not round the world', () => {
    const v = chooseInset(
      [
        [178.5, -17.8],
        [-179.5, -16.5],
      ],
      world,
    );
    expect(v.window.east - v.window.west).toBeLessThan(40);
    expect(v.window.west).toBeLessThan(178.5);
    expect(v.window.east).toBeGreaterThan(180.5);
  });

  it('names more than one country when the action spans them', () => {
    const v = chooseInset(
      [
        [2.35, 48.85],
        [2.4, 48.9],
        [13.4, 52.5],
        [13.3, 52.5],
      ],
      world,
    );
    expect(v.focus.map(name).sort()).toEqual(['France', 'Germany']);
  });
});

describe('lonInterval', () => {
  it('is the shortest interval holding every longitude, across the antimeridian where that is shorter', () => {
    expect(lonInterval([10, 20, 15])).toEqual([10, 20]);
    expect(lonInterval([170, -170])).toEqual([170, 190]);
    expect(lonInterval([-179, 179, 178])).toEqual([178, 181]);
  });
});
