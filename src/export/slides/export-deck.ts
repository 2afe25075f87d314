import type { Camera } from '../../model/camera';
import type { Chapter, Scenario } from '../../model/scenario';
import type { Lang } from '../../i18n/localize';
import { deckContent } from './deck-content';

export type DeckMoment = 'start' | 'middle' | 'end';

export interface DeckRequest {
  lang: Lang;
  /** Where in each chapter its still is taken (default: the end, where the chapter's story has landed). */
  moment?: DeckMoment;
  /** Embed each chapter's clip too, at this rate and length. */
  clips?: { fps: number; frames: number };
  signal?: AbortSignal;
  /**
   * Slides made so far, of the deck's: one per chapter (its still, and its clip if asked), the legend's, and
   * the title slide with the deck put together.
   */
  onProgress?: (done: number, total: number) => void;
}

/** What the exporter service draws for a deck; everything else is the scenario's. */
export interface DeckRenderer {
  /** A PNG of the map at t under that camera, with its furniture. */
  still(t: number, camera: Camera): Promise<Blob>;
  /** A PNG of the legend of everything the deck's stills show. */
  legend(times: number[]): Promise<Blob>;
  /** An MP4 of the chapter with the briefing camera. */
  clip?(chapter: Chapter, schedule: { from: number; to: number; fps: number; frames: number }): Promise<Blob>;
}

export function momentIn(c: Pick<Chapter, 'start' | 'end'>, moment: DeckMoment): number {
  return moment === 'start' ? c.start : moment === 'middle' ? (c.start + c.end) / 2 : c.end;
}

const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/**
 * The briefing as a PowerPoint deck: each chapter's still at the chosen moment under the chapter's own
 * camera (and its clip, if asked), the legend, then `buildDeck` (pptxgenjs, loaded only now).
 */
export async function exportDeck(
  scenario: Scenario,
  request: DeckRequest,
  renderer: DeckRenderer,
): Promise<Uint8Array> {
  if (!scenario.chapters.length)
    throw new Error(`The scenario ${JSON.stringify(scenario.id)} has no chapters`);
  if (request.clips && !renderer.clip)
    throw new Error('Clips were asked for, but this exporter cannot make video');
  const moment = request.moment ?? 'end';
  const moments = Object.fromEntries(scenario.chapters.map((c) => [c.id, momentIn(c, moment)]));
  const content = deckContent(scenario, request.lang, moments);
  // Progress counts slides, as the user sees the deck: a chapter's clip is part of its slide.
  const total = scenario.chapters.length + 2;
  let done = 0;
  const step = () => request.onProgress?.(++done, total);
  const stills: Record<string, Uint8Array> = {};
  const clips: Record<string, Uint8Array> = {};
  for (const c of scenario.chapters) {
    request.signal?.throwIfAborted();
    stills[c.id] = await bytes(await renderer.still(moments[c.id]!, c.camera));
    if (request.clips) {
      request.signal?.throwIfAborted();
      const schedule = { from: c.start, to: c.end, ...request.clips };
      clips[c.id] = await bytes(await renderer.clip!(c, schedule));
    }
    step();
  }
  request.signal?.throwIfAborted();
  const legend = await bytes(await renderer.legend(Object.values(moments)));
  step();
  const { buildDeck } = await import('./build-deck');
  const deck = await buildDeck(content, { stills, legend, clips: request.clips ? clips : undefined });
  step();
  return deck;
}
