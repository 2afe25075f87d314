import { describe, expect, it } from 'vitest';
import { parseSidc, withAffiliation } from './sidc';
import { symbolMeaning } from './symbol-meaning';

const COLUMN = '10041004161211040000';

describe('SIDC fields', () => {
  it('reads identity, symbol set, task force, echelon and entity by position', () => {
    expect(parseSidc(COLUMN)).toEqual({
      version: '10',
      identity: '4',
      symbolSet: '10',
      status: '0',
      hqTfDummy: '4',
      amplifier: '16',
      entity: '121104',
      modifier1: '00',
      modifier2: '00',
    });
  });

  it('sets only the standard identity digit for an affiliation', () => {
    expect(withAffiliation(COLUMN, 'hostile')).toBe('10061004161211040000');
    expect(withAffiliation(COLUMN, 'friend')).toBe('10031004161211040000');
    expect(withAffiliation(COLUMN, 'side')).toBe(COLUMN);
    const e = `${COLUMN}1234567890`;
    expect(withAffiliation(e, 'hostile')).toBe(`10061004161211040000${'1234567890'}`);
  });

  it('names the offending value when it is not a number SIDC', () => {
    expect(() => parseSidc('SFGPUCI----D')).toThrow('"SFGPUCI----D"');
  });
});

describe('symbolMeaning', () => {
  it('says what the symbol is and from whose point of view, in English and French', () => {
    expect(symbolMeaning(COLUMN, 'hostile', 'en')).toBe(
      'Motorised infantry, task force, battalion (hostile)',
    );
    expect(symbolMeaning(COLUMN, 'friend', 'fr')).toBe(
      'Infanterie motorisée, force opérationnelle, bataillon (ami)',
    );
    expect(symbolMeaning('10041000001211040000', 'side', 'en', 'CSP-PSD')).toBe(
      'Motorised infantry (CSP-PSD)',
    );
    expect(symbolMeaning('10042000001100000000', 'neutral', 'fr')).toBe('Installation militaire (neutre)');
  });

  it('reads headquarters, planned status and echelons, and names an unlisted entity by its code', () => {
    expect(symbolMeaning('10031012151211000000', 'friend', 'en')).toBe(
      'Infantry, headquarters, company, planned or anticipated (friend)',
    );
    expect(symbolMeaning('10061000001999990000', 'hostile', 'en')).toBe('Land unit 199999 (hostile)');
    expect(symbolMeaning('10061000000000000000', 'hostile', 'fr')).toBe('Unité terrestre (hostile)');
  });
});
