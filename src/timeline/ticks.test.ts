import { describe, expect, it } from 'vitest';
import { ticks, zoneOffsetMs } from './ticks';

const at = (iso: string) => Date.parse(iso);

describe('ticks', () => {
  it('labels days across the whole campaign and marks every day', () => {
    const list = ticks(at('2023-10-02T00:00:00Z'), at('2023-11-26T23:59:59Z'), 1000, 'Africa/Bamako', 'en');
    const days = list.filter((t) => t.major);
    expect(days).toHaveLength(56);
    const labels = list.filter((t) => t.label);
    expect(labels.length).toBeGreaterThan(4);
    expect(labels.length).toBeLessThanOrEqual(1000 / 64 + 1);
    expect(labels.every((t) => t.major && /^\d+ (Oct|Nov)$/.test(t.label!))).toBe(true);
  });

  it('labels hours and days the same before 1970 (negative times), as for Narvik in 1940', () => {
    const list = ticks(at('1940-04-08T18:00:00Z'), at('1940-04-10T06:00:00Z'), 1000, 'UTC', 'en');
    const labels = list.flatMap((t) => (t.label ? [t.label] : []));
    expect(labels.some((l) => l.startsWith('-'))).toBe(false);
    expect(labels).toContain('9 Apr');
    expect(labels).toContain('06:00');
    expect(list.filter((t) => t.major).map((t) => new Date(t.t).toISOString())).toEqual([
      '1940-04-09T00:00:00.000Z',
      '1940-04-10T00:00:00.000Z',
    ]);
  });

  it('labels hours when zoomed to 10–14 November', () => {
    const list = ticks(at('2023-11-10T00:00:00Z'), at('2023-11-14T00:00:00Z'), 1200, 'Africa/Bamako', 'fr');
    expect(list.find((t) => t.t === at('2023-11-13T00:00:00Z'))).toEqual({
      t: at('2023-11-13T00:00:00Z'),
      major: true,
      label: '13 nov.',
    });
    expect(list.some((t) => t.label === '12:00')).toBe(true);
    expect(list.filter((t) => !t.major).length).toBeGreaterThan(20);
  });

  it('aligns days to local midnight in a zone off UTC', () => {
    expect(zoneOffsetMs(at('2023-11-13T00:00:00Z'), 'Europe/Paris')).toBe(3_600_000);
    const list = ticks(at('2023-11-10T00:00:00Z'), at('2023-11-14T00:00:00Z'), 400, 'Europe/Paris', 'en');
    expect(list.filter((t) => t.major).map((t) => new Date(t.t).toISOString().slice(11, 16))).toEqual(
      Array(4).fill('23:00'),
    );
  });
});
