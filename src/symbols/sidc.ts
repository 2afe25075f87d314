/**
 * The fields of a number SIDC (MIL-STD-2525D/E, APP-6D), 1-based positions in brackets. Only what the map
 * and the legend read: the rest of the code passes through to milsymbol untouched.
 */
export interface SidcFields {
  /** [1–2] 10 = 2525D / APP-6D, 11 = 2525D change 1, 13 = 2525E. */
  version: string;
  /** [4] standard identity: 1 unknown, 3 friend, 4 neutral, 6 hostile, … */
  identity: string;
  /** [5–6] 10 land unit, 11 land civilian, 15 land equipment, 20 land installation, … */
  symbolSet: string;
  /** [7] 0 present, 1 planned or anticipated, … */
  status: string;
  /** [8] headquarters, task force, feint or dummy. */
  hqTfDummy: string;
  /** [9–10] echelon for units, mobility for equipment. */
  amplifier: string;
  /** [11–16] entity, entity type, entity subtype. */
  entity: string;
  /** [17–18] and [19–20] sector 1 and 2 modifiers. */
  modifier1: string;
  modifier2: string;
}

const SIDC = /^\d{20}(\d{10})?$/;

/** Splits a SIDC into its fields; throws (naming the value) on anything that is not a number SIDC. */
export function parseSidc(sidc: string): SidcFields {
  if (!SIDC.test(sidc)) throw new Error(`Not a 20- or 30-digit SIDC: ${JSON.stringify(sidc)}`);
  return {
    version: sidc.slice(0, 2),
    identity: sidc.slice(3, 4),
    symbolSet: sidc.slice(4, 6),
    status: sidc.slice(6, 7),
    hqTfDummy: sidc.slice(7, 8),
    amplifier: sidc.slice(8, 10),
    entity: sidc.slice(10, 16),
    modifier1: sidc.slice(16, 18),
    modifier2: sidc.slice(18, 20),
  };
}

/** How a symbol is drawn relative to the viewer; `side` means no point of view (see affiliation.ts). */
export type Affiliation = 'friend' | 'hostile' | 'neutral' | 'unknown' | 'side';

/** Standard identity digits. A side drawn from no point of view takes the neutral frame. */
const IDENTITY_DIGIT: Record<Affiliation, string> = {
  unknown: '1',
  friend: '3',
  neutral: '4',
  hostile: '6',
  side: '4',
};

/** The same SIDC with its standard identity set for this affiliation (context and the rest unchanged). */
export function withAffiliation(sidc: string, affiliation: Affiliation): string {
  parseSidc(sidc);
  return sidc.slice(0, 3) + IDENTITY_DIGIT[affiliation] + sidc.slice(4);
}
