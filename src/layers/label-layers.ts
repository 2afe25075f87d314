import { TextLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Scenario } from '../model/scenario';
import type { Placement } from '../cartography/place-labels';
import type { PlacedMapLabel } from '../cartography/map-labels';
import { memoByFeature } from '../cartography/shapes';
import { inkFor } from '../cartography/ink';
import type { LayerContext } from './layer-context';

/** Where a label is placed: which way its text hangs off the anchor and by how much. */
const ANCHORING: Record<
  Placement,
  { anchor: 'start' | 'end' | 'middle'; baseline: 'top' | 'bottom' | 'center'; dir: [number, number] }
> = {
  right: { anchor: 'start', baseline: 'center', dir: [1, 0] },
  left: { anchor: 'end', baseline: 'center', dir: [-1, 0] },
  above: { anchor: 'middle', baseline: 'bottom', dir: [0, -1] },
  below: { anchor: 'middle', baseline: 'top', dir: [0, 1] },
  'above-right': { anchor: 'start', baseline: 'bottom', dir: [Math.SQRT1_2, -Math.SQRT1_2] },
  'below-right': { anchor: 'start', baseline: 'top', dir: [Math.SQRT1_2, Math.SQRT1_2] },
  'above-left': { anchor: 'end', baseline: 'bottom', dir: [-Math.SQRT1_2, -Math.SQRT1_2] },
  'below-left': { anchor: 'end', baseline: 'top', dir: [-Math.SQRT1_2, Math.SQRT1_2] },
};

// Latin, Latin-1, Latin Extended-A and the typographic marks French and English labels use.
const BASE_CHARACTERS = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x100, 0x17f],
]
  .flatMap(([a, b]) => Array.from({ length: b! - a! + 1 }, (_, i) => String.fromCodePoint(a! + i)))
  .concat([...'–—‘’“”…«»·±×→↔≈≥≤€'])
  .join('');

/**
 * Every character the scenario's labels can use, fixed per scenario. deck.gl's `'auto'` set grows the glyph
 * atlas as new characters appear, so the same frame would be drawn from a different atlas depending on
 * which frames came before it.
 */
const characterSetOf = memoByFeature((scenario: Scenario) => {
  const chars = new Set(BASE_CHARACTERS);
  const add = (text: unknown) => {
    if (typeof text === 'string') for (const c of text) chars.add(c);
    else if (text && typeof text === 'object') Object.values(text).forEach(add);
  };
  for (const f of scenario.features) add([f.props.label, f.props.mapLabel, f.props.casualties]);
  for (const s of scenario.sides) add([s.name, s.shortName]);
  for (const s of scenario.sources) add(s.publisher);
  return [...chars].join('');
});

/** Text is rendered by deck.gl as glyphs from data strings: never parsed as HTML. */
export function labelLayers(ctx: LayerContext): Layer[] {
  const ink = inkFor(ctx.theme);
  const data = ctx.labels;
  const gap = (l: PlacedMapLabel) => l.clearance + 3;
  return [
    new TextLayer<PlacedMapLabel>({
      id: 'map-labels',
      data,
      getPosition: (l) => l.position,
      getText: (l) => l.lines.join('\n'),
      getSize: (l) => l.size,
      sizeUnits: 'pixels',
      getPixelOffset: (l) => {
        const d = ANCHORING[l.placement].dir;
        return [d[0] * gap(l), d[1] * gap(l)];
      },
      getColor: (l) => [ink.text[0], ink.text[1], ink.text[2], l.alpha],
      getTextAnchor: (l) => ANCHORING[l.placement].anchor,
      getAlignmentBaseline: (l) => ANCHORING[l.placement].baseline,
      fontFamily: '"Noto Sans", sans-serif',
      fontWeight: 700,
      characterSet: characterSetOf(ctx.scenario),
      fontSettings: { sdf: true, fontSize: 64, buffer: 10, radius: 20 },
      outlineWidth: 5,
      outlineColor: ink.halo,
      lineHeight: 1.15,
      updateTriggers: {
        getColor: ctx.frame.t,
        getText: [ctx.frame.t, ctx.lang],
        getSize: ctx.frame.t,
        getPosition: ctx.frame.t,
        getPixelOffset: ctx.frame.t,
        getTextAnchor: ctx.frame.t,
        getAlignmentBaseline: ctx.frame.t,
      },
    }),
  ];
}
