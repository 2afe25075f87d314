import { describe, expect, it } from 'vitest';
import { miniFeatures, miniFiles, miniManifest } from '../../tests/fixtures/mini-scenario';
import { readScenarioFiles } from '../../tests/support/kidal-data';
import { frameAt } from '../frame/frame-at';
import { loadScenario } from '../scenario/load';
import type { Scenario } from '../model/scenario';
import { mapLabels } from './map-labels';

function load(features: Record<string, unknown>[]): Scenario {
  const r = loadScenario(miniFiles(miniManifest(), features), { drawFlawed: true });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

const T = Date.parse('2023-11-13T00:00:00Z');
const linesOf = (s: Scenario, lang: 'en' | 'fr' = 'en', t = T) =>
  Object.fromEntries(mapLabels(s, frameAt(s, t), lang).map((l) => [l.id, l.lines]));

const withProps = (id: string, props: Record<string, unknown>) =>
  miniFeatures().map((f) =>
    (f.properties as { id: string }).id === id
      ? { ...f, properties: { ...(f.properties as object), ...props } }
      : f,
  );

describe('map labels of a scenario without map labels (an import, a draft)', () => {
  it('label a movement, an event and a place with the short form of their label, in the reader’s language', () => {
    const s = load(
      withProps('column', { label: { en: 'Column Alpha advances', fr: 'La colonne Alpha avance' } }),
    );
    expect(linesOf(s)).toEqual({
      column: ['Column Alpha advances'],
      strike: ['Strike', expect.stringMatching(/–/), 'claimed by Red'],
      town: ['Town'],
    });
    expect(linesOf(s, 'fr').column).toEqual(['La colonne Alpha avance']);
    expect(linesOf(s, 'fr').strike).toContain('revendiqué par Red');
  });

  it('draw no label where mapLabel is false, and the map label where there is one', () => {
    const s = load(withProps('column', { mapLabel: false }));
    expect(linesOf(s).column).toBeUndefined();
    const own = load(withProps('column', { mapLabel: { en: 'Alpha', fr: 'Alpha (fr)' } }));
    expect(linesOf(own, 'fr').column).toEqual(['Alpha (fr)']);
  });

  it('say a claim’s claimant is unknown rather than drop the label', () => {
    const s = load(withProps('column', { certainty: 'claimed' }));
    expect(linesOf(s).column).toEqual(['Column', 'claimed (by whom unknown)']);
    expect(linesOf(s, 'fr').column).toEqual(['Colonne', 'revendiqué (on ne sait par qui)']);
  });

  it('label an area at its centre', () => {
    const area = {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [1, 18],
            [2, 18],
            [2, 19],
            [1, 19],
            [1, 18],
          ],
        ],
      },
      properties: {
        id: 'zone',
        kind: 'area',
        side: 'red',
        label: 'Held zone',
        sources: ['src'],
        certainty: 'reported',
      },
    };
    const s = load([...miniFeatures(), area]);
    const zone = mapLabels(s, frameAt(s, T), 'en').find((l) => l.id === 'zone')!;
    expect(zone.lines).toEqual(['Held zone']);
    expect(zone.position).toEqual([1.5, 18.5]);
  });
});

describe('map labels of Kidal', () => {
  const kidal = loadScenario(readScenarioFiles());
  if (!kidal.ok) throw new Error('Kidal does not load');
  it('leave the towns the basemap names to the basemap (reserved, never drawn)', () => {
    const labels = mapLabels(
      kidal.scenario,
      frameAt(kidal.scenario, Date.parse('2023-11-14T12:00:00Z')),
      'en',
    );
    const kidalTown = labels.find((l) => l.id === 'place-kidal')!;
    expect(kidalTown.reserved).toBe(true);
    // Events the scenario chose not to label stay unlabelled.
    expect(labels.find((l) => l.id === 'event-csp-statement-14nov')).toBeUndefined();
  });
});
