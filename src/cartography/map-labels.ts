import type { FeatureState, Frame } from '../frame/frame-at';
import type { LonLat } from '../model/geo';
import { localize, type Lang } from '../i18n/localize';
import { ui } from '../i18n/strings';
import type { Scenario, ScenarioFeature } from '../model/scenario';
import { DAY, markerAlpha } from './symbology';
import { formatWindow } from '../time/format-time';
import { boxFor, placeLabels, type Box, type Placement } from './place-labels';
import { pointOf } from './point-of';
import { drawnLabel } from './drawn-label';
import { basemapNames } from '../map/basemap-towns';

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

/** "claimed by CSP-PSD"; a claim whose claimant is not given says so rather than going unlabelled. */
export function claimedBy(scenario: Scenario, f: ScenarioFeature, lang: Lang): string {
  if (f.props.certainty !== 'claimed') return '';
  if (!f.props.claimedBy) return ui(lang, 'claimedByUnknown');
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
    const text = drawnLabel(m.feature.props, lang);
    const claim = claimedBy(scenario, m.feature, lang);
    if (!text && !claim) continue;
    labels.push({
      id: m.feature.id,
      position: m.head,
      lines: [text, claim].filter(Boolean),
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
    const text = drawnLabel(e.feature.props, lang);
    const claim = claimedBy(scenario, e.feature, lang);
    if (!text && !claim) continue;
    if (frame.t - e.feature.until > LABEL_AFTER_MS) continue;
    const f = e.feature;
    const position = anchorOf(e);
    if (!position) continue;
    const lines = text ? [text] : [];
    if (f.windowed) lines.push(formatWindow(f.appears, f.until, tz, lang));
    if (claim) lines.push(claim);
    lines.push(...casualtyLines(f, scenario, lang));
    labels.push({
      id: f.id,
      position,
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
    const position = anchorOf(p);
    const own = p.feature.props.mapLabel;
    if (!position || own === false) continue;
    // Towns the basemap names, with no map label of their own: their name sits right of their dot, keep it clear.
    const name = localize(p.feature.props.label, 'en');
    const byBasemap = !own && p.feature.geometry.type === 'Point' && basemapNames(name, position);
    const text = byBasemap ? localize(p.feature.props.label, lang) : drawnLabel(p.feature.props, lang);
    if (!text) continue;
    labels.push({
      id: p.feature.id,
      position,
      lines: [text],
      priority: byBasemap ? 1000 : 20,
      alpha: 230,
      size: byBasemap ? 16 : 15,
      prefer: 'right',
      clearance: 9,
      reserved: byBasemap,
      rank: p.feature.props.priority ?? 0,
      weight: 0,
      budgeted: false,
    });
  }
  return scale === 1 ? labels : labels.map((l) => ({ ...l, size: l.size * scale }));
}

/** Where a feature's label hangs: a point, a ring's centre, a line's middle vertex; none for other shapes. */
function anchorOf(s: FeatureState): LonLat | undefined {
  const g = s.feature.geometry;
  if (g.type === 'Point') return pointOf(s);
  if (g.type === 'LineString') {
    const mid = g.coordinates[Math.floor((g.coordinates.length - 1) / 2)];
    return mid ? [mid[0]!, mid[1]!] : undefined;
  }
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
  return undefined;
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
