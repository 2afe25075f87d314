import { describe, expect, it } from 'vitest';
import { initialForm, knownZone, readForm } from './new-scenario-form';

describe('the New scenario form', () => {
  const form = initialForm({
    title: 'Anéfis',
    now: Date.parse('2026-03-04T10:37:12Z'),
    timeZone: 'Africa/Bamako',
    sides: ['Side A', 'Side B'],
  });

  it('opens on a week from this hour, in the zone given', () => {
    expect(form).toEqual({
      title: 'Anéfis',
      start: '2026-03-04T10:00',
      end: '2026-03-11T10:00',
      timeZone: 'Africa/Bamako',
      sides: ['Side A', 'Side B'],
    });
  });

  it('reads the dates as wall times in the chosen zone', () => {
    const read = readForm({
      ...form,
      start: '2023-11-10T00:00',
      end: '2023-11-15T00:00',
      timeZone: 'Europe/Paris',
    });
    expect(read).toEqual({
      choice: {
        title: 'Anéfis',
        start: Date.parse('2023-11-09T23:00:00Z'),
        end: Date.parse('2023-11-14T23:00:00Z'),
        timeZone: 'Europe/Paris',
        sides: ['Side A', 'Side B'],
      },
    });
  });

  it('names the first thing to fix', () => {
    expect(readForm({ ...form, title: '  ' })).toEqual({ problem: 'nsNeedTitle' });
    expect(readForm({ ...form, timeZone: 'Mars/Olympus' })).toEqual({ problem: 'nsBadZone' });
    expect(readForm({ ...form, start: '' })).toEqual({ problem: 'nsBadDate' });
    expect(readForm({ ...form, end: form.start })).toEqual({ problem: 'nsEndBeforeStart' });
    expect(readForm({ ...form, sides: ['FAMa', ' '] })).toEqual({ problem: 'nsNeedSide' });
    expect(readForm({ ...form, sides: [] })).toEqual({ problem: 'nsNeedSide' });
  });

  it('falls back to UTC for a zone the browser does not know', () => {
    expect(knownZone('UTC')).toBe(true);
    expect(knownZone('')).toBe(false);
    expect(initialForm({ title: 'x', now: 0, timeZone: 'Nowhere/Else', sides: [] }).timeZone).toBe('UTC');
  });
});
