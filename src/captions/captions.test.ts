import { describe, expect, it } from 'vitest';
import { captionAt, CAPTION_FADE_SHARE } from './caption-at';
import { loadScenario } from '../scenario/load';
import { readScenarioFiles } from '../../tests/support/kidal-data';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const kidal = loaded.scenario;
const fall = kidal.chapters.find((c) => c.id === 'fall-14nov')!;
const len = fall.end - fall.start;

describe('captionAt', () => {
  it('fades the chapter’s caption in over its start and out over its end, as a function of t alone', () => {
    const at = (u: number) => captionAt(kidal, fall.start + u * len, 'en')!;
    expect(at(0).opacity).toBe(0);
    expect(at(CAPTION_FADE_SHARE / 2).opacity).toBeCloseTo(0.5, 5);
    expect(at(CAPTION_FADE_SHARE).opacity).toBe(1);
    expect(at(0.5)).toEqual({
      chapterId: 'fall-14nov',
      title: at(0.5).title,
      caption: at(0.5).caption,
      opacity: 1,
    });
    expect(at(1 - CAPTION_FADE_SHARE / 4).opacity).toBeLessThan(0.5);
    expect(at(0.3)).toEqual(at(0.3));
    expect(at(0.02).opacity).toBeLessThan(at(0.04).opacity);
  });

  it('speaks the language asked, and gives nothing outside the chapters', () => {
    const mid = fall.start + len / 2;
    expect(captionAt(kidal, mid, 'fr')!.title).not.toBe(captionAt(kidal, mid, 'en')!.title);
    expect(captionAt(kidal, kidal.chapters[0]!.start - 1, 'en')).toBeNull();
    expect(captionAt({ chapters: [] }, mid, 'en')).toBeNull();
  });
});
