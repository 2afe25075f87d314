import type { Geometry } from 'geojson';
import type { FeatureKind } from '../../model/schema';
import type { LonLat } from '../../model/geo';
import type { DocFeature, DraftDoc } from './draft-doc';
import { newFeatureId } from './edits';
import { isoSeconds, spreadTimes } from './spread-times';

/** What a drawing tool makes, named by the button that makes it. */
export type DrawTool = 'movement' | 'place' | 'event' | 'strike' | 'area';

export interface NewFeatureContext {
  /** The timeline's t: a point happens at it, a movement starts at it. */
  t: number;
  /** How long a new movement takes, spread over its vertices by distance. */
  durationMs: number;
  /** The default label, e.g. "Movement 3", in each language. */
  label: (id: string, kind: FeatureKind) => { en: string; fr: string };
}

const KIND: Record<DrawTool, FeatureKind> = {
  movement: 'movement',
  place: 'place',
  event: 'event',
  strike: 'strike',
  // A drawn area is a clash zone at t until the user calls it a controlled area.
  area: 'clash',
};

function firstSide(doc: DraftDoc): string {
  const sides = doc.manifest.sides;
  const first = Array.isArray(sides) ? (sides[0] as { id?: unknown } | undefined) : undefined;
  return typeof first?.id === 'string' ? first.id : '';
}

/**
 * The feature a finished drawing becomes. It is honest by default: certainty "estimated" (drawn by hand)
 * and no sources, which the problem list flags until one is given.
 */
export function newFeature(
  doc: DraftDoc,
  tool: DrawTool,
  geometry: Geometry,
  ctx: NewFeatureContext,
): DocFeature {
  const kind = KIND[tool];
  const id = newFeatureId(doc, kind);
  const properties: DocFeature['properties'] = {
    id,
    kind,
    side: firstSide(doc),
    label: ctx.label(id, kind),
    sources: [],
    certainty: 'estimated',
  };
  if (kind === 'movement' && geometry.type === 'LineString') {
    const coords = geometry.coordinates.map((p) => [p[0], p[1]] as LonLat);
    properties.coordTimes = spreadTimes(coords, ctx.t, ctx.durationMs).map(isoSeconds);
    properties.movementType = 'advance';
  } else if (kind !== 'place') {
    properties.time = isoSeconds(ctx.t);
  }
  return { type: 'Feature', geometry, properties };
}
