import destination from '@turf/destination';
import { isoOf } from '../time-formats';
import type { NoteList } from '../../notes';
import { slugify, type IdPool } from '../../text';
import { isPosition } from './orbat-units';
import type { Overlay } from './orbat-items';
import { itemStages } from './orbat-item-stages';

// ORBAT Mapper's drawn overlays: `layers[].features` (GeoJSON features) in older files, `layerStack[]`
// overlay layers of `items` in newer ones, each visible from `visibleFromT` until `visibleUntilT`.

type Props = Record<string, unknown>;

const CIRCLE_STEPS = 64;

/** ORBAT Mapper's circle (centre and radius in metres) as a polygon Sandtable can draw. */
function circle(center: number[], radiusM: number): unknown {
  const ring = Array.from({ length: CIRCLE_STEPS + 1 }, (_, i) => {
    const p = destination(center, radiusM / 1000, (360 * (i % CIRCLE_STEPS)) / CIRCLE_STEPS, {
      units: 'kilometers',
    });
    return p.geometry.coordinates;
  });
  return { type: 'Polygon', coordinates: [ring] };
}

function geometryOf(o: Overlay): unknown {
  const g = o.geometry as
    { type?: unknown; center?: unknown; radius?: unknown; coordinates?: unknown } | undefined;
  if (g?.type === 'Circle' && isPosition(g.center) && typeof g.radius === 'number')
    return circle(g.center, g.radius);
  // Older files: a Point with the circle's radius among its properties.
  if (g?.type === 'Point' && o.kind === 'Circle' && isPosition(g.coordinates) && typeof o.radius === 'number')
    return circle(g.coordinates, o.radius);
  return g;
}

function overlaysOf(doc: Props, file: string, notes: NoteList): { layer: string; items: Overlay[] }[] {
  const out: { layer: string; items: Overlay[] }[] = [];
  const featureLayer = (layer: Props) => {
    const features = Array.isArray(layer?.features) ? (layer.features as unknown[]) : [];
    // An older feature is a geometry item with its fields in `properties` or `meta` (read alike).
    const items = features
      .filter((f) => f && typeof f === 'object')
      .flatMap((f) => itemStages({ ...(f as Props), kind: 'geometry' }, layer, file, notes));
    out.push({ layer: String(layer?.name ?? 'ORBAT Mapper'), items });
  };
  // A file has `layerStack` (from 3.x) or the older `layers`; ORBAT Mapper reads `layers` only without a stack.
  const stack = Array.isArray(doc.layerStack) ? (doc.layerStack as Props[]) : undefined;
  if (!stack)
    for (const layer of Array.isArray(doc.layers) ? (doc.layers as Props[]) : []) featureLayer(layer);
  // Before the stack, reference maps (images, tiles, KML) were `mapLayers`: not taken, and said so.
  if (!stack)
    for (const layer of Array.isArray(doc.mapLayers) ? (doc.mapLayers as Props[]) : [])
      notes.add(
        file,
        'noteOrbatLayer',
        { name: String(layer?.name ?? ''), kind: 'reference' },
        { group: String(layer?.id) },
      );
  for (const layer of stack ?? []) {
    // Stack entries of the first 3.x files: an overlay without `kind`, still holding GeoJSON `features`.
    if (layer && layer.kind === undefined && Array.isArray(layer.features) && !Array.isArray(layer.items)) {
      featureLayer(layer);
      continue;
    }
    const overlay = layer?.kind === 'overlay' || (layer?.kind === undefined && Array.isArray(layer?.items));
    if (!overlay) {
      notes.add(
        file,
        'noteOrbatLayer',
        { name: String(layer?.name ?? ''), kind: String(layer?.kind ?? layer?.type ?? '?') },
        { group: String(layer?.id) },
      );
      continue;
    }
    const items = (Array.isArray(layer.items) ? (layer.items as unknown[]) : [])
      .filter((item) => item && typeof item === 'object')
      .flatMap((item) => itemStages(item as Props, layer, file, notes));
    out.push({ layer: String(layer.name ?? 'ORBAT Mapper'), items });
  }
  return out;
}

const isTime = (t: unknown): t is number => typeof t === 'number' && Number.isFinite(t);

/**
 * Overlay geometries as context: drawn under the campaign, listed in the legend under their layer's name,
 * shown from `visibleFromT` until `visibleUntilT` (from `earliest` when only the end is given).
 */
export function overlayFeatures(
  doc: Props,
  file: string,
  notes: NoteList,
  ids: IdPool,
  props: Props,
  earliest: number,
): unknown[] {
  const out: unknown[] = [];
  for (const { layer, items } of overlaysOf(doc, file, notes)) {
    for (const o of items) {
      const geometry = geometryOf(o);
      if (!geometry) continue;
      const label = typeof o.name === 'string' && o.name ? o.name : layer;
      const p: Props = { ...props, id: ids.take(slugify(label, 'overlay')), kind: 'context', layer, label };
      if (typeof o.description === 'string' && o.description) p.note = o.description;
      const from = isTime(o.from) ? o.from : undefined;
      const until = isTime(o.until) ? o.until : undefined;
      if (until !== undefined) [p.start, p.end] = [isoOf(Math.min(from ?? earliest, until)), isoOf(until)];
      else if (from !== undefined) p.time = isoOf(from);
      if (Object.keys(o.rest).length) p.foreign = o.rest;
      out.push({ type: 'Feature', geometry, properties: p });
    }
  }
  return out;
}
