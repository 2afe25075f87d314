import { describe, expect, it } from 'vitest';
import { wallPartsIn, wallToInstant, zoneOffsetAt } from './zone-clock';

const wall = (iso: string) => Date.parse(`${iso}Z`);

describe('zoneOffsetAt', () => {
  it('follows the zone database', () => {
    expect(zoneOffsetAt(Date.parse('2023-11-14T00:00:00Z'), 'Africa/Bamako')).toBe(0);
    expect(zoneOffsetAt(Date.parse('2023-07-14T00:00:00Z'), 'Europe/Paris')).toBe(2 * 3_600_000);
    expect(zoneOffsetAt(Date.parse('2023-01-14T00:00:00.750Z'), 'Europe/Paris')).toBe(3_600_000);
  });
});

describe('wallPartsIn', () => {
  it('reads the wall clock in the zone, midnight as hour 0', () => {
    expect(wallPartsIn(Date.parse('2023-11-13T23:30:05Z'), 'Europe/Paris')).toEqual({
      year: 2023,
      month: 11,
      day: 14,
      hour: 0,
      minute: 30,
      second: 5,
    });
  });
});

describe('wallToInstant', () => {
  it('turns a wall time into the instant it means', () => {
    expect(wallToInstant(wall('2023-11-14T06:00:00'), 'Africa/Bamako')).toBe(
      Date.parse('2023-11-14T06:00:00Z'),
    );
    expect(wallToInstant(wall('2023-07-14T14:00:00'), 'Europe/Paris')).toBe(
      Date.parse('2023-07-14T12:00:00Z'),
    );
  });

  it('resolves a wall time the spring change skips, and one the autumn change repeats, the same way each time', () => {
    const skipped = wallToInstant(wall('2023-03-26T02:30:00'), 'Europe/Paris');
    expect(skipped).toBe(wallToInstant(wall('2023-03-26T02:30:00'), 'Europe/Paris'));
    expect([Date.parse('2023-03-26T00:30:00Z'), Date.parse('2023-03-26T01:30:00Z')]).toContain(skipped);
    const repeated = wallToInstant(wall('2023-10-29T02:30:00'), 'Europe/Paris');
    expect([Date.parse('2023-10-29T00:30:00Z'), Date.parse('2023-10-29T01:30:00Z')]).toContain(repeated);
  });
});
