import { describe, expect, it } from 'vitest';
import { citedSources } from './cited-sources';

describe('cited sources', () => {
  it('finds the ids in sources, casualty figures and claims, and ignores what is malformed', () => {
    const cited = citedSources([
      { sources: ['a'] },
      { sources: [], casualties: [{ sources: ['b'] }, null], claims: [{ sources: ['c', 3] }] },
      { sources: 'd' },
    ]);
    expect([...cited].sort()).toEqual(['a', 'b', 'c']);
  });
});
