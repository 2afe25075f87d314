import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import { deckContent } from './deck-content';
import { pngSize } from './png-size';
import { loadScenario } from '../../scenario/load';
import { readScenarioFiles } from '../../../tests/support/kidal-data';
import { solidPng } from '../../../tests/support/png';
import { readPptx } from '../../../tests/support/pptx';

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const kidal = loaded.scenario;

const unescape = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

describe('deckContent', () => {
  it('gives each chapter its facts in time order with their certainty, and the sources they cite', () => {
    const content = deckContent(kidal, 'en');
    expect(content.chapters.map((c) => c.id)).toEqual(kidal.chapters.map((c) => c.id));
    const fall = content.chapters.find((c) => c.id === 'fall-14nov')!;
    expect(fall.facts).toEqual(
      expect.arrayContaining([
        { text: 'The Malian army and Wagner take Kidal', when: '14 November 2023', certainty: 'confirmed' },
      ]),
    );
    expect(fall.sources.some((s) => s.startsWith('English Wikipedia, Battle of Kidal (2023)'))).toBe(true);
    expect(fall.at).toBe(kidal.chapters.find((c) => c.id === 'fall-14nov')!.end);
    expect(content.timeRange).toBe('2 October 2023 – 26 November 2023');
    const fr = deckContent(kidal, 'fr', { 'fall-14nov': Date.parse('2023-11-14T09:00:00Z') });
    expect(fr.chapters.find((c) => c.id === 'fall-14nov')!.atLabel).toBe('14 novembre 2023, 09:00 GMT');
  });
});

describe('buildDeck', () => {
  const content = deckContent(kidal, 'en');
  const stills = Object.fromEntries(
    content.chapters.map((c, i) => [c.id, solidPng(64, 36, [i * 30, 80, 120])]),
  );
  const legend = solidPng(40, 60, [250, 250, 250]);

  it('writes a valid deck: title, one slide per chapter with its still and caption, legend; sources in the notes', async () => {
    const bytes = await buildDeck(content, { stills, legend });
    const deck = readPptx(bytes);
    expect(deck.text('[Content_Types].xml')).toContain('presentationml.presentation.main+xml');
    expect(deck.slides).toHaveLength(kidal.chapters.length + 2);
    const [title, ...rest] = deck.slides;
    expect(unescape(title!.text)).toContain('Battle of Kidal (Mali, 10–14 November 2023)');
    expect(unescape(title!.text)).toContain('2 October 2023 – 26 November 2023');
    content.chapters.forEach((c, i) => {
      const slide = rest[i]!;
      expect(unescape(slide.text)).toContain(c.title);
      expect(unescape(slide.text)).toContain(c.caption);
      expect(slide.xml).toContain('<p:pic>');
      const image = /Target="\.\.\/media\/([^"]+\.png)"/.exec(slide.rels)![1]!;
      expect(deck.files[`ppt/media/${image}`]).toEqual(stills[c.id]);
      for (const s of c.sources) expect(unescape(slide.notes)).toContain(s);
    });
    const legendSlide = deck.slides.at(-1)!;
    expect(legendSlide.text).toContain('Legend');
    expect(legendSlide.xml).toContain('<p:pic>');
  });

  it('keeps the still’s aspect, embeds a clip as video with the still as its cover, and speaks French', async () => {
    const fr = deckContent(kidal, 'fr');
    const id = fr.chapters[0]!.id;
    const clip = new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112, 105, 115, 111, 109]);
    const deck = readPptx(await buildDeck(fr, { stills, legend, clips: { [id]: clip } }));
    const slide = deck.slides[1]!;
    expect(slide.rels).toMatch(/relationships\/video/);
    const media = Object.entries(deck.files).find(([n]) => /^ppt\/media\/.*\.mp4$/.test(n));
    expect(media?.[1]).toEqual(clip);
    expect(unescape(deck.slides.at(-1)!.text)).toContain('Légende');
    expect(unescape(slide.notes)).toContain('Sources de ce chapitre');
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(
      deck.slides[2]!.xml.slice(deck.slides[2]!.xml.indexOf('<p:pic>')),
    )!;
    expect(Number(ext[1]) / Number(ext[2])).toBeCloseTo(64 / 36, 2);
  });

  it('names a chapter whose still is missing, and a picture that is not a PNG', async () => {
    await expect(buildDeck(content, { stills: {}, legend })).rejects.toThrow(`"${content.chapters[0]!.id}"`);
    expect(() => pngSize(new Uint8Array(30))).toThrow('Not a PNG');
  });
});
