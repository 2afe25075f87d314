import { describe, expect, it } from 'vitest';
import { isoOf, readTime } from './time-formats';

const UTC = { zone: 'UTC' };
const at = (value: unknown, options: Parameters<typeof readTime>[1] = UTC) => {
  const r = readTime(value, options);
  return (
    r && { start: isoOf(r.start), end: isoOf(r.end), precision: r.precision, form: r.form, zoned: r.zoned }
  );
};

describe('readTime', () => {
  it('reads ISO 8601 with a zone, including short offsets and fractions', () => {
    expect(at('2023-11-14T06:00:00Z')).toMatchObject({
      start: '2023-11-14T06:00:00Z',
      form: 'iso',
      zoned: true,
    });
    expect(at('2023-11-14T06:00:00+01:00')?.start).toBe('2023-11-14T05:00:00Z');
    expect(at('2023-11-14 06:00:00+00')?.start).toBe('2023-11-14T06:00:00Z');
    expect(at('2012-10-24T23:29:40.000Z')?.start).toBe('2012-10-24T23:29:40Z');
    expect(at('2023-11-14T06:00:00.25-0230')?.start).toBe('2023-11-14T08:30:00.250Z');
  });

  it('reads a time without a zone in the zone it is given, and says it had none', () => {
    expect(at('2023-11-14T06:00:00')).toMatchObject({
      start: '2023-11-14T06:00:00Z',
      form: 'isoLocal',
      zoned: false,
    });
    // Paris is UTC+1 in November and UTC+2 in July.
    expect(at('2023-11-14T06:00', { zone: 'Europe/Paris' })?.start).toBe('2023-11-14T05:00:00Z');
    expect(at('2023-07-14T06:00', { zone: 'Europe/Paris' })?.start).toBe('2023-07-14T04:00:00Z');
  });

  it("reads GDAL's datetime form", () => {
    expect(at('2018/08/31 08:48:59+00')).toMatchObject({
      start: '2018-08-31T08:48:59Z',
      form: 'gdal',
      zoned: true,
    });
    expect(at('2018/08/31 08:48:59')).toMatchObject({ form: 'gdal', zoned: false });
  });

  it('reads epoch milliseconds (USGS) and seconds, and no small number as a time', () => {
    expect(at(1614886111770)).toMatchObject({ start: '2021-03-04T19:28:31.770Z', form: 'epochMs' });
    expect(at('1614886111770')?.form).toBe('epochMs');
    expect(at(1614886111)).toMatchObject({ start: '2021-03-04T19:28:31Z', form: 'epochS' });
    expect(at(2023)).toBeUndefined();
    expect(at(17.9507)).toBeUndefined();
  });

  it('reads dates as the day (or month, or year) they stand for', () => {
    expect(at('2023-11-14')).toMatchObject({
      start: '2023-11-14T00:00:00Z',
      end: '2023-11-14T23:59:59Z',
      precision: 'day',
    });
    expect(at('2023-11')).toMatchObject({ end: '2023-11-30T23:59:59Z', precision: 'month' });
    expect(at('2023')).toMatchObject({ start: '2023-01-01T00:00:00Z', end: '2023-12-31T23:59:59Z' });
    expect(at('14 November 2023')).toMatchObject({ start: '2023-11-14T00:00:00Z', form: 'long' });
    expect(at('01-January-2015')?.start).toBe('2015-01-01T00:00:00Z');
    expect(at('14 nov. 2023')?.start).toBe('2023-11-14T00:00:00Z');
    expect(at('14 novembre 2023')?.start).toBe('2023-11-14T00:00:00Z');
    expect(at('November 14, 2023')?.start).toBe('2023-11-14T00:00:00Z');
  });

  it('reads an ambiguous slashed date only in the order it is given; a part over 12 settles it alone', () => {
    expect(at('10/11/2023')).toBeUndefined();
    expect(at('10/11/2023', { zone: 'UTC', order: 'dmy' })?.start).toBe('2023-11-10T00:00:00Z');
    expect(at('10/11/2023', { zone: 'UTC', order: 'mdy' })?.start).toBe('2023-10-11T00:00:00Z');
    expect(at('25/11/2023 14:30')?.start).toBe('2023-11-25T14:30:00Z');
    expect(at('10.11.2023 06:00:00', { zone: 'UTC', order: 'dmy' })?.start).toBe('2023-11-10T06:00:00Z');
  });

  it('refuses impossible dates and words', () => {
    for (const v of ['2023-02-30', '2023-13-01T00:00:00Z', 'yesterday', '0725', '', null, {}, '31/31/2023'])
      expect(at(v), String(v)).toBeUndefined();
  });
});
