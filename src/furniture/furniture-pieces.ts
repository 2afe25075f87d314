import { layoutAttribution, type AttributionLayout } from './attribution';
import { layoutCaption, layoutProgress } from './caption';
import { isShown, type Rect } from './furniture-input';
import { movable, move, piece, type PieceSpec } from './furniture-piece';
import { insetLabels, insetMarker, layoutInset } from './inset';
import { layoutLegend, type LegendForm } from './legend';
import { layoutScaleBar, type ScaleLayout } from './scale-bar';
import { layoutTitleBlock } from './title-block';

/** Credits in full may take this share of the frame; beyond it they are set on one short line. */
const CREDITS_SHARE = 0.04;

/** Credits: flush with the bottom-right corner, as every map has them. */
const credits = piece<AttributionLayout>({
  kind: 'credits',
  anchor: 'bottom-right',
  shown: (input) => isShown(input, 'attribution') && input.attribution.trim() !== '',
  variants: () => [],
  // In full on two lines at most where that costs little of the frame; else on one line, sources by number.
  fixed: ({ input, u, W, H, margin, measure }) => {
    const notice = input.detailNotice;
    const full = layoutAttribution(input.attribution, u, W, H, Math.min(W * 0.55, 900 * u), measure, notice);
    const line = layoutAttribution(input.attribution, u, W, H, W - 2 * margin, measure, notice);
    const short = layoutAttribution(input.attributionShort, u, W, H, W - 2 * margin, measure, notice);
    const cheap = (a: AttributionLayout) => a.rect.w * a.rect.h <= CREDITS_SHARE * W * H;
    const fits =
      full.lines.length <= 2 && cheap(full) ? full : line.lines.length === 1 && cheap(line) ? line : short;
    return { layout: fits, rect: fits.rect };
  },
  keep: (plan, layout) => (plan.attribution = layout),
});

const title = piece({
  kind: 'title',
  anchor: 'top-left',
  shown: (input) => isShown(input, 'title'),
  required: true,
  variants: ({ input, u, W, measure }) => {
    const widths = [Math.min(W * 0.62, 1100 * u), Math.min(W * 0.5, 900 * u)];
    // Full, then smaller; last, in presenter mode (whose chapter card says what is shown), the time alone.
    const forms: [number, boolean][] = [
      [1, true],
      [0.8, true],
      [0.65, true],
      ...(input.chapter ? ([[0.8, false]] as [number, boolean][]) : []),
    ];
    return forms.flatMap(([s, titled]) =>
      widths.map((maxWidth) =>
        movable(
          layoutTitleBlock(
            titled ? input.title : '',
            input.timeLabel,
            titled ? input.subtitle : undefined,
            u * s,
            0,
            0,
            maxWidth,
            measure,
          ),
        ),
      ),
    );
  },
  keep: (plan, layout) => (plan.title = layout),
});

const caption = piece({
  kind: 'caption',
  anchor: 'bottom-left',
  shown: (input) => input.chapter !== undefined && isShown(input, 'caption'),
  required: true,
  variants: ({ input, u, W, measure }) =>
    (
      [
        [1, true, 0.45],
        [0.85, true, 0.5],
        [0.75, true, 0.6],
        [0.75, false, 0.6],
        [0.6, false, 0.8],
      ] as const
    ).map(([s, withText, share]) =>
      movable(layoutCaption(input.chapter!, u * s, W * share, measure, withText)),
    ),
  keep: (plan, layout) => (plan.caption = layout),
});

const progress = piece({
  kind: 'progress',
  anchor: 'bottom-center',
  shown: (input) => input.chapter !== undefined && input.chapter.total > 1 && isShown(input, 'progress'),
  variants: ({ input, u }) => [1, 0.75].map((s) => movable(layoutProgress(input.chapter!, u * s))),
  keep: (plan, layout) => (plan.progress = layout),
});

const scale = piece<ScaleLayout>({
  kind: 'scale',
  anchor: 'bottom-right',
  shown: (input) => isShown(input, 'scale'),
  required: true,
  variants: ({ input, u, measure }) =>
    [1, 0.75].map((s) => {
      const sb = layoutScaleBar(input.center[1], input.zoom, u * s, 0, 0, measure);
      const dx = -sb.rect.x;
      const dy = -sb.rect.y;
      return {
        w: sb.rect.w,
        h: sb.rect.h,
        at: (x, y) => ({ ...sb, rect: move(sb.rect, x, y), barX: sb.barX + dx + x, barY: sb.barY + dy + y }),
      };
    }),
  keep: (plan, layout) => (plan.scale = layout),
});

const north = piece<Rect>({
  kind: 'north',
  anchor: 'bottom-right',
  shown: (input) => isShown(input, 'north'),
  droppable: true,
  variants: ({ plan, u }) => {
    // As tall as the scale bar beside it.
    const side = plan.scale?.rect.h ?? 56 * u;
    return [{ w: side, h: side, at: (x, y) => ({ x, y, w: side, h: side }) }];
  },
  keep: (plan, layout) => (plan.north = layout),
});

type LegendStep = [LegendForm, number, boolean];
const EXPANDED: LegendStep[] = [
  ['expanded', 1, true],
  ['expanded', 0.85, true],
  ['expanded', 1, false],
  ['expanded', 0.85, false],
  ['expanded', 0.72, false],
];
const COLLAPSED: LegendStep[] = [
  ['collapsed', 1, false],
  ['collapsed', 0.8, false],
  ['collapsed', 0.65, false],
];
const EXPLAINED: LegendStep[] = [
  ['explained', 1, true],
  ['explained', 0.85, true],
  ['explained', 0.72, true],
];
const SMALLER: LegendStep[] = [
  ['expanded', 0.62, false],
  ['expanded', 0.54, false],
];

const legend = piece({
  kind: 'legend',
  anchor: 'bottom-left',
  shown: (input) => isShown(input, 'legend') && input.legend.length > 0,
  required: true,
  variants: ({ input, u, measure }) => {
    const note = isShown(input, 'note') ? input.uncertaintyNote : undefined;
    const form = input.legendForm ?? 'auto';
    // Before an audience (a chapter card on the frame: presenting, or an export's captions) the legend keeps
    // its words: bare swatches explain nothing to a room. It shrinks first, to the lines in view; only on a
    // frame too small for any of that (a phone-sized 640×360) does it collapse rather than cover the action.
    const keepWords = input.chapter !== undefined;
    const forms =
      form === 'collapsed'
        ? COLLAPSED
        : form === 'full'
          ? [...EXPLAINED, ...EXPANDED, ...(keepWords ? SMALLER : []), ...COLLAPSED]
          : [...EXPANDED, ...(keepWords ? SMALLER : []), ...COLLAPSED];
    return forms.map(([f, s, withNote]) =>
      movable(layoutLegend(input.legend, input.lang, u * s, measure, f, withNote ? note : undefined)),
    );
  },
  keep: (plan, layout) => (plan.legend = layout),
});

/** The least important piece: dropped rather than laid over the action or over the budget. */
const inset = piece<Rect>({
  kind: 'inset',
  anchor: 'top-right',
  shown: (input) => isShown(input, 'inset'),
  droppable: true,
  variants: ({ u }) =>
    [1, 0.75].map((s) => {
      const r = layoutInset(u * s, 0, 0);
      return { w: r.w, h: r.h, at: (x, y) => move(r, x, y) };
    }),
  keep: (plan, rect, { input, u, measure }) => {
    plan.inset = rect;
    if (!input.inset) return;
    const marker = insetMarker(input.bounds, input.inset.window, rect, 6 * u);
    plan.insetLabels = insetLabels(input.inset, rect, marker, input.lang, u, measure);
  },
});

/**
 * The pieces in order of importance: what gives way on a small frame is the least important — the inset
 * first, then the note (folded into the legend's foot, then dropped), then the legend's size and form, then
 * the credits' length.
 */
export const PIECES: readonly PieceSpec<unknown>[] = [
  credits,
  title,
  caption,
  progress,
  scale,
  north,
  legend,
  inset,
];
