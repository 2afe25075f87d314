import { describe, expect, it } from 'vitest';
import type { Chapter, Scenario } from '../model/scenario';
import { startPresenting } from './present-start';

const chapter = (id: string, start: number): Chapter =>
  ({ id, title: id, caption: id, start, end: start + 10, camera: { center: [0, 0], zoom: 5 } }) as Chapter;

function setup(chapters: Chapter[]) {
  const app = { scenario: { chapters } as unknown as Scenario, presenting: false };
  const played: string[] = [];
  const player = { playChapter: (c: Chapter) => void played.push(c.id) };
  return { app, player, played };
}

describe('startPresenting (the Present button)', () => {
  it('starts at chapter 1, whatever chapter is on screen', () => {
    const { app, player, played } = setup([chapter('one', 0), chapter('two', 100), chapter('three', 200)]);
    startPresenting(app, player, false);
    expect(played).toEqual(['one']);
    expect(app.presenting).toBe(true);
  });

  it('with Shift, from the chapter on screen: nothing is played, the presenter takes the chapter at t', () => {
    const { app, player, played } = setup([chapter('one', 0), chapter('two', 100)]);
    startPresenting(app, player, true);
    expect(played).toEqual([]);
    expect(app.presenting).toBe(true);
  });

  it('presents a scenario without chapters at t', () => {
    const { app, player, played } = setup([]);
    startPresenting(app, player, false);
    expect(played).toEqual([]);
    expect(app.presenting).toBe(true);
  });
});
