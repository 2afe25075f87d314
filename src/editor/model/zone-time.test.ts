import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './zone-time';

describe('date-time inputs in the scenario zone', () => {
  it('shows and reads wall time in the zone, not the browser’s', () => {
    const t = Date.parse('2023-11-13T14:00:00Z');
    expect(toLocalInput(t, 'Africa/Bamako')).toBe('2023-11-13T14:00');
    expect(toLocalInput(t, 'Europe/Paris')).toBe('2023-11-13T15:00');
    expect(toLocalInput(t, 'Asia/Kolkata')).toBe('2023-11-13T19:30');
    expect(fromLocalInput('2023-11-13T15:00', 'Europe/Paris')).toBe(t);
    expect(fromLocalInput('2023-11-13T19:30', 'Asia/Kolkata')).toBe(t);
  });

  it('keeps seconds when there are some, and round-trips across a DST change', () => {
    const t = Date.parse('2024-03-31T00:59:30Z');
    expect(toLocalInput(t, 'Europe/Paris')).toBe('2024-03-31T01:59:30');
    expect(fromLocalInput(toLocalInput(t, 'Europe/Paris'), 'Europe/Paris')).toBe(t);
    const summer = Date.parse('2024-07-01T10:00:00Z');
    expect(fromLocalInput(toLocalInput(summer, 'Europe/Paris'), 'Europe/Paris')).toBe(summer);
  });

  it('gives undefined for what is not a date-time', () => {
    expect(fromLocalInput('', 'UTC')).toBeUndefined();
    expect(fromLocalInput('13/11/2023 14:00', 'UTC')).toBeUndefined();
  });
});
