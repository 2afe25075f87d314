import type { FeatureState, Frame } from '../engine/frame-at';
import type { LonLat } from '../model/geo';
import { localize, type Lang } from '../i18n/localize';
import { ui } from '../i18n/strings';
import type { Scenario, ScenarioFeature } from '../model/scenario';
import { DAY, markerAlpha } from './symbology';
import { formatWindow } from '../time/format-time';
import { boxFor, placeLabels, type Box, type Placement } from './place-labels';
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
  /** The feature's own `priority` (0 when it has none): first among labels of equal priority. */
  rank: number;
  /** Its size, for a label budget: a movement's length in km, an event's largest casualty figure. */
  weight: number;
  /** Counts against the frame's label budget (movements and events do, places do not). */
  budgeted: boolean;
}

export interface PlacedMapLabel extends MapLabel {
  placement: Placement;
  /** The text's box on the frame, CSS px (estimated from the font size). */
  box: Box;
}

/** Events keep their label this long after their time or window ends. */
const LABEL_AFTER_MS = 1.5 * DAY;

function claimedBy(scenario: Scenario, f: ScenarioFeature, lang: Lang): string {
  if (f.props.certainty !== 'claimed' || !f.props.claimedBy) return '';
  const side = scenario.sideById.get(f.props.claimedBy);
  const name = side ? localize(side.shortName ?? side.name, lang) : f.props.claimedBy;
  return ui(lang, 'claimedBy', { name });
}

/** "14+ killed, 30+ injured (Wikipedia)" per figure: every source's count, never one invented number. */
export function casualtyLines(f: ScenarioFeature, scenario: Scenario, lang: Lang): string[] {
  return (f.props.casualties ?? []).map((c) => {
    const plus = c.atLeast ? '+' : '';
    const parts: string[] = [];
    if (c.killed !== undefined) parts.push(`${c.killed}${plus} ${ui(lang, 'killed')}`);
    if (c.injured !== undefined) parts.push(`${c.injured}${plus} ${ui(lang, 'injured')}`);
    const who = c.short
      ? localize(c.short, lang)
      : c.sources.map((s) => scenario.sourceById.get(s)?.publisher ?? s).join(', ');
    return `${parts.join(', ')} (${who})`;
  });
}

/** The labels on the map at t: short names, time windows, claims and casualty figures, as plain text. */
/**
 * How large map labels are set on a frame: full size from 720 px up, smaller on the small frames people send
 * in a chat (down to 65 % at 468 px), where full-size labels would cover the map.
 */
export function labelScale(width: number, height: number): number {
  return Math.min(1, Math.max(0.65, Math.min(width, height) / 720));
}

export function mapLabels(scenario: Scenario, frame: Frame, lang: Lang, scale = 1): MapLabel[] {
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
      rank: m.feature.props.priority ?? 0,
      weight: m.feature.track.totalKm,
      budgeted: true,
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
      rank: f.props.priority ?? 0,
      weight: Math.max(0, ...(f.props.casualties ?? []).map((c) => (c.killed ?? 0) + (c.injured ?? 0))),
      budgeted: true,
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
      rank: p.feature.props.priority ?? 0,
      weight: 0,
      budgeted: false,
    });
  }
  return scale === 1 ? labels : labels.map((l) => ({ ...l, size: l.size * scale }));
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

/** The part of a viewport label placement reads: where a lon/lat falls on the frame, and the frame's size. */
export interface LabelScreen {
  project: (lonLat: LonLat) => [number, number];
  width: number;
  height: number;
}

/**
 * Labels that fit without overlapping each other or the furniture (`obstacles`), highest priority first
 * (see placeLabels). Labels the basemap draws itself are placed as obstacles but not returned.
 */
export function placeMapLabels(
  labels: readonly MapLabel[],
  screen: LabelScreen,
  obstacles: readonly Box[] = [],
  budget = Infinity,
): PlacedMapLabel[] {
  const placed = placeLabels(
    labels.map((l) => {
      const [x, y] = screen.project(l.position);
      return {
        x,
        y,
        lines: l.lines,
        size: l.size,
        priority: l.priority,
        clearance: l.clearance,
        prefer: l.prefer,
        fixed: l.reserved,
        rank: l.rank,
        weight: l.weight,
        budgeted: l.budgeted,
      };
    }),
    screen.width,
    screen.height,
    obstacles,
    budget,
  );
  return labels.flatMap((l, i) => {
    const p = placed[i];
    return p && !l.reserved ? [{ ...l, placement: p.placement, box: p.box }] : [];
  });
}

/** Where the names the basemap draws itself (towns without a label of their own) sit on the frame, CSS px. */
export function reservedBoxes(labels: readonly MapLabel[], screen: LabelScreen): Box[] {
  return labels
    .filter((l) => l.reserved)
    .map((l) => {
      const [x, y] = screen.project(l.position);
      return boxFor({ x, y, lines: l.lines, size: l.size, clearance: l.clearance }, l.prefer);
    });
}
