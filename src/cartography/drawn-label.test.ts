import { describe, expect, it } from 'vitest';
import { drawnLabel, shortLabel, SHORT_LABEL_CHARS } from './drawn-label';

describe('shortLabel (the map text of a feature without a map label)', () => {
  it('keeps a short label whole', () => {
    expect(shortLabel('Column Alpha advances')).toBe('Column Alpha advances');
  });

  it('keeps the first clause', () => {
    expect(shortLabel('Clashes at Anéfis, with heavy losses on both sides')).toBe('Clashes at Anéfis');
    expect(shortLabel('Kidal fort (position estimated)')).toBe('Kidal fort');
    expect(shortLabel('Drone strike — night of 3 November')).toBe('Drone strike');
    // A clause of a word or two says too little: the label goes on to its next one.
    expect(shortLabel('Ber, August')).toBe('Ber, August');
  });

  it('cuts a long clause at a word, with an ellipsis', () => {
    const s = shortLabel('Column of about 800 Malian and Russian troops, Gao → Anéfis');
    expect(s).toBe('Column of about 800 Malian and…');
    expect(s.length).toBeLessThanOrEqual(SHORT_LABEL_CHARS + 1);
  });

  it('cuts one long word inside it', () => {
    const s = shortLabel('x'.repeat(60));
    expect(s).toBe(`${'x'.repeat(SHORT_LABEL_CHARS - 1)}…`);
  });
});

describe('drawnLabel (what the map draws for a feature)', () => {
  it('is the map label when there is one, in the reader’s language', () => {
    const props = { label: 'A long label', mapLabel: { en: 'Alpha', fr: 'Alpha (fr)' } };
    expect(drawnLabel(props, 'en')).toBe('Alpha');
    expect(drawnLabel(props, 'fr')).toBe('Alpha (fr)');
  });

  it('falls back to the short form of the label, French then English', () => {
    expect(drawnLabel({ label: { en: 'Column Alpha advances', fr: 'La colonne Alpha avance' } }, 'fr')).toBe(
      'La colonne Alpha avance',
    );
    expect(drawnLabel({ label: { en: 'Column Alpha advances' } }, 'fr')).toBe('Column Alpha advances');
    expect(drawnLabel({ label: 'Column Alpha advances', mapLabel: { en: ' ' } }, 'en')).toBe(
      'Column Alpha advances',
    );
  });

  it('is nothing when the map label is false, or when there is no label at all', () => {
    expect(drawnLabel({ label: 'Statement', mapLabel: false }, 'en')).toBe('');
    expect(drawnLabel({}, 'en')).toBe('');
  });
});
