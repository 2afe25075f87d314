import { describe, expect, it } from 'vitest';
import { defaultLabel } from './default-label';
import { GENERATED_FR } from './text-fields';

describe('default labels', () => {
  it('name a feature by its kind and number, in both languages, as GENERATED_FR recognises', () => {
    expect(defaultLabel('movement-3', 'movement')).toEqual({ en: 'Movement 3', fr: 'Mouvement 3' });
    for (const kind of ['movement', 'place', 'event', 'strike', 'clash', 'area'])
      expect(defaultLabel(`${kind}-12`, kind).fr).toMatch(GENERATED_FR);
    for (const generated of ['Camp A', 'Camp 3', 'Chapitre 2']) expect(generated).toMatch(GENERATED_FR);
  });
});
