import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatWindow, toEpochMs } from './format-time';

describe('formatDateTime', () => {
  const t = Date.parse('2023-11-13T14:00:00Z');
  it('speaks the scenario time in English and French', () => {
    expect(formatDateTime(t, 'Africa/Bamako', 'en')).toBe('13 November 2023, 14:00 GMT');
    expect(formatDateTime(t, 'Africa/Bamako', 'fr')).toBe('13 novembre 2023, 14:00 GMT');
    expect(formatDate(t, 'Africa/Bamako', 'fr')).toBe('13 novembre 2023');
  });
  it('uses the scenario zone, not the machine zone', () => {
    expect(formatDateTime(t, 'Europe/Paris', 'en')).toBe('13 November 2023, 15:00 GMT+1');
  });
});

describe('toEpochMs', () => {
  it('accepts numbers, ISO strings and dates', () => {
    expect(toEpochMs('2023-11-13T14:00:00Z')).toBe(1699884000000);
    expect(toEpochMs(1699884000000)).toBe(1699884000000);
    expect(toEpochMs(new Date(5))).toBe(5);
  });
  it('rejects what is not a time, naming it', () => {
    expect(() => toEpochMs('yesterday')).toThrow('Not a time: "yesterday"');
    expect(() => toEpochMs(NaN)).toThrow(/Not a time/);
  });
});

describe('formatWindow', () => {
  const ms = Date.parse;
  it('says when only the day is known', () => {
    expect(formatWindow(ms('2023-11-14T00:00:00Z'), ms('2023-11-14T23:59:59Z'), 'Africa/Bamako', 'en')).toBe(
      '14 Nov (hour unknown)',
    );
    expect(formatWindow(ms('2023-11-14T00:00:00Z'), ms('2023-11-14T23:59:59Z'), 'Africa/Bamako', 'fr')).toBe(
      '14 nov. (heure inconnue)',
    );
  });
  it('gives both ends of a window across midnight', () => {
    expect(formatWindow(ms('2023-11-03T17:00:00Z'), ms('2023-11-04T06:30:00Z'), 'Africa/Bamako', 'en')).toBe(
      '3 Nov 17:00 – 4 Nov 06:30',
    );
  });
  it('shortens a window within one day', () => {
    expect(formatWindow(ms('2023-11-11T15:00:00Z'), ms('2023-11-11T17:30:00Z'), 'Africa/Bamako', 'en')).toBe(
      '11 Nov 15:00–17:30',
    );
  });
});
