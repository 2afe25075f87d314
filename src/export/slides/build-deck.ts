import { ui } from '../../i18n/strings';
import type { DeckChapter, DeckContent } from './deck-content';
import { pngSize } from './png-size';

/** The pictures a deck needs, rendered by the exporter: PNG stills per chapter id, the legend, optional clips. */
export interface DeckImages {
  stills: Readonly<Record<string, Uint8Array>>;
  legend: Uint8Array;
  /** MP4 clips per chapter id, embedded as video with the still as their cover. */
  clips?: Readonly<Record<string, Uint8Array>>;
}

// A 16:9 slide is 10 × 5.625 inches in PowerPoint's default widescreen layout.
const W = 10;
const H = 5.625;
const M = 0.3;
const FONT = 'Noto Sans';
const INK = '1A1A1A';
const MUTED = '555555';
const ACCENT = '0072B2';
/** Facts beyond this many go to the notes: a slide is read from across the room. */
const MAX_FACTS = 7;

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Largest w × h of the picture's aspect inside the box, centred in it. */
function fit(size: { width: number; height: number }, box: { x: number; y: number; w: number; h: number }) {
  const k = Math.min(box.w / size.width, box.h / size.height);
  const w = size.width * k;
  const h = size.height * k;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

/**
 * The briefing as a PowerPoint deck: a title slide (title, time range, sources), one slide per chapter (its
 * still or clip in 16:9, title, caption and facts with their certainty; the sources in the speaker notes)
 * and a legend slide. pptxgenjs is loaded only when a deck is made.
 */
export async function buildDeck(content: DeckContent, images: DeckImages): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const lang = content.lang;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = content.title;
  // Fixed metadata, so the same briefing gives the same deck (pptxgenjs stamps the document's dates itself).
  pptx.company = 'Sandtable';
  pptx.author = 'Sandtable';

  const title = pptx.addSlide();
  title.background = { color: 'FFFFFF' };
  title.addText(content.title, {
    x: M,
    y: 0.9,
    w: W - 2 * M,
    h: 1.2,
    fontFace: FONT,
    fontSize: 32,
    bold: true,
    color: INK,
  });
  title.addText(content.timeRange, {
    x: M,
    y: 2.1,
    w: W - 2 * M,
    h: 0.5,
    fontFace: FONT,
    fontSize: 18,
    color: ACCENT,
  });
  title.addText(
    [
      { text: ui(lang, 'deckSources'), options: { bold: true, breakLine: true } },
      ...content.sources.map((s) => ({ text: s, options: { bullet: true, breakLine: true } })),
    ],
    {
      x: M,
      y: 2.8,
      w: W - 2 * M,
      h: 2.4,
      fontFace: FONT,
      fontSize: 8,
      color: MUTED,
      valign: 'top',
      fit: 'shrink',
    },
  );
  title.addText(ui(lang, 'deckMadeWith', { id: content.scenarioId }), {
    x: M,
    y: H - 0.45,
    w: W - 2 * M,
    h: 0.3,
    fontFace: FONT,
    fontSize: 8,
    color: MUTED,
  });
  title.addNotes(`${ui(lang, 'deckSources')}:\n${content.sources.map((s) => `- ${s}`).join('\n')}`);

  for (const chapter of content.chapters) addChapter(pptx, chapter, images, lang);

  const legend = pptx.addSlide();
  legend.addText(ui(lang, 'deckLegend'), {
    x: M,
    y: 0.2,
    w: W - 2 * M,
    h: 0.6,
    fontFace: FONT,
    fontSize: 24,
    bold: true,
    color: INK,
  });
  legend.addImage({
    data: `image/png;base64,${base64(images.legend)}`,
    ...fit(pngSize(images.legend), { x: M, y: 0.9, w: W - 2 * M, h: H - 1.2 }),
  });

  return (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
}

function addChapter(
  pptx: InstanceType<typeof import('pptxgenjs').default>,
  c: DeckChapter,
  images: DeckImages,
  lang: DeckContent['lang'],
): void {
  const still = images.stills[c.id];
  if (!still) throw new Error(`No still for the chapter ${JSON.stringify(c.id)}`);
  const slide = pptx.addSlide();
  slide.addText(c.title, {
    x: M,
    y: 0.15,
    w: W - 2 * M,
    h: 0.6,
    fontFace: FONT,
    fontSize: 22,
    bold: true,
    color: INK,
  });
  const box = fit(pngSize(still), { x: M, y: 0.85, w: 6.1, h: 3.43 });
  const stillData = `image/png;base64,${base64(still)}`;
  const clip = images.clips?.[c.id];
  if (clip)
    slide.addMedia({
      type: 'video',
      data: `video/mp4;base64,${base64(clip)}`,
      cover: `data:${stillData}`,
      ...box,
    });
  else slide.addImage({ data: stillData, ...box, altText: ui(lang, 'deckStillAt', { time: c.atLabel }) });
  slide.addText(ui(lang, 'deckStillAt', { time: c.atLabel }), {
    x: box.x,
    y: box.y + box.h + 0.02,
    w: box.w,
    h: 0.3,
    fontFace: FONT,
    fontSize: 9,
    color: MUTED,
  });
  const right = { x: 6.65, w: W - 6.65 - M };
  slide.addText(c.caption, {
    x: right.x,
    y: 0.85,
    w: right.w,
    h: 1.5,
    fontFace: FONT,
    fontSize: 12,
    color: INK,
    valign: 'top',
    fit: 'shrink',
  });
  const shown = c.facts.slice(0, MAX_FACTS);
  const more = c.facts.length - shown.length;
  slide.addText(
    [
      { text: ui(lang, 'deckFacts'), options: { bold: true, breakLine: true } },
      ...shown.map((f) => ({
        text: `${f.text} — ${f.when} (${ui(lang, f.certainty)})`,
        options: { bullet: true, breakLine: true },
      })),
      ...(more > 0 ? [{ text: ui(lang, 'deckMoreFacts', { n: more }), options: { italic: true } }] : []),
    ],
    {
      x: right.x,
      y: 2.4,
      w: right.w,
      h: H - 2.4 - M,
      fontFace: FONT,
      fontSize: 9,
      color: INK,
      valign: 'top',
      fit: 'shrink',
    },
  );
  const notes = [
    c.caption,
    '',
    ...c.facts.map((f) => `- ${f.text} — ${f.when} (${ui(lang, f.certainty)})`),
    '',
    ui(lang, 'deckNotesSources'),
    ...c.sources.map((s) => `- ${s}`),
  ];
  slide.addNotes(notes.join('\n'));
}
