import { describe, expect, it } from 'vitest';
import { numberOrUndefined, textIn, withText } from './text-fields';

describe('localised text fields', () => {
  it('reads a plain string as English', () => {
    expect(textIn('Kidal', 'en')).toBe('Kidal');
    expect(textIn('Kidal', 'fr')).toBe('');
    expect(textIn({ en: 'Fort', fr: 'Fort de Kidal' }, 'fr')).toBe('Fort de Kidal');
  });

  it('sets one language and keeps the other, dropping what is empty', () => {
    expect(withText('Kidal', 'fr', 'Kidal (fr)')).toEqual({ en: 'Kidal', fr: 'Kidal (fr)' });
    expect(withText({ en: 'A', fr: 'B' }, 'fr', '')).toEqual({ en: 'A' });
    expect(withText({ en: 'A' }, 'en', '')).toBeUndefined();
    expect(withText({ en: 'A', fr: 'B' }, 'en', '')).toEqual({ en: '', fr: 'B' });
    expect(withText(undefined, 'en', '<img src=x onerror=alert(1)>')).toEqual({
      en: '<img src=x onerror=alert(1)>',
    });
  });

  it('drops a generated French name once the English is renamed, and only then', () => {
    expect(withText({ en: 'Strike 1', fr: 'Frappe 1' }, 'en', 'Drone strike')).toEqual({
      en: 'Drone strike',
    });
    expect(withText({ en: 'Side A', fr: 'Camp A' }, 'en', 'Government')).toEqual({ en: 'Government' });
    expect(withText({ en: 'Strike 1', fr: 'Frappe de drone' }, 'en', 'Drone strike')).toEqual({
      en: 'Drone strike',
      fr: 'Frappe de drone',
    });
    expect(withText({ en: 'Strike 1', fr: 'Frappe 1' }, 'fr', 'Frappe 1 bis')).toEqual({
      en: 'Strike 1',
      fr: 'Frappe 1 bis',
    });
  });

  it('reads numbers, keeping what is not one visible as NaN', () => {
    expect(numberOrUndefined(' ')).toBeUndefined();
    expect(numberOrUndefined('2.5')).toBe(2.5);
    expect(numberOrUndefined('abc')).toBeNaN();
  });
});
