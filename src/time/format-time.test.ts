import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, toEpochMs } from './format-time';

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
