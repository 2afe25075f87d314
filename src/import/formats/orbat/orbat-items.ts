import type { NoteList } from '../../notes';
import { isPosition } from './orbat-units';

// The items of a 3.x overlay layer (`layerStack[].items`): geometries, and from 3.4 tactical graphics
// (control points), annotations (a text at a point) and measurements (a drawn line or area). Sandtable draws
// each as the plain shape it stands on; what it cannot draw is named in the report.

type Props = Record<string, unknown>;

/** An overlay as the importer draws it: a geometry with its name, note and visibility window. */
export interface Overlay {
  geometry: unknown;
  name?: unknown;
  description?: unknown;
  from?: unknown;
  until?: unknown;
  /** For a circle: its radius in metres and that the geometry is its centre. */
  radius?: unknown;
  kind?: unknown;
  rest: Props;
}

const SKIP = new Set([
  'id',
  'name',
  'description',
  'geometry',
  'visibleFromT',
  'visibleUntilT',
  'kind',
  'state',
]);
export const restOf = (o: Props) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !SKIP.has(k) && !k.startsWith('_')));

/**
 * A tactical graphic's control points as the shape under it: an arrow (main or supporting attack, axis of
 * advance) along its points without the last, which only sets the arrow's width; an area (or a closed ring)
 * as a polygon; anything else as a line; one point as a point.
 */
function controlGeometry(points: unknown, graphicKind: unknown): unknown {
  let pts = Array.isArray(points) ? points.filter(isPosition).map((p) => p.slice(0, 2)) : [];
  const kind = typeof graphicKind === 'string' ? graphicKind : '';
  if (/attack|axis|advance/.test(kind) && pts.length >= 3) pts = pts.slice(0, -1);
  if (pts.length === 1) return { type: 'Point', coordinates: pts[0] };
  if (pts.length < 2) return undefined;
  const [a, z] = [pts[0]!, pts[pts.length - 1]!];
  const closed = pts.length >= 4 && a[0] === z[0] && a[1] === z[1];
  if (closed) return { type: 'Polygon', coordinates: [pts] };
  if (/area|zone/.test(kind) && pts.length >= 3) return { type: 'Polygon', coordinates: [[...pts, a]] };
  return { type: 'LineString', coordinates: pts };
}

const textOf = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * One layer item as an overlay, or undefined when it is not drawn (said in `notes`): hidden in ORBAT
 * Mapper, of a kind Sandtable does not know, or anchored to another item.
 */
export function itemOverlay(item: Props, layer: Props, file: string, notes: NoteList): Overlay | undefined {
  const name = textOf(item.name) ?? textOf((item.meta as Props | undefined)?.name) ?? '';
  const kind = item.kind ?? 'geometry';
  if (item.isHidden === true) {
    notes.add(file, 'noteOrbatHidden', { name });
    return undefined;
  }
  const base = {
    from: item.visibleFromT ?? layer.visibleFromT,
    until: item.visibleUntilT ?? layer.visibleUntilT,
    description: item.description,
    rest: restOf(item),
  };
  let geometry: unknown;
  let label: unknown = item.name;
  if (kind === 'tacticalGraphic') {
    geometry = controlGeometry(item.controlPoints, item.graphicKind);
    const amp = { ...((item.modifiers ?? {}) as Props), ...((item.textAmplifiers ?? {}) as Props) };
    label = item.name ?? textOf(amp.T) ?? textOf(amp.uniqueDesignation);
  } else if (kind === 'annotation') {
    const anchor = item.anchor as Props | undefined;
    if (anchor?.type === 'point' && isPosition(anchor.position))
      geometry = { type: 'Point', coordinates: anchor.position.slice(0, 2) };
    const content = item.content as Props | undefined;
    label = textOf(content?.text) ?? textOf(content?.markdown) ?? item.name;
  } else if (kind === 'measurement') {
    const source = item.source as Props | undefined;
    if (source?.type === 'geometry') geometry = source.geometry;
  } else if (kind !== 'geometry') {
    notes.add(file, 'noteOrbatItemSkipped', { name, kind: String(kind) });
    return undefined;
  }
  if (kind !== 'geometry') {
    if (!geometry) {
      notes.add(file, 'noteOrbatItemSkipped', { name, kind: String(kind) });
      return undefined;
    }
    notes.add(file, 'noteOrbatGraphics', { name: textOf(label) ?? name });
    return { ...base, geometry, name: label };
  }
  // Geometry item fields moved over the versions: GeoJSON `properties`, then `meta`, then the item itself.
  const legacy = { ...((item.properties ?? {}) as Props), ...((item.meta ?? {}) as Props) };
  const meta: Props = { radius: legacy.radius, ...((item.geometryMeta ?? {}) as Props) };
  return {
    ...base,
    geometry: item.geometry,
    radius: meta.radius,
    kind: meta.geometryKind ?? legacy.type,
    name: item.name ?? legacy.name,
    description: item.description ?? legacy.description,
    from: item.visibleFromT ?? legacy.visibleFromT ?? layer.visibleFromT,
    until: item.visibleUntilT ?? legacy.visibleUntilT ?? layer.visibleUntilT,
  };
}
