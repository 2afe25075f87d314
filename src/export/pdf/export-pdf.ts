import type { Camera } from '../../model/camera';
import type { Chapter, Scenario } from '../../model/scenario';
import type { Theme } from '../../model/theme';
import { localize, type Lang } from '../../i18n/localize';
import { ui } from '../../i18n/strings';
import { findChapter } from '../../briefing/chapters';
import { composeMapPage, type MapPageContent, type PanelBlock } from './compose-page';
import { graticuleTicks, viewBounds, type FlatView } from './graticule';
import {
  citation,
  featuresShown,
  latestDate,
  latitudeLabel,
  momentLine,
  sourcesCited,
} from './handout-content';
import { layoutPage, type Orientation, type Paper, type PageLayout } from './page-layout';
import { MM_PER_INCH, formatScale, roundScale, scaleAtZoom } from './true-scale';
import { legendWithSwatches } from './swatches';
import type { PageSpec, Pictures } from './pdf-writer';

/** A handout as asked for: paper, the map's scale (or fitted), its moment, one page or the booklet. */
export interface PdfRequest {
  paper: Paper;
  orientation: Orientation;
  /** mm on every side. */
  margin: number;
  /** The scale's denominator (250000 for 1:250 000); absent: the map fitted to the view or the chapter. */
  scale?: number;
  /** Map raster resolution on paper, px per inch (200 to 600). */
  ppi: number;
  booklet?: boolean;
  /** The moment of a single page (default: the chapter's end, or now). */
  t: number;
  /** A single page of this chapter (by id or title) at its end, framed by its camera. */
  chapter?: string;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** The map raster for a page, as the exporter renders it (same scene and furniture rules as the screen). */
export interface PdfShotRequest {
  t: number;
  width: number;
  height: number;
  pixelRatio: number;
  /** A camera, or `briefing`: the chapter's camera at t fitted around the frame's furniture. */
  camera: Camera | 'briefing';
  /** The scale to set the zoom to at the camera's centre latitude, for a raster of `ppi` on paper. */
  scale?: number;
  ppi: number;
}

export interface PdfShot {
  jpeg: Uint8Array;
  /** The camera drawn (north up, no pitch). */
  camera: Camera;
  /** The credits line of that frame, as the screen words it. */
  credits: string;
}

export interface PdfRenderer {
  map(request: PdfShotRequest): Promise<PdfShot>;
}

/** What a map page needs besides its words: the scenario, its look and the raster. */
interface Env {
  scenario: Scenario;
  theme: Theme;
  lang: Lang;
  request: PdfRequest;
  renderer: PdfRenderer;
}

/** Renders the map for a layout's frame at t and works out its scale, ticks and sources. */
export async function mapPage(
  env: Env,
  layout: PageLayout,
  t: number,
  camera: Camera | 'briefing',
  words: { title: string; panel: (cited: string[]) => PanelBlock[] },
  key: string,
): Promise<{ content: MapPageContent; pictures: Map<string, { bytes: Uint8Array; type: 'jpeg' }> }> {
  const { scenario, lang, request } = env;
  const width = Math.round((layout.map.w / MM_PER_INCH) * request.ppi);
  const height = Math.round((layout.map.h / MM_PER_INCH) * request.ppi);
  // A page is framed like a 96 dpi screen, so the furniture and labels print at a readable size.
  const pixelRatio = request.ppi / 96;
  const ppi = (width / layout.map.w) * MM_PER_INCH;
  const shot = await env.renderer.map({ t, width, height, pixelRatio, camera, scale: request.scale, ppi });
  // MapLibre draws a CSS size rounded up and the readback keeps its top-left: ticks are placed on that grid.
  const css = { w: Math.ceil(width / pixelRatio - 1e-9), h: Math.ceil(height / pixelRatio - 1e-9) };
  const view: FlatView = { center: shot.camera.center, zoom: shot.camera.zoom, width: css.w, height: css.h };
  const grid = {
    ...layout.map,
    w: (css.w * pixelRatio * layout.map.w) / width,
    h: (css.h * pixelRatio * layout.map.h) / height,
  };
  const lat = shot.camera.center[1];
  const exact = scaleAtZoom(lat, shot.camera.zoom, { ppi, pixelRatio });
  const trueScale = request.scale !== undefined && Math.abs(exact / request.scale - 1) < 1e-3;
  const scale = trueScale ? request.scale! : roundScale(exact);
  const cited = sourcesCited(scenario, featuresShown(scenario, t, viewBounds(view)));
  const asOf = latestDate(cited) ?? latestDate(scenario.sources) ?? '';
  return {
    content: {
      title: words.title,
      moment: momentLine(scenario, t, lang),
      asOf: asOf && ui(lang, 'handoutAsOf', { date: asOf }),
      scale,
      scaleStatement: ui(lang, trueScale ? 'handoutScaleTrue' : 'handoutScaleFit', {
        scale: formatScale(scale),
        lat: latitudeLabel(lat),
      }),
      ticks: graticuleTicks(view, grid),
      map: key,
      panel: words.panel(cited.map(citation)),
      credits: shot.credits,
      more: (n) => ui(lang, 'handoutMore', { n }),
    },
    pictures: new Map([[key, { bytes: shot.jpeg, type: 'jpeg' as const }]]),
  };
}

function chapterOf(scenario: Scenario, name: string): Chapter {
  const c = findChapter(scenario.chapters, name);
  if (!c)
    throw new Error(
      `No chapter "${name}" in the scenario (${scenario.chapters.length ? `chapters: ${scenario.chapters.map((x) => x.id).join(', ')}` : 'it has no chapters'})`,
    );
  return c;
}

/**
 * The handout as PDF bytes: one map page (at the request's moment, or a chapter's end), or the booklet. The
 * PDF library and its fonts load only now.
 */
export async function exportPdf(
  scenario: Scenario,
  theme: Theme,
  lang: Lang,
  view: Camera,
  request: PdfRequest,
  renderer: PdfRenderer,
): Promise<Uint8Array> {
  if (!(request.ppi >= 200 && request.ppi <= 600))
    throw new Error(`ppi must be 200 to 600 (got ${request.ppi})`);
  const env: Env = { scenario, theme, lang, request, renderer };
  const layout = layoutPage(request.paper, request.orientation, request.margin);
  const { PdfWriter } = await import('./pdf-writer');
  const chapter = request.chapter === undefined ? undefined : chapterOf(scenario, request.chapter);
  const t = chapter ? chapter.end : request.t;
  const writer = await PdfWriter.create({
    title: localize(scenario.title, lang),
    lang,
    date: new Date(request.booklet ? scenario.end : t),
  });
  const pages: { spec: PageSpec; pictures: Pictures }[] = [];
  if (request.booklet) {
    const { bookletPages } = await import('./booklet');
    for await (const page of bookletPages(env, layout, writer.measure)) {
      request.signal?.throwIfAborted();
      pages.push(page);
    }
  } else {
    const legend = await legendWithSwatches(scenario, theme, lang, [t]);
    const title = chapter
      ? `${localize(scenario.title, lang)}: ${localize(chapter.title, lang)}`
      : localize(scenario.title, lang);
    const { content, pictures } = await mapPage(
      env,
      layout,
      t,
      chapter ? 'briefing' : view,
      {
        title,
        panel: (cited) => [
          { type: 'heading', text: ui(lang, 'handoutLegend') },
          { type: 'legend', items: legend.items },
          { type: 'heading', text: ui(lang, 'handoutSourcesCited') },
          { type: 'list', items: cited },
        ],
      },
      'map',
    );
    request.onProgress?.(1, 2);
    pages.push({
      spec: { size: layout.page, ops: composeMapPage(layout, content, writer.measure) },
      pictures: new Map<string, { bytes: Uint8Array; type: 'jpeg' | 'png' }>([
        ...legend.pictures,
        ...pictures,
      ]),
    });
  }
  for (const page of pages) await writer.addPage(page.spec, page.pictures);
  const bytes = await writer.save();
  request.onProgress?.(pages.length + 1, pages.length + 1);
  return bytes;
}
