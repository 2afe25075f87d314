/* eslint-disable @typescript-eslint/no-explicit-any -- these tests break arbitrary JSON one field at a time */
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load';
import { miniFeatures, miniFiles, miniManifest } from '../../tests/fixtures/mini-scenario';

const SIDC = '10031000001211040000';

function errorsOf(files: Parameters<typeof loadScenario>[0]) {
  const result = loadScenario(files);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors;
}

function withSymbol(patch: Record<string, unknown>) {
  const features = miniFeatures();
  Object.assign((features[0] as any).properties, patch);
  return features;
}

describe('symbols and perspective in the scenario format', () => {
  it('loads a scenario without them as before: neutral, no symbols', () => {
    const result = loadScenario(miniFiles());
    if (!result.ok) throw new Error('rejected');
    expect(result.scenario.perspective).toBeUndefined();
    expect(result.scenario.features.some((f) => f.props.sidc)).toBe(false);
  });

  it('keeps sidc, its certainty, sources and note, and the perspective with opponents', () => {
    const m = miniManifest() as any;
    m.perspective = 'blue';
    m.sides[0].opponents = ['red'];
    const features = withSymbol({
      sidc: SIDC,
      sidcCertainty: 'estimated',
      sidcSources: ['src'],
      sidcNote: 'why',
    });
    const result = loadScenario(miniFiles(m, features));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.scenario.perspective).toBe('blue');
    expect(result.scenario.sideById.get('blue')?.opponents).toEqual(['red']);
    expect(result.scenario.movements[0]?.props).toMatchObject({ sidc: SIDC, sidcCertainty: 'estimated' });
  });

  it('names a SIDC that is not 20 or 30 digits', () => {
    const errors = errorsOf(miniFiles(miniManifest(), withSymbol({ sidc: 'SFGPUCI----D' })));
    expect(errors[0]).toMatchObject({ feature: 'column', field: 'properties.sidc', value: '"SFGPUCI----D"' });
  });

  it('names an unknown symbol source, perspective side or opponent', () => {
    expect(
      errorsOf(miniFiles(miniManifest(), withSymbol({ sidc: SIDC, sidcSources: ['nope'] })))[0],
    ).toMatchObject({ field: 'properties.sidcSources[0]', value: '"nope"' });
    const m = miniManifest() as any;
    m.perspective = 'green';
    m.sides[1].opponents = ['red'];
    const errors = errorsOf(miniFiles(m));
    expect(errors).toEqual([
      expect.objectContaining({ file: 'scenario.json', field: 'perspective', value: '"green"' }),
      expect.objectContaining({ field: 'sides[1].opponents[0]', value: '"red"' }),
    ]);
  });
});
