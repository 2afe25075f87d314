import { describe, expect, it } from 'vitest';
import type { ScenarioFeature } from '../model/scenario';
import { openingTime } from './opening';

const feature = (kind: ScenarioFeature['kind'], appears: number) => ({ kind, appears }) as ScenarioFeature;

describe('openingTime', () => {
  it('is the first dated fact, movement or event, whichever comes first', () => {
    expect(openingTime([feature('movement', 500), feature('event', 300), feature('strike', 800)], 100)).toBe(
      300,
    );
  });

  it('ignores timeless context and places, and falls back on the start when nothing is dated', () => {
    expect(openingTime([feature('context', -Infinity), feature('movement', 700)], 100)).toBe(700);
    expect(openingTime([feature('context', -Infinity), feature('place', -Infinity)], 100)).toBe(100);
  });
});
