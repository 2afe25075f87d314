import { describe, expect, it } from 'vitest';
import { basemapStyle } from '../map/basemap-style';
import { basemapCredits } from './credits';
import { creditIn, publisherIn } from './credit-words';

// Credits that are names, the same in every language.
const NAMES = new Set(['© Natural Earth', 'GeoNames (CC BY 4.0)']);

describe('credits in the reader’s language', () => {
  it('says every worded credit of the built-in basemap in French, and leaves names alone', () => {
    const credits = basemapCredits(
      basemapStyle({ baseUrl: 'http://localhost/', theme: 'projector', relief: true }),
    );
    expect(credits.length).toBeGreaterThanOrEqual(3);
    for (const credit of credits) {
      if (NAMES.has(credit)) expect(creditIn(credit, 'fr')).toBe(credit);
      else expect(creditIn(credit, 'fr'), credit).not.toBe(credit);
      expect(creditIn(credit, 'en')).toBe(credit);
    }
    expect(credits.map((c) => creditIn(c, 'fr')).join(' · ')).toMatch(
      /Routes régionales.*Relief SRTM30.*calé sur/,
    );
  });

  it('names an imported file’s source in French, and any other publisher as it is', () => {
    expect(publisherIn('Imported file', 'fr')).toBe('Fichier importé');
    expect(publisherIn('RFI', 'fr')).toBe('RFI');
  });
});
