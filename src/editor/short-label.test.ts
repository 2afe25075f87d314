import { describe, expect, it } from 'vitest';
import { mapLabelShown, shortLabel } from './short-label';

describe('the label drawn on the map', () => {
  it('keeps a short label, and cuts a long one at its first clause or a word', () => {
    expect(shortLabel('Column Alpha advances')).toBe('Column Alpha advances');
    expect(shortLabel('Column Alpha: advance on Anéfis')).toBe('Column Alpha');
    expect(shortLabel('Strike on the camp (7 Nov)')).toBe('Strike on the camp');
    expect(shortLabel('The FAMa and Wagner column leaves Gao for Kidal')).toBe('The FAMa and Wagner…');
    expect(shortLabel('  ')).toBe('');
  });

  it('shows the map label in the reader’s language, else the label’s short form', () => {
    const label = { en: 'Column Alpha advances on Anéfis, 7 Oct', fr: 'La colonne Alpha avance sur Anéfis' };
    expect(mapLabelShown({ en: 'Alpha', fr: 'Alpha (fr)' }, label, 'fr')).toBe('Alpha (fr)');
    expect(mapLabelShown({ en: 'Alpha' }, label, 'fr')).toBe('Alpha');
    expect(mapLabelShown(undefined, label, 'en')).toBe('Column Alpha advances…');
    expect(mapLabelShown(undefined, label, 'fr')).toBe('La colonne Alpha avance…');
    expect(mapLabelShown(undefined, undefined, 'en')).toBe('');
  });
});
