import { localize, type Lang } from '../i18n/localize';
import { ui } from '../i18n/strings';
import type { Scene } from './compose-scene';

/** What a frame says, as text: for screen readers, and for anyone who cannot see the canvas. */
export interface SceneText {
  /** The canvas's accessible name: title and time. */
  name: string;
  title: string;
  time: string;
  /** What each legend entry on the map now means, in the legend's order, in a sentence. */
  legend: string[];
  scale: string;
  credits: string;
  sources: string;
}

/** Reads the same scene the canvas draws, so the text and the picture cannot disagree. */
export function describeScene(scene: Scene, lang: Lang): SceneText {
  const { input, plan } = scene.furniture;
  const { credits } = scene;
  const sourceNames = credits.sources.map((s) => `${s.publisher}, “${s.title}” (${s.date})`);
  return {
    name: ui(lang, 'mapImage', { title: input.title, time: input.timeLabel }),
    title: input.title,
    time: input.timeLabel,
    legend: scene.legend.map((e) => localize(e.explanation, lang)),
    scale: plan.scale ? ui(lang, 'scaleText', { distance: plan.scale.choice.label }) : '',
    credits: ui(lang, 'creditsText', { basemap: credits.basemap.join(', ') }),
    sources: ui(lang, 'sourcesText', { sources: sourceNames.join('; ') }),
  };
}
