import { describe, expect, it } from 'vitest';
import { insertChapter, moveChapter, type ChapterLike } from './chapter-list';

const camera = { center: [1, 18] as [number, number], zoom: 7, bearing: 0, pitch: 0 };
const ch = (id: string, start: string, end: string): ChapterLike => ({
  id,
  title: id,
  caption: id,
  start,
  end,
  camera,
});

describe('chapter list', () => {
  const list = [
    ch('a', '2023-11-10T00:00:00Z', '2023-11-11T00:00:00Z'),
    ch('b', '2023-11-12T00:00:00Z', '2023-11-13T00:00:00Z'),
  ];

  it('inserts a chapter in time order', () => {
    const c = ch('c', '2023-11-11T00:00:00Z', '2023-11-12T00:00:00Z');
    expect(insertChapter(list, c).map((x) => x.id)).toEqual(['a', 'c', 'b']);
    expect(
      insertChapter(list, ch('d', '2023-11-20T00:00:00Z', '2023-11-21T00:00:00Z')).map((x) => x.id),
    ).toEqual(['a', 'b', 'd']);
  });

  it('moves a chapter by swapping places and time ranges, so the list stays in time order', () => {
    const moved = moveChapter(list, 1, -1);
    expect(moved.map((x) => x.id)).toEqual(['b', 'a']);
    expect(moved[0]!.start).toBe('2023-11-10T00:00:00Z');
    expect(moved[1]!.start).toBe('2023-11-12T00:00:00Z');
    expect(moveChapter(list, 0, -1)).toEqual(list);
  });
});
