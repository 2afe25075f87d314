import { TextLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { FeatureState } from '../engine/frame-at';
import type { LonLat } from '../model/geo';
import { localize, type Lang } from '../i18n/localize';
import type { Scenario, ScenarioFeature } from '../model/scenario';
import { DAY, markerAlpha } from '../cartography/symbology';
import { formatWindow } from '../time/format-time';
import { placeLabels, type Placement } from '../cartography/place-labels';
import { memoByFeature } from '../cartography/shapes';
import { inkFor } from '../cartography/ink';
import type { LayerContext } from './layer-context';
import { pointOf } from './point-of';

export interface MapLabel {
  id: string;
  position: LonLat;
  lines: string[];
  /** Higher wins when labels collide. */
  priority: number;
  alpha: number;
  size: number;
  /** Side of the anchor tried first, and the marker radius to keep clear of. */
  prefer: Placement;
  clearance: number;
  /** Reserves the space of a label the basemap draws itself (a town's name): placed, never drawn. */
  reserved?: boolean;
}

interface PlacedMapLabel extends MapLabel {
  placement: Placement;
}

/** Events keep their label this long after their time or window ends. */
const LABEL_AFTER_MS = 1.5 * DAY;

function claimedBy(scenario: Scenario, f: ScenarioFeature, lang: Lang): string {
  if (f.props.certainty !== 'claimed' || !f.props.claimedBy) return '';
  const side = scenario.sideById.get(f.props.claimedBy);
  const name = side ? localize(side.shortName ?? side.name, lang) : f.props.claimedBy;
  return lang === 'fr' ? `revendiqué par ${name}` : `claimed by ${name}`;
}

/** "14+ killed, 30+ injured (Wikipedia)" per figure: every source's count, never one invented number. */
export function casualtyLines(f: ScenarioFeature, scenario: Scenario, lang: Lang): string[] {
  return (f.props.casualties ?? []).map((c) => {
    const plus = c.atLeast ? '+' : '';
    const parts: string[] = [];
    if (c.killed !== undefined) parts.push(`${c.killed}${plus} ${lang === 'fr' ? 'tués' : 'killed'}`);
    if (c.injured !== undefined) parts.push(`${c.injured}${plus} ${lang === 'fr' ? 'blessés' : 'injured'}`);
    const who = c.short
      ? localize(c.short, lang)
      : c.sources.map((s) => scenario.sourceById.get(s)?.publisher ?? s).join(', ');
    return `${parts.join(', ')} (${who})`;
  });
}

/** The labels on the map at t: short names, time windows, claims and casualty figures, as plain text. */
export function mapLabels(ctx: LayerContext): MapLabel[] {
  const { scenario, frame, lang } = ctx;
  const tz = scenario.timeZone;
  const labels: MapLabel[] = [];
  for (const m of frame.movements) {
    if (!m.feature.props.mapLabel) continue;
    const claim = claimedBy(scenario, m.feature, lang);
    labels.push({
      id: m.feature.id,
      position: m.head,
      lines: [localize(m.feature.props.mapLabel, lang), claim].filter(Boolean),
      priority: m.status === 'moving' ? 90 : 30,
      alpha: m.status === 'moving' ? 255 : 150,
      size: m.status === 'moving' ? 18 : 14,
      prefer: 'below',
      clearance: 16,
    });
  }
  for (const e of frame.events) {
    if (!e.feature.props.mapLabel || e.feature.geometry.type === 'LineString') continue;
    if (frame.t - e.feature.until > LABEL_AFTER_MS) continue;
    const f = e.feature;
    const lines = [localize(f.props.mapLabel, lang)];
    if (f.windowed) lines.push(formatWindow(f.appears, f.until, tz, lang));
    const claim = claimedBy(scenario, f, lang);
    if (claim) lines.push(claim);
    lines.push(...casualtyLines(f, scenario, lang));
    labels.push({
      id: f.id,
      position: anchorOf(e),
      lines,
      priority: e.inWindow ? 100 : 50,
      alpha: markerAlpha(e, frame.t),
      size: e.inWindow ? 16 : 14,
      prefer: 'above',
      clearance: 16,
    });
  }
  for (const p of frame.places) {
    if (p.feature.geometry.type !== 'Point') continue;
    const own = p.feature.props.mapLabel;
    labels.push({
      id: p.feature.id,
      position: anchorOf(p),
      lines: [localize(own ?? p.feature.props.label, lang)],
      // Towns without a map label are named by the basemap, to the right of their dot: keep that clear.
      priority: own ? 20 : 1000,
      alpha: 230,
      size: own ? 15 : 16,
      prefer: 'right',
      clearance: 9,
      reserved: !own,
    });
  }
  return labels;
}

function anchorOf(s: FeatureState): LonLat {
  const g = s.feature.geometry;
  if (g.type === 'Point') return pointOf(s);
  if (g.type === 'Polygon') {
    // The ring's mean vertex: our clash zones are circles, whose mean is their centre.
    const ring = g.coordinates[0] ?? [];
    const n = Math.max(ring.length - 1, 1);
    let x = 0;
    let y = 0;
    for (let i = 0; i < n; i++) {
      x += ring[i]![0]!;
      y += ring[i]![1]!;
    }
    return [x / n, y / n];
  }
  return [0, 0];
}

/** Where a label is placed: which way its text hangs off the anchor and by how much. */
const ANCHORING: Record<
  Placement,
  { anchor: 'start' | 'end' | 'middle'; baseline: 'top' | 'bottom' | 'center'; dir: [number, number] }
> = {
  right: { anchor: 'start', baseline: 'center', dir: [1, 0] },
  left: { anchor: 'end', baseline: 'center', dir: [-1, 0] },
  above: { anchor: 'middle', baseline: 'bottom', dir: [0, -1] },
  below: { anchor: 'middle', baseline: 'top', dir: [0, 1] },
};

/** Labels that fit without overlapping, highest priority first (see placeLabels). */
export function placedMapLabels(ctx: LayerContext): PlacedMapLabel[] {
  const labels = mapLabels(ctx);
  const placed = placeLabels(
    labels.map((l) => {
      const [x, y] = ctx.screen.project(l.position);
      return {
        x,
        y,
        lines: l.lines,
        size: l.size,
        priority: l.priority,
        clearance: l.clearance,
        prefer: l.prefer,
        fixed: l.reserved,
      };
    }),
    ctx.screen.width,
    ctx.screen.height,
    ctx.screen.obstacles,
  );
  return labels.flatMap((l, i) => {
    const p = placed[i];
    return p && !l.reserved ? [{ ...l, placement: p.placement }] : [];
  });
}

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
  const data = placedMapLabels(ctx);
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
