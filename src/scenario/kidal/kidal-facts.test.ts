// The checklist of issue #3: every dated fact of the source record (and the research notes' additions that
// the issue names), the feature(s) that show it, the time at which they must be visible, and what they must
// say. Fails if a fact is missing, hidden at its date, or lacks the property that carries it.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../load';
import { frameAt } from '../../frame/frame-at';
import {
  allText,
  byId,
  controllerAt,
  feature,
  files,
  headAt,
  km,
  lineCoords,
  pointCoords,
  visibleAt,
  type KidalFeature,
} from '../../../tests/support/kidal-data';

interface Fact {
  fact: string;
  ids: string[];
  /** A time (UTC) at which every id must be on the map. */
  at: string;
  check?: () => void;
}

const claimsBy = (f: KidalFeature) => (f.properties.claims ?? []).map((c) => c.by).sort();

export const FACTS: Fact[] = [
  // --- background (before the main range)
  {
    fact: 'August 2023: Malian and Wagner forces attack Ber, the first major clashes since 2015',
    ids: ['clash-ber-aug2023'],
    at: '2023-08-15T12:00:00Z',
    check: () => expect(feature('clash-ber-aug2023').properties.uncertaintyKm).toBeGreaterThanOrEqual(10),
  },
  {
    fact: 'The CSP-PSD attacks Malian forces in Bourem and Léré (undated, before the offensive)',
    ids: ['clash-bourem-2023', 'clash-lere-2023'],
    at: '2023-09-15T12:00:00Z',
    check: () => {
      for (const id of ['clash-bourem-2023', 'clash-lere-2023']) {
        expect(feature(id).properties.side).toBe('csp-psd');
        expect(feature(id).properties.timeCertainty).toBe('estimated');
      }
    },
  },
  // --- prelude
  {
    fact: 'Night of 2 October: a column of about 800 Malian and Russian troops sets out; origin not stated, Gao estimated (RFI, Jeune Afrique, Sahel Intelligence)',
    ids: ['event-column-departs-2oct', 'column-gao-anefis', 'place-gao'],
    at: '2023-10-02T12:00:00Z',
    check: () => {
      const e = feature('event-column-departs-2oct');
      expect(allText(e)).toMatch(/800/);
      expect(e.properties.certainty).toBe('estimated');
      expect(e.properties.note.en).toMatch(/does not say where/);
      expect(e.properties.disagreement?.toString()).toBeDefined();
      for (const s of ['rfi', 'jeune-afrique', 'sahel-intelligence'])
        expect(e.properties.sources).toContain(s);
      const c = feature('column-gao-anefis');
      expect(c.properties.certainty).toBe('estimated');
      expect(km(lineCoords(c)[0] as [number, number], pointCoords(feature('place-gao')))).toBeLessThan(0.01);
    },
  },
  {
    fact: '5 October: fighting at a trench line 10 km south of Anéfis, with both sides’ claims (AFP, AP)',
    ids: ['clash-trench-5oct'],
    at: '2023-10-05T12:00:00Z',
    check: () => expect(claimsBy(feature('clash-trench-5oct'))).toEqual(['csp-psd', 'fama-wagner']),
  },
  {
    fact: '7 October: Anéfis captured',
    ids: ['event-anefis-captured-7oct', 'clash-anefis-7oct', 'place-anefis'],
    at: '2023-10-07T12:00:00Z',
    check: () => {
      const p = feature('place-anefis');
      expect(controllerAt(p, '2023-10-06T00:00:00Z')).toBe('csp-psd');
      expect(controllerAt(p, '2023-10-08T00:00:00Z')).toBe('fama-wagner');
      const c = feature('column-gao-anefis');
      expect(c.properties.coordTimes?.at(-1)?.slice(0, 10)).toBe('2023-10-07');
      expect(km(lineCoords(c).at(-1) as [number, number], pointCoords(p))).toBeLessThan(0.01);
    },
  },
  {
    fact: '21–23 October: MINUSMA leaves Tessalit and Aguelhok; the army takes the Tessalit camp, the CSP-PSD the Aguelhok camp',
    ids: [
      'event-minusma-leaves-tessalit',
      'event-minusma-leaves-aguelhok',
      'place-minusma-camp-tessalit',
      'place-minusma-camp-aguelhok',
    ],
    at: '2023-10-22T12:00:00Z',
    check: () => {
      expect(controllerAt(feature('place-minusma-camp-tessalit'), '2023-10-24T00:00:00Z')).toBe(
        'fama-wagner',
      );
      expect(controllerAt(feature('place-minusma-camp-aguelhok'), '2023-10-24T00:00:00Z')).toBe('csp-psd');
    },
  },
  {
    fact: 'By 31 October: MINUSMA evacuates its Kidal camp',
    ids: ['event-minusma-leaves-kidal', 'place-minusma-camp-kidal'],
    at: '2023-10-31T12:00:00Z',
    check: () => {
      const camp = feature('place-minusma-camp-kidal');
      expect(controllerAt(camp, '2023-10-30T00:00:00Z')).toBe('minusma');
      expect(feature('event-minusma-leaves-kidal').properties.side).toBe('minusma');
    },
  },
  {
    fact: 'Not long after: the CSP-PSD takes the camp; many residents leave Kidal',
    ids: ['event-csp-takes-kidal-camp', 'event-residents-leave-kidal'],
    at: '2023-11-01T12:00:00Z',
    check: () => {
      expect(controllerAt(feature('place-minusma-camp-kidal'), '2023-11-02T00:00:00Z')).toBe('csp-psd');
      expect(feature('event-csp-takes-kidal-camp').properties.timeCertainty).toBe('estimated');
    },
  },
  {
    fact: 'Night of 3–4 November: TB2 drone strikes on the camp, no casualties reported',
    ids: ['strike-camp-3-4nov'],
    at: '2023-11-03T23:00:00Z',
    check: () => {
      const s = feature('strike-camp-3-4nov');
      expect(s.properties.note.en).toMatch(/TB2/);
      expect(s.properties.note.en).toMatch(/no casualties/i);
      expect(s.properties.casualties ?? []).toEqual([]);
    },
  },
  {
    fact: '7 November: one bomb on the camp, two outside, one hitting a nearby school; 14 killed incl. 8 children and 30+ injured by one account, 10 killed per medical sources to RFI',
    ids: ['strike-camp-7nov', 'strike-school-7nov', 'place-school-kidal'],
    at: '2023-11-07T08:00:00Z',
    check: () => {
      expect(feature('strike-camp-7nov').properties.note.en).toMatch(
        /one bomb hit the camp and two outside/i,
      );
      const s = feature('strike-school-7nov');
      const cas = s.properties.casualties ?? [];
      const fourteen = cas.find((c) => c.killed === 14 && c.injured === 30);
      expect(fourteen).toBeDefined();
      expect(JSON.stringify(fourteen?.according)).toMatch(/8 children/);
      const ten = cas.find((c) => c.killed === 10);
      expect(ten).toBeDefined();
      expect(ten?.sources).toContain('rfi');
      expect(JSON.stringify(ten?.according)).toMatch(/RFI/);
      expect(s.properties.disagreement).toBeDefined();
      expect(JSON.stringify(s.properties.disagreement)).toMatch(/14[\s\S]*10/);
    },
  },
  {
    fact: 'Night of 9–10 November: new drone strikes on Kidal, no casualties reported',
    ids: ['strike-kidal-9-10nov'],
    at: '2023-11-10T00:00:00Z',
    check: () =>
      expect(feature('strike-kidal-9-10nov').properties.note.en).toMatch(/without reported casualties/),
  },
  // --- battle
  {
    fact: '10 November: the column leaves Anéfis for Kidal',
    ids: ['event-column-leaves-anefis-10nov', 'column-anefis-kidal'],
    at: '2023-11-10T12:00:00Z',
    check: () => {
      const c = feature('column-anefis-kidal');
      expect(c.properties.coordTimes?.[0]?.slice(0, 10)).toBe('2023-11-10');
      expect(c.properties.movementType).toBe('advance');
      expect(c.properties.side).toBe('fama-wagner');
    },
  },
  {
    fact: '10 November: the CSP-PSD cuts phone lines to Kidal (9 Nov evening per RFI)',
    ids: ['event-phone-lines-cut'],
    at: '2023-11-10T12:00:00Z',
    check: () => {
      const e = feature('event-phone-lines-cut');
      expect(e.properties.side).toBe('csp-psd');
      expect(JSON.stringify(e.properties.disagreement)).toMatch(/9 November/);
    },
  },
  {
    fact: '11 November: two-hour fight in the Alkit valley, twenty kilometres from Kidal, ending at nightfall',
    ids: ['clash-alkit-11nov', 'place-alkit-valley'],
    at: '2023-11-11T16:00:00Z',
    check: () => {
      const c = feature('clash-alkit-11nov');
      expect(c.geometry.type).toBe('Polygon');
      expect(c.properties.note.en).toMatch(/two hours/);
      expect(c.properties.timeCertainty).toBe('estimated');
      const head = headAt(feature('column-anefis-kidal'), Date.parse('2023-11-11T16:00:00Z'));
      expect(km(head as [number, number], pointCoords(feature('place-alkit-valley')))).toBeLessThan(0.05);
    },
  },
  {
    fact: '11 November: a Malian L-39 Albatros crashes by accident',
    ids: ['event-l39-crash-11nov'],
    at: '2023-11-11T16:00:00Z',
    check: () => expect(allText(feature('event-l39-crash-11nov'))).toMatch(/L-39[\s\S]*accident/),
  },
  {
    fact: '11 November: opposing claims — the army broke the defences; the rebels repulsed the attack with heavy losses',
    ids: ['clash-alkit-11nov'],
    at: '2023-11-11T17:00:00Z',
    check: () => {
      const c = feature('clash-alkit-11nov');
      expect(claimsBy(c)).toEqual(['csp-psd', 'fama-wagner']);
      expect(JSON.stringify(c.properties.claims)).toMatch(/broke/);
      expect(JSON.stringify(c.properties.claims)).toMatch(/considerable losses/);
      expect(c.properties.disagreement).toBeDefined();
    },
  },
  {
    fact: '12 November: renewed clashes in the Alkit valley; both sides claim the advantage; the front unchanged (RFI)',
    ids: ['clash-alkit-12nov'],
    at: '2023-11-12T12:00:00Z',
    check: () => {
      const c = feature('clash-alkit-12nov');
      expect(claimsBy(c)).toEqual(['csp-psd', 'fama-wagner']);
      expect(c.properties.sources).toContain('rfi');
      expect(c.properties.note.en).toMatch(/had not changed/);
      expect(c.properties.disagreement).toBeDefined();
      // the column is held in the valley through 12 November
      const held = headAt(feature('column-anefis-kidal'), Date.parse('2023-11-12T23:00:00Z'));
      expect(km(held as [number, number], pointCoords(feature('place-alkit-valley')))).toBeLessThan(0.05);
    },
  },
  {
    fact: '13 November: the army flanks from the south and reports reaching fifteen kilometres from Kidal (route not known)',
    ids: ['flank-south-13nov', 'event-fama-15km-13nov', 'place-aghilhek'],
    at: '2023-11-13T18:00:00Z',
    check: () => {
      const f = feature('flank-south-13nov');
      expect(f.properties.movementType).toBe('flank');
      expect(f.properties.coordUncertaintyKm?.length).toBe(lineCoords(f).length);
      expect(f.properties.note.en).toMatch(/No source gives the route/);
      const e = feature('event-fama-15km-13nov');
      expect(e.properties.certainty).toBe('claimed');
      expect(e.properties.claimedBy).toBe('fama-wagner');
    },
  },
  {
    fact: '13 November: ambushes claimed foiled; ten CSP-PSD vehicles claimed destroyed',
    ids: ['clash-ambushes-13nov'],
    at: '2023-11-13T12:00:00Z',
    check: () => {
      const c = feature('clash-ambushes-13nov');
      expect(c.properties.certainty).toBe('claimed');
      expect(c.properties.claimedBy).toBe('fama-wagner');
      expect(allText(c)).toMatch(/ten CSP-PSD vehicles/i);
      expect(allText(c)).toMatch(/ambushes/);
    },
  },
  {
    fact: '13 November: three drone strikes near Kidal (RFI, Wakatsera)',
    ids: ['strike-near-kidal-13nov'],
    at: '2023-11-13T12:00:00Z',
  },
  {
    fact: 'Night of 13–14 November: the decisive Wagner night attack',
    ids: ['clash-night-attack-13-14nov'],
    at: '2023-11-14T02:00:00Z',
    check: () => expect(feature('clash-night-attack-13-14nov').properties.label.en).toMatch(/Wagner/),
  },
  {
    fact: '14 November: Kidal captured; no losses reported that day',
    ids: ['event-kidal-captured-14nov', 'place-kidal'],
    at: '2023-11-14T12:00:00Z',
    check: () => {
      const k = feature('place-kidal');
      expect(controllerAt(k, '2023-11-13T12:00:00Z')).toBe('csp-psd');
      expect(controllerAt(k, '2023-11-14T12:00:00Z')).toBe('fama-wagner');
      expect(feature('event-kidal-captured-14nov').properties.note.en).toMatch(/no losses/);
      const c = feature('column-anefis-kidal');
      expect(c.properties.coordTimes?.at(-1)?.slice(0, 10)).toBe('2023-11-14');
      expect(km(lineCoords(c).at(-1) as [number, number], pointCoords(k))).toBeLessThan(0.01);
    },
  },
  {
    fact: '14 November: the rebels flee north toward Abeïbara and Aguelhok (timing beyond 14 Nov not known)',
    ids: ['retreat-abeibara', 'retreat-aguelhok'],
    at: '2023-11-14T12:00:00Z',
    check: () => {
      for (const [id, town] of [
        ['retreat-abeibara', 'place-abeibara'],
        ['retreat-aguelhok', 'place-aguelhok'],
      ] as const) {
        const r = feature(id);
        expect(r.properties.side).toBe('csp-psd');
        expect(r.properties.movementType).toBe('retreat');
        expect(r.properties.timeCertainty).toBe('estimated');
        expect(r.properties.note.en).toMatch(/not known/);
        expect(r.properties.coordTimes?.every((t) => t.startsWith('2023-11-14'))).toBe(true);
        expect(km(lineCoords(r)[0] as [number, number], pointCoords(feature('place-kidal')))).toBeLessThan(
          0.01,
        );
        expect(km(lineCoords(r).at(-1) as [number, number], pointCoords(feature(town)))).toBeLessThan(0.01);
      }
    },
  },
  {
    fact: '14 November: the CSP-PSD confirms its withdrawal but will keep fighting',
    ids: ['event-csp-statement-14nov'],
    at: '2023-11-14T18:00:00Z',
    check: () => {
      const e = feature('event-csp-statement-14nov');
      expect(claimsBy(e)).toEqual(['csp-psd']);
      expect(JSON.stringify(e.properties.claims)).toMatch(/keep fighting/);
    },
  },
  {
    fact: '14 November: President Goïta’s statement',
    ids: ['event-goita-statement-14nov'],
    at: '2023-11-14T18:00:00Z',
    check: () => {
      const e = feature('event-goita-statement-14nov');
      expect(JSON.stringify(e.properties.claims)).toMatch(/Our mission is not complete/);
      expect(claimsBy(e)).toEqual(['fama-wagner']);
    },
  },
  {
    fact: '14 November: civilians flee toward Tinzaouaten and Tamanrasset',
    ids: ['event-civilians-flee-14nov'],
    at: '2023-11-14T18:00:00Z',
    check: () => expect(feature('event-civilians-flee-14nov').properties.side).toBe('civilians'),
  },
  // --- aftermath
  {
    fact: '22 November: Wagner flag over the Kidal fort (21 Nov video per RFI)',
    ids: ['event-wagner-flag-fort', 'place-kidal-fort'],
    at: '2023-11-22T12:00:00Z',
    check: () =>
      expect(JSON.stringify(feature('event-wagner-flag-fort').properties.disagreement)).toMatch(
        /21 November/,
      ),
  },
  {
    fact: '22 November: El Hadj Ag Gamou installed as governor of Kidal Region',
    ids: ['event-gamou-governor-22nov'],
    at: '2023-11-22T12:00:00Z',
  },
  {
    fact: '26 November: the Malian flag replaces the Wagner flag',
    ids: ['event-malian-flag-fort-26nov'],
    at: '2023-11-26T12:00:00Z',
    check: () => expect(visibleAt(feature('event-wagner-flag-fort'), '2023-11-26T12:00:00Z')).toBe(false),
  },
];

describe('Kidal 2023: every dated fact of the source is on the map', () => {
  it.each(FACTS.map((f) => [f.fact, f] as const))('%s', (_name, fact) => {
    for (const id of fact.ids) {
      expect(byId.has(id), `feature ${id} exists`).toBe(true);
      expect(visibleAt(feature(id), fact.at), `${id} visible at ${fact.at}`).toBe(true);
    }
    fact.check?.();
  });

  it('keeps each fact inside the scrub range or, for background, before it', () => {
    for (const fact of FACTS) {
      expect(Date.parse(fact.at)).toBeLessThanOrEqual(Date.parse('2023-11-26T23:59:59Z'));
    }
  });

  it('shows every checklist feature at its time through the loader and frameAt', () => {
    const result = loadScenario(files);
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    for (const fact of FACTS) {
      const frame = frameAt(result.scenario, Date.parse(fact.at));
      const shown = new Set([...frame.movements, ...frame.events, ...frame.places].map((s) => s.feature.id));
      for (const id of fact.ids) expect(shown.has(id), `${id} in frameAt(${fact.at})`).toBe(true);
    }
  });
});
