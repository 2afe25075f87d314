import { describe, expect, it } from 'vitest';
import { captionAt, CAPTION_FADE_SHARE } from './caption-at';
import { drawCaptionAt, drawLowerThird, layoutLowerThird } from './lower-third';
import { loadScenario } from '../scenario/load';
import { readScenarioFiles } from '../../tests/support/kidal-data';
import { recordingContext } from '../../tests/support/recording-context';
import { approxMeasure } from '../furniture/text';

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

describe('lower third', () => {
  const caption = captionAt(kidal, fall.start + len / 2, 'en')!;

  it('sits bottom left within 62% of the frame, clear of the furniture below, at any size', () => {
    for (const [w, h] of [
      [1280, 720],
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      const l = layoutLowerThird(caption, w, h, approxMeasure, 60);
      expect(l.rect.x).toBeGreaterThan(0);
      expect(l.rect.x + l.rect.w).toBeLessThanOrEqual(w * 0.62 + l.rect.x);
      expect(l.rect.y + l.rect.h).toBeLessThanOrEqual(h - 60);
      expect(l.captionLines.length).toBeLessThanOrEqual(3);
    }
  });

  it('draws title then caption at the caption’s opacity, and nothing when faded out', () => {
    const layout = layoutLowerThird(caption, 1920, 1080, approxMeasure);
    const rec = recordingContext();
    drawLowerThird(rec.ctx, { ...caption, opacity: 0.4 }, layout, 'projector');
    expect(rec.texts()).toEqual([...layout.titleLines, ...layout.captionLines]);
    expect(rec.calls).toContainEqual({ op: 'set', name: 'globalAlpha', args: [0.4] });
    const none = recordingContext();
    drawLowerThird(none.ctx, { ...caption, opacity: 0 }, layout, 'projector');
    expect(none.calls).toEqual([]);
  });

  it('shortens a caption longer than three lines with an ellipsis', () => {
    const long = { ...caption, caption: 'word '.repeat(200) };
    const l = layoutLowerThird(long, 1280, 720, approxMeasure);
    expect(l.captionLines).toHaveLength(3);
    expect(l.captionLines[2]).toMatch(/…$/);
  });
});

describe('drawCaptionAt', () => {
  const frame = { width: 1280, height: 720, pixelRatio: 2, theme: 'print' as const, lang: 'fr' as const };

  it('draws the chapter’s lower third at device scale, and nothing between chapters or at a fade’s edge', () => {
    const rec = recordingContext();
    drawCaptionAt(rec.ctx, kidal, fall.start + len / 2, frame, approxMeasure);
    expect(rec.calls).toContainEqual({ op: 'call', name: 'scale', args: [2, 2] });
    expect(rec.texts().join(' ')).toContain(
      captionAt(kidal, fall.start + len / 2, 'fr')!.title.split(' ')[0],
    );
    for (const t of [kidal.chapters[0]!.start - 1, fall.start]) {
      const none = recordingContext();
      drawCaptionAt(none.ctx, kidal, t, frame, approxMeasure);
      expect(none.calls).toEqual([]);
    }
  });
});
