import { localize } from '../../i18n/localize';
import { ui } from '../../i18n/strings';
import { sourceLine } from '../slides/deck-content';
import { formatDate } from '../../time/format-time';
import { composeMapPage, composePanel } from './compose-page';
import { mapPage } from './export-pdf';
import { changesDuring } from './handout-content';
import type { PageLayout } from './page-layout';
import { INK, lineMm, type MeasureMm, type Op } from './page-ops';
import type { PageSpec, Pictures } from './pdf-writer';
import { legendWithSwatches } from './swatches';

type Env = Parameters<typeof mapPage>[0];
type Page = { spec: PageSpec; pictures: Pictures };

/** A page of text only: a heading, then the blocks over the whole area inside the margins. */
function textPage(layout: PageLayout, heading: string, body: (box: PageLayout['header']) => Op[]): PageSpec {
  const { margin, page } = layout;
  const h = lineMm(16);
  const top: Op = {
    kind: 'text',
    box: { x: margin, y: margin, w: page.w - 2 * margin, h },
    size: 16,
    bold: true,
    text: heading,
    color: INK,
  };
  const box = { x: margin, y: margin + h + 4, w: page.w - 2 * margin, h: page.h - 2 * margin - h - 4 };
  return { size: page, ops: [top, ...body(box)] };
}

/**
 * The booklet: a title page with the whole campaign's map, a page per chapter (its map at its end, caption,
 * what changed during it, its sources), then the full legend and the source list.
 */
export async function* bookletPages(env: Env, layout: PageLayout, measure: MeasureMm): AsyncGenerator<Page> {
  const { scenario, lang, theme, request } = env;
  const chapters = scenario.chapters;
  if (!chapters.length)
    throw new Error(`The scenario ${JSON.stringify(scenario.id)} has no chapters for a booklet`);
  const total = chapters.length + 3;
  let done = 0;
  const step = () => request.onProgress?.(++done, total);
  const title = localize(scenario.title, lang);
  const tz = scenario.timeZone;
  const range = `${formatDate(scenario.start, tz, lang)} – ${formatDate(scenario.end, tz, lang)}`;

  const cover = await mapPage(
    env,
    layout,
    scenario.end,
    scenario.defaultView,
    {
      title,
      panel: () => [
        { type: 'para', text: range, size: 10 },
        ...(scenario.description
          ? [{ type: 'para' as const, text: localize(scenario.description, lang) }]
          : []),
        { type: 'heading', text: ui(lang, 'handoutSides') },
        {
          type: 'list',
          size: 7.5,
          items: scenario.sides.map((s) =>
            s.description
              ? `${localize(s.name, lang)}: ${localize(s.description, lang)}`
              : localize(s.name, lang),
          ),
        },
        { type: 'para', text: ui(lang, 'handoutMadeWith', { id: scenario.id }), size: 6.5 },
      ],
    },
    'map-cover',
  );
  cover.content.moment = `${ui(lang, 'handoutWholeCampaign')} · ${cover.content.moment}`;
  yield {
    spec: { size: layout.page, ops: composeMapPage(layout, cover.content, measure) },
    pictures: cover.pictures,
  };
  step();

  for (const [i, c] of chapters.entries()) {
    const page = await mapPage(
      env,
      layout,
      c.end,
      'briefing',
      {
        title: `${ui(lang, 'handoutChapterOf', { n: i + 1, total: chapters.length })}: ${localize(c.title, lang)}`,
        panel: (cited) => {
          const changes = changesDuring(scenario, c, lang);
          return [
            { type: 'para', text: localize(c.caption, lang) },
            { type: 'heading', text: ui(lang, 'handoutChanged') },
            changes.length
              ? { type: 'list', items: changes }
              : { type: 'para', text: ui(lang, 'handoutNothingChanged'), size: 6.5 },
            { type: 'heading', text: ui(lang, 'handoutSourcesCited') },
            { type: 'list', items: cited },
          ];
        },
      },
      `map-${i}`,
    );
    yield {
      spec: { size: layout.page, ops: composeMapPage(layout, page.content, measure) },
      pictures: page.pictures,
    };
    step();
  }

  // The legend of every page's map, each entry explained.
  const legend = await legendWithSwatches(scenario, theme, lang, [
    scenario.end,
    ...chapters.map((c) => c.end),
  ]);
  const more = (n: number) => ui(lang, 'handoutMore', { n });
  yield {
    spec: textPage(layout, ui(lang, 'handoutLegend'), (box) =>
      composePanel(
        box,
        [
          {
            type: 'legend',
            items: legend.items.map((e) => ({
              key: e.key,
              label: e.explanation ? `${e.label}: ${e.explanation}` : e.label,
            })),
          },
        ],
        measure,
        more,
      ),
    ),
    pictures: legend.pictures,
  };
  step();

  // Every source of the scenario, with its address, over as many pages as it takes.
  let rest = scenario.sources.map(sourceLine);
  while (rest.length) {
    let ops: Op[] = [];
    const list = (box: PageLayout['header']) =>
      (ops = composePanel(box, [{ type: 'list', items: rest, size: 7 }], measure, () => '').filter(
        (o) => !(o.kind === 'text' && o.text === ''),
      ));
    yield { spec: textPage(layout, ui(lang, 'handoutSourceList'), list), pictures: new Map() };
    rest = rest.slice(Math.max(1, countItems(ops)));
  }
  step();
}

/** How many list items a page began (a wrapped item's later lines do not start with the bullet). */
function countItems(ops: Op[]): number {
  return ops.filter((o) => o.kind === 'text' && o.text.startsWith('• ')).length;
}
