import { describe, expect, it } from 'vitest';
import { exportDeck, momentIn } from './export-deck';
import { deckLegendEntries } from './legend-image';
import { loadScenario } from '../../scenario/load';
import { readScenarioFiles } from '../../../tests/support/kidal-data';
import { solidPng } from '../../../tests/support/png';
import { readPptx } from '../../../tests/support/pptx';
import type { Camera } from '../../model/camera';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const kidal = loaded.scenario;
const png = (n: number) => new Blob([solidPng(32, 18, [n % 256, 40, 90]) as BlobPart], { type: 'image/png' });

describe('exportDeck', () => {
  it('takes each chapter’s still at the chosen moment under its own camera, then the legend', async () => {
    const asked: { t: number; camera: Camera }[] = [];
    let legendTimes: number[] = [];
    const progress: number[] = [];
    const deck = await exportDeck(
      kidal,
      { lang: 'en', moment: 'middle', onProgress: (done) => progress.push(done) },
      {
        still: async (t, camera) => (asked.push({ t, camera }), png(asked.length)),
        legend: async (times) => ((legendTimes = times), png(0)),
      },
    );
    expect(asked).toEqual(kidal.chapters.map((c) => ({ t: (c.start + c.end) / 2, camera: c.camera })));
    expect(legendTimes).toEqual(asked.map((a) => a.t));
    // Progress counts the deck's slides: one per chapter, the legend, the title.
    expect(readPptx(deck).slides).toHaveLength(kidal.chapters.length + 2);
    expect(progress).toEqual(Array.from({ length: kidal.chapters.length + 2 }, (_, i) => i + 1));
  });

  it('embeds a clip per chapter over the chapter’s range when asked', async () => {
    const schedules: { from: number; to: number; fps: number; frames: number }[] = [];
    const clip = new Blob([new Uint8Array([0, 0, 0, 8, 102, 116, 121, 112])]);
    const progress: [number, number][] = [];
    const deck = await exportDeck(
      kidal,
      {
        lang: 'fr',
        clips: { fps: 25, frames: 50 },
        onProgress: (done, total) => progress.push([done, total]),
      },
      {
        still: async () => png(1),
        legend: async () => png(2),
        clip: async (_c, s) => (schedules.push(s), clip),
      },
    );
    expect(schedules[0]).toEqual({
      from: kidal.chapters[0]!.start,
      to: kidal.chapters[0]!.end,
      fps: 25,
      frames: 50,
    });
    const media = Object.keys(readPptx(deck).files).filter((n) => n.endsWith('.mp4'));
    expect(media).toHaveLength(kidal.chapters.length);
    // A chapter's clip is part of its slide: progress still counts slides.
    const slides = kidal.chapters.length + 2;
    expect(progress).toEqual(Array.from({ length: slides }, (_, i) => [i + 1, slides]));
  });

  it('names what is missing: chapters, or a way to make clips', async () => {
    const renderer = { still: async () => png(1), legend: async () => png(2) };
    await expect(exportDeck({ ...kidal, chapters: [] }, { lang: 'en' }, renderer)).rejects.toThrow(
      '"kidal-2023"',
    );
    await expect(exportDeck(kidal, { lang: 'en', clips: { fps: 25, frames: 5 } }, renderer)).rejects.toThrow(
      'cannot make video',
    );
    expect(momentIn({ start: 10, end: 20 }, 'start')).toBe(10);
  });
});

describe('deckLegendEntries', () => {
  it('gathers every legend line and unit symbol the chapters’ stills show, each once, frames note last', () => {
    const times = kidal.chapters.map((c) => c.end);
    const { entries, symbols } = deckLegendEntries(kidal, 'projector', 'en', times);
    const keys = entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['move-done', 'held', 'side-fama-wagner', 'strike']));
    expect(symbols.at(-1)).toMatchObject({ key: 'symbol-frames' });
    expect(symbols.filter((s) => s.icon).map((s) => s.icon!.side)).toEqual(
      expect.arrayContaining(['fama-wagner', 'csp-psd']),
    );
  });
});
