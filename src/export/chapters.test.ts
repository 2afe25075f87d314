import { describe, expect, it } from 'vitest';
import { chapterRanges, findChapter } from './chapters';

describe('chapter ranges', () => {
  it('tolerates scenarios without chapters', () => {
    expect(chapterRanges({ end: 10 }, 'en')).toEqual([]);
  });

  it('reads start/end or runs a chapter to the next one', () => {
    const ranges = chapterRanges(
      {
        end: Date.parse('2023-11-20T00:00:00Z'),
        chapters: [
          { id: 'a', title: { en: 'Advance', fr: 'Avance' }, start: '2023-11-10T00:00:00Z' },
          { id: 'b', title: 'Fall', time: '2023-11-14T00:00:00Z', end: '2023-11-15T00:00:00Z' },
          { nonsense: true },
        ],
      },
      'fr',
    );
    expect(ranges).toEqual([
      {
        id: 'a',
        title: 'Avance',
        start: Date.parse('2023-11-10T00:00:00Z'),
        end: Date.parse('2023-11-14T00:00:00Z'),
      },
      {
        id: 'b',
        title: 'Fall',
        start: Date.parse('2023-11-14T00:00:00Z'),
        end: Date.parse('2023-11-15T00:00:00Z'),
      },
    ]);
    expect(findChapter(ranges, 'FALL')?.id).toBe('b');
  });
});
