import type { Chapter, Scenario, ScenarioFeature } from '../../model/scenario';
import type { Certainty, SourceSpec } from '../../model/schema';
import { localize, type Lang } from '../../i18n/localize';
import { formatDate, formatDateTime } from '../../time/format-time';

/** One fact of a chapter as a slide lists it: what, when, and how sure. */
export interface DeckFact {
  text: string;
  when: string;
  certainty: Certainty;
}

/** A chapter's slide, before its still is rendered. */
export interface DeckChapter {
  id: string;
  title: string;
  caption: string;
  facts: DeckFact[];
  /** "Publisher, title (date)" for each source cited by the chapter's facts, for the speaker notes. */
  sources: string[];
  /** Scenario time of the still: the chapter's end unless another moment is chosen. */
  at: number;
  /** The still's time, as printed under it. */
  atLabel: string;
}

/** Everything on the deck's slides except the pictures. */
export interface DeckContent {
  lang: Lang;
  scenarioId: string;
  title: string;
  timeRange: string;
  sources: string[];
  chapters: DeckChapter[];
}

export function sourceLine(s: SourceSpec): string {
  return `${s.publisher}, ${s.title} (${s.date})${s.url ? ` ${s.url}` : ''}`;
}

/** A feature belongs to a chapter when its time, window or movement overlaps the chapter's range. */
function inChapter(f: ScenarioFeature, c: Chapter): boolean {
  return f.appears <= c.end && f.until >= c.start && f.kind !== 'place' && f.kind !== 'area';
}

/**
 * The deck's words, from the scenario alone: title and range, then per chapter its caption, the facts dated
 * within it (events, strikes, clashes and movements, in time order) with their certainty, and the sources
 * those facts cite. `moments` picks another still time for a chapter (by id).
 */
export function deckContent(
  scenario: Scenario,
  lang: Lang,
  moments: Readonly<Record<string, number>> = {},
): DeckContent {
  const tz = scenario.timeZone;
  const chapters = scenario.chapters.map((c): DeckChapter => {
    const features = scenario.features
      .filter((f) => inChapter(f, c))
      .sort((a, b) => a.appears - b.appears || a.id.localeCompare(b.id));
    const cited = [...new Set(features.flatMap((f) => f.props.sources))];
    const at = moments[c.id] ?? c.end;
    return {
      id: c.id,
      title: localize(c.title, lang),
      caption: localize(c.caption, lang),
      facts: features.map((f) => ({
        text: localize(f.props.label, lang),
        when: Number.isFinite(f.appears) ? formatDate(Math.max(f.appears, c.start), tz, lang) : '',
        certainty: f.props.certainty,
      })),
      sources: cited.flatMap((id) => {
        const s = scenario.sourceById.get(id);
        return s ? [sourceLine(s)] : [];
      }),
      at,
      atLabel: formatDateTime(at, tz, lang),
    };
  });
  return {
    lang,
    scenarioId: scenario.id,
    title: localize(scenario.title, lang),
    timeRange: `${formatDate(scenario.start, tz, lang)} – ${formatDate(scenario.end, tz, lang)}`,
    sources: scenario.sources.map(sourceLine),
    chapters,
  };
}
