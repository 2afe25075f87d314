import { graphicScale } from './true-scale';
import type { Tick } from './graticule';
import { TICK_BAND, type BoxMm, type PageLayout } from './page-layout';
import {
  ACCENT,
  Flow,
  INK,
  MUTED,
  WHITE,
  fitText,
  lineMm,
  wrapText,
  type MeasureMm,
  type Op,
} from './page-ops';

/** What goes in the panel, top to bottom. */
export type PanelBlock =
  | { type: 'heading'; text: string }
  | { type: 'para'; text: string; size?: number }
  | { type: 'legend'; items: { key: string; label: string }[] }
  | { type: 'list'; items: string[]; size?: number };

/** Everything on a map page but the pictures, in the reader's language. */
export interface MapPageContent {
  title: string;
  /** The moment: in the scenario's zone, then in UTC. */
  moment: string;
  asOf: string;
  /** The scale's denominator, true at the map's centre latitude, and the sentence printed with it. */
  scale: number;
  scaleStatement: string;
  ticks: { lon: Tick[]; lat: Tick[] };
  /** The image key of the map raster. */
  map: string;
  panel: PanelBlock[];
  credits: string;
  /** "… and {n} more", in the reader's language. */
  more: (n: number) => string;
}

const SWATCH = { w: 8, h: 4.45 };
const NORTH = { w: 9, h: 13 };
const LABEL = 6.5;

function header(layout: PageLayout, c: MapPageContent, measure: MeasureMm): Op[] {
  const { x, y, w } = layout.header;
  const lines: [string, number, boolean, typeof INK][] = [
    [c.title, 14, true, INK],
    [c.moment, 9, false, ACCENT],
    [c.asOf, 7, false, MUTED],
  ];
  let at = y;
  return lines.map(([text, size, bold, color]) => {
    const h = lineMm(size);
    const op: Op = {
      kind: 'text',
      box: { x, y: at, w, h },
      size,
      text: fitText(text, w, size, bold, measure),
      ...(bold && { bold }),
      color,
    };
    at += h;
    return op;
  });
}

/** Tick marks on all four edges; labels where they do not run into the previous one. */
function graticule(layout: PageLayout, ticks: MapPageContent['ticks'], measure: MeasureMm): Op[] {
  const { map, frame } = layout;
  const ops: Op[] = [];
  const h = lineMm(LABEL);
  const t = 1.6;
  let lastTop = -Infinity;
  for (const tick of ticks.lon) {
    if (tick.at < map.x || tick.at > map.x + map.w) continue;
    ops.push({ kind: 'line', from: [tick.at, map.y - t], to: [tick.at, map.y], width: 0.2 });
    ops.push({ kind: 'line', from: [tick.at, map.y + map.h], to: [tick.at, map.y + map.h + t], width: 0.2 });
    const w = measure(tick.label, LABEL);
    const x = Math.min(Math.max(tick.at - w / 2, map.x), map.x + map.w - w);
    if (x < lastTop + 1) continue;
    lastTop = x + w;
    const top = map.y - TICK_BAND.top + (TICK_BAND.top - t - h) / 2;
    ops.push({ kind: 'text', box: { x, y: Math.max(frame.y, top), w, h }, size: LABEL, text: tick.label });
    ops.push({ kind: 'text', box: { x, y: map.y + map.h + t, w, h }, size: LABEL, text: tick.label });
  }
  const placed: number[] = [];
  for (const tick of ticks.lat) {
    if (tick.at < map.y || tick.at > map.y + map.h) continue;
    ops.push({ kind: 'line', from: [map.x - t, tick.at], to: [map.x, tick.at], width: 0.2 });
    ops.push({ kind: 'line', from: [map.x + map.w, tick.at], to: [map.x + map.w + t, tick.at], width: 0.2 });
    const y = Math.min(Math.max(tick.at - h / 2, frame.y), frame.y + frame.h - h);
    if (placed.some((p) => Math.abs(p - y) < h + 0.5)) continue;
    placed.push(y);
    const w = Math.min(measure(tick.label, LABEL), TICK_BAND.side - t - 0.3);
    ops.push({ kind: 'text', box: { x: map.x - t - 0.3 - w, y, w, h }, size: LABEL, text: tick.label });
    ops.push({ kind: 'text', box: { x: map.x + map.w + t + 0.3, y, w, h }, size: LABEL, text: tick.label });
  }
  return ops;
}

/** "1:500 000" over a bar of alternating segments, 0 and the distance under its ends; the north arrow beside. */
function scaleBlock(flow: Flow, c: MapPageContent, measure: MeasureMm): void {
  const box = flow.box;
  const northBox: BoxMm = { x: box.x + box.w - NORTH.w, y: flow.y, w: NORTH.w, h: NORTH.h };
  const cx = northBox.x + NORTH.w / 2;
  const tip = northBox.y + lineMm(7);
  const base = northBox.y + NORTH.h;
  flow.ops.push(
    {
      kind: 'text',
      box: { x: cx - measure('N', 7, true) / 2, y: northBox.y, w: measure('N', 7, true), h: lineMm(7) },
      size: 7,
      bold: true,
      text: 'N',
    },
    {
      kind: 'polygon',
      points: [
        [cx, tip],
        [cx - 3, base],
        [cx, base - 2.2],
      ],
      fill: INK,
    },
    {
      kind: 'polygon',
      points: [
        [cx, tip],
        [cx + 3, base],
        [cx, base - 2.2],
      ],
      fill: [0.75, 0.75, 0.75],
    },
  );
  const text = { ...box, w: box.w - NORTH.w - 2 };
  const statement = new Flow(text, measure, c.more);
  statement.y = flow.y;
  statement.paragraph(c.scaleStatement, 9, { bold: true });
  const bar = graphicScale(c.scale, text.w - 6);
  const y = statement.y + 1;
  const seg = bar.mm / bar.segments;
  for (let i = 0; i < bar.segments; i++)
    statement.ops.push({
      kind: 'rect',
      box: { x: box.x + i * seg, y, w: seg, h: 1.6 },
      fill: i % 2 ? WHITE : INK,
      stroke: INK,
      width: 0.15,
    });
  const labelY = y + 2;
  const h = lineMm(LABEL);
  const endW = measure(bar.label, LABEL);
  statement.ops.push(
    { kind: 'text', box: { x: box.x, y: labelY, w: measure('0', LABEL), h }, size: LABEL, text: '0' },
    {
      kind: 'text',
      box: { x: Math.min(box.x + bar.mm - endW / 2, text.x + text.w - endW), y: labelY, w: endW, h },
      size: LABEL,
      text: bar.label,
    },
  );
  flow.ops.push(...statement.ops);
  flow.y = Math.max(labelY + h, northBox.y + NORTH.h) + 3;
}

function legend(flow: Flow, items: { key: string; label: string }[], measure: MeasureMm): void {
  const size = 7;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const textW = flow.box.w - SWATCH.w - 2;
    const lines = Math.max(1, wrapText(item.label, textW, size, false, measure).length);
    const h = Math.max(SWATCH.h, lineMm(size) * lines) + 0.8;
    if (!flow.fits(h)) return flow.stop(items.length - i);
    flow.ops.push({ kind: 'image', key: item.key, box: { x: flow.box.x, y: flow.y, ...SWATCH } });
    const inner = new Flow({ x: flow.box.x + SWATCH.w + 2, y: flow.y, w: textW, h }, measure, () => '');
    inner.reserve = false;
    inner.y = flow.y + Math.max(0, (SWATCH.h - lineMm(size)) / 2);
    inner.paragraph(item.label, size);
    flow.ops.push(...inner.ops);
    flow.y += h;
  }
}

/** The panel's blocks, in order, until the panel is full. */
export function composePanel(
  box: BoxMm,
  blocks: readonly PanelBlock[],
  measure: MeasureMm,
  more: (n: number) => string,
  scale?: MapPageContent,
): Op[] {
  const flow = new Flow(box, measure, more);
  if (scale) scaleBlock(flow, scale, measure);
  for (const block of blocks) {
    if (flow.full) break;
    if (block.type === 'heading') {
      flow.gap(1);
      if (!flow.fits(lineMm(8) + lineMm(7))) flow.stop(1);
      else flow.paragraph(block.text, 8, { bold: true });
    } else if (block.type === 'para') {
      if (!flow.paragraph(block.text, block.size ?? 7.5)) flow.stop(1);
      flow.gap(1);
    } else if (block.type === 'legend') legend(flow, block.items, measure);
    else flow.list(block.items, block.size ?? 6.5);
  }
  return flow.ops;
}

/** A map page: header, framed map with degree ticks, panel (scale, north, then the blocks), credits. */
export function composeMapPage(layout: PageLayout, c: MapPageContent, measure: MeasureMm): Op[] {
  const { map, footer } = layout;
  // The credits in at most two lines, the second cut short if need be.
  const lines = wrapText(c.credits, footer.w, 6, false, measure);
  const shown = lines.slice(0, 2);
  if (lines.length > 2)
    shown[1] = fitText(`${shown[1]} ${lines.slice(2).join(' ')}`, footer.w, 6, false, measure);
  const credits: Op[] = shown.map((text, i) => ({
    kind: 'text',
    box: { x: footer.x, y: footer.y + footer.h - (shown.length - i) * lineMm(6), w: footer.w, h: lineMm(6) },
    size: 6,
    text,
    color: MUTED,
  }));
  return [
    ...header(layout, c, measure),
    { kind: 'image', key: c.map, box: map },
    { kind: 'rect', box: map, stroke: INK, width: 0.3 },
    ...graticule(layout, c.ticks, measure),
    ...composePanel(layout.panel, c.panel, measure, c.more, c),
    ...credits,
  ];
}
