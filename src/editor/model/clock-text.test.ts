import { describe, expect, it } from 'vitest';
import { clockText, parseClockText } from './clock-text';
import { toLocalInput } from './zone-time';

describe('date-times as the reader writes them', () => {
  it('shows day/month/year and a 24-hour clock without seconds', () => {
    expect(clockText('2023-11-13T14:05')).toBe('13/11/2023 14:05');
    expect(clockText('2023-11-13T09:00:30')).toBe('13/11/2023 09:00');
    // A scenario-local afternoon stays 24-hour whatever the browser's locale.
    expect(clockText(toLocalInput(Date.parse('2023-11-13T15:45:12Z'), 'Africa/Bamako'))).toBe(
      '13/11/2023 15:45',
    );
    expect(clockText(toLocalInput(Date.parse('2023-11-13T15:45:00Z'), 'Europe/Paris'))).toBe(
      '13/11/2023 16:45',
    );
    expect(clockText('')).toBe('');
  });

  it('reads what a reader types, in English or French ways, and refuses what is no date-time', () => {
    expect(parseClockText('13/11/2023 14:05')).toBe('2023-11-13T14:05');
    expect(parseClockText(' 13/11/2023 14h05 ')).toBe('2023-11-13T14:05');
    expect(parseClockText('3.1.2024 9:05')).toBe('2024-01-03T09:05');
    expect(parseClockText('13/11/2023')).toBe('2023-11-13T00:00');
    expect(parseClockText('2023-11-13 14:05')).toBe('2023-11-13T14:05');
    expect(parseClockText('2023-11-13T14:05')).toBe('2023-11-13T14:05');
    for (const bad of ['', 'tomorrow', '31/02/2023 10:00', '13/11/2023 24:00', '13/11/2023 2:05 PM', '11/13'])
      expect(parseClockText(bad), bad).toBeUndefined();
  });

  it('round-trips what it shows', () => {
    for (const v of ['2023-11-13T14:05', '2024-02-29T00:00', '1999-12-31T23:59'])
      expect(parseClockText(clockText(v))).toBe(v);
  });
});
