import { describe, expect, it } from 'vitest';
import { dayOrderOf } from './day-order';

describe('dayOrderOf', () => {
  it('settles the order for the whole file from one date that fits only one order', () => {
    expect(dayOrderOf(['10/11/2023', '11/11/2023', '25/11/2023'])).toMatchObject({
      order: 'dmy',
      reason: { kind: 'date', example: '25/11/2023' },
      ambiguous: '10/11/2023',
    });
    expect(dayOrderOf(['10/11/2023', '11/25/2023']).order).toBe('mdy');
  });

  it('takes a French-locale file as day-first when every date fits both', () => {
    expect(dayOrderOf(['10/11/2023'], { dayFirstLocale: true })).toMatchObject({
      order: 'dmy',
      reason: { kind: 'locale' },
    });
  });

  it('leaves the order open, or reports a conflict, rather than guess', () => {
    expect(dayOrderOf(['10/11/2023', '2023-11-12'])).toEqual({ ambiguous: '10/11/2023' });
    expect(dayOrderOf(['25/11/2023', '11/25/2023', '10/11/2023'])).toEqual({
      conflict: ['25/11/2023', '11/25/2023'],
      ambiguous: '10/11/2023',
    });
  });
});
