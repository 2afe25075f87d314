import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load';
import type { Scenario } from '../model/scenario';
import { files as kidalFiles } from '../../tests/support/kidal-data';
import { miniFeatures, miniFiles, miniManifest } from '../../tests/fixtures/mini-scenario';
import { changes } from './changes';

function load(files: Record<string, string>): Scenario {
  const result = loadScenario(files);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

const kidal = load(kidalFiles);
const at = (iso: string) => Date.parse(iso);

describe('changes between two moments, Kidal', () => {
  const list = changes(kidal, at('2023-11-12T12:00:00Z'), at('2023-11-14T18:00:00Z'), 'en');

  it('has the fall of Kidal: held by the rebels before, by the army and Wagner after', () => {
    const fall = list.find((c) => c.id === 'place-kidal' && c.kind === 'control');
    expect(fall).toMatchObject({ label: 'Kidal', time: at('2023-11-14T08:00:00Z') });
    expect(fall?.what).toBe('Held by CSP-PSD before, by FAMa–Wagner after (14 November 2023, 08:00 GMT)');
    // Control comes first: it is what a briefing asks first.
    expect(list[0]?.kind).toBe('control');
    expect(fall?.at[0]).toBeCloseTo(1.409, 2);
  });

  it('lists the strikes and clashes in between with their certainty and sources, and no others', () => {
    const fought = list.filter((c) => c.kind === 'strike' || c.kind === 'clash');
    expect(fought.length).toBeGreaterThan(0);
    for (const c of fought) {
      expect(c.time).toBeGreaterThan(at('2023-11-12T12:00:00Z'));
      expect(c.time).toBeLessThanOrEqual(at('2023-11-14T18:00:00Z'));
      expect(c.what).toMatch(/^(Strike|Clash), (confirmed|reported|claimed|estimated), .+ — .+/);
    }
    const earlier = changes(kidal, at('2023-11-12T12:00:00Z'), at('2023-11-12T12:00:00Z'), 'en');
    expect(earlier).toEqual([]);
  });

  it('reads the same whichever moment is given first, and in French', () => {
    const swapped = changes(kidal, at('2023-11-14T18:00:00Z'), at('2023-11-12T12:00:00Z'), 'en');
    expect(swapped).toEqual(list);
    const fr = changes(kidal, at('2023-11-12T12:00:00Z'), at('2023-11-14T18:00:00Z'), 'fr');
    expect(fr.find((c) => c.id === 'place-kidal')?.what).toBe(
      'Tenu par CSP-PSD avant, par FAMa–Wagner après (14 novembre 2023, 08:00 GMT)',
    );
    expect(fr.map((c) => c.id)).toEqual(list.map((c) => c.id));
  });

  it('has no control change of Kidal before the 14th', () => {
    const before = changes(kidal, at('2023-11-10T00:00:00Z'), at('2023-11-13T23:00:00Z'), 'en');
    expect(before.some((c) => c.id === 'place-kidal' && c.kind === 'control')).toBe(false);
    expect(before.some((c) => c.kind.startsWith('movement-'))).toBe(true);
  });
});

describe('changes between two moments, small fixtures', () => {
  const mini = load(miniFiles());

  it('a movement that starts, then one that advances, then one that ends, in km along its route', () => {
    const started = changes(mini, at('2023-11-09T00:00:00Z'), at('2023-11-11T00:00:00Z'), 'en');
    const col = started.find((c) => c.id === 'column');
    expect(col?.kind).toBe('movement-started');
    expect(col?.what).toMatch(/^Set out 10 November 2023, 00:00 GMT; 46 km covered since$/);
    const advanced = changes(mini, at('2023-11-11T00:00:00Z'), at('2023-11-12T12:00:00Z'), 'en');
    expect(advanced.find((c) => c.id === 'column')).toMatchObject({ kind: 'movement-advanced' });
    expect(advanced.find((c) => c.id === 'column')?.time).toBeUndefined();
    const ended = changes(mini, at('2023-11-12T12:00:00Z'), at('2023-11-14T12:00:00Z'), 'en');
    const end = ended.find((c) => c.id === 'column');
    expect(end).toMatchObject({ kind: 'movement-ended', time: at('2023-11-14T00:00:00Z') });
    // The head at the later moment: the end of the route.
    expect(end?.at).toEqual([1.4, 18.44]);
    const after = changes(mini, at('2023-11-14T01:00:00Z'), at('2023-11-14T02:00:00Z'), 'en');
    expect(after.some((c) => c.id === 'column')).toBe(false);
  });

  it('a strike in between with its claim, a place changing hands', () => {
    const list = changes(mini, at('2023-11-12T00:00:00Z'), at('2023-11-14T12:00:00Z'), 'en');
    expect(list.map((c) => [c.id, c.kind])).toEqual([
      ['town', 'control'],
      ['column', 'movement-ended'],
      ['strike', 'strike'],
    ]);
    expect(list[0]?.what).toBe('Held by Red before, by Blue after (14 November 2023, 06:00 GMT)');
    expect(list[2]?.what).toBe('Strike, claimed, 12 November 2023, 18:00 GMT — Desk');
  });

  it('a place changing hands twice: back with the same side, or on to a third', () => {
    const features = miniFeatures().map((f) => {
      const p = f.properties as Record<string, unknown>;
      if (p.id !== 'town') return f;
      const control = [
        { time: '2023-11-10T00:00:00Z', side: 'red' },
        { time: '2023-11-12T00:00:00Z', side: 'blue' },
        { time: '2023-11-13T00:00:00Z', side: 'red' },
      ];
      return { ...f, properties: { ...p, control } };
    });
    const twice = load(miniFiles(miniManifest(), features));
    const back = changes(twice, at('2023-11-11T00:00:00Z'), at('2023-11-14T00:00:00Z'), 'en');
    expect(back.find((c) => c.kind === 'control')?.what).toBe(
      'Changed hands 2 times (Red → Blue → Red); held by Red again',
    );
    const once = changes(twice, at('2023-11-12T12:00:00Z'), at('2023-11-14T00:00:00Z'), 'fr');
    expect(once.find((c) => c.kind === 'control')?.what).toBe(
      'Tenu par Blue avant, par Red après (13 novembre 2023, 00:00 GMT)',
    );
    const none = changes(twice, at('2023-11-13T01:00:00Z'), at('2023-11-14T00:00:00Z'), 'en');
    expect(none.some((c) => c.kind === 'control')).toBe(false);
  });
});
