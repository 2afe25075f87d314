import type { Geometry, LineString } from 'geojson';
import type { LonLat } from '../../model/geo';
import { entryById, geojsonFiles, type DocEntry, type DocFeature, type DraftDoc } from './draft-doc';
import { featurePatch, manifestPatch, PatchError, type Change } from './patch';
import { carryVertexValues } from './retime';
import { isoSeconds } from './spread-times';

// Each function turns one user intent into a Change; nothing here mutates the doc.

/** A fresh feature id for this kind, unused in the doc: "movement-3". */
export function newFeatureId(doc: DraftDoc, kind: string): string {
  const used = new Set(doc.entries.map((e) => e.feature.properties.id));
  let n = 1;
  while (used.has(`${kind}-${n}`)) n++;
  return `${kind}-${n}`;
}

/** New features go into the first GeoJSON file of the scenario. */
export function fileForNewFeatures(doc: DraftDoc): string {
  return geojsonFiles(doc.manifest)[0] ?? 'features.geojson';
}

export function addFeature(doc: DraftDoc, feature: DocFeature): Change {
  return { patches: [featurePatch(doc, feature.properties.id, { file: fileForNewFeatures(doc), feature })] };
}

export function deleteFeature(doc: DraftDoc, id: string): Change {
  if (!entryById(doc, id)) return { patches: [] };
  return { patches: [featurePatch(doc, id, undefined)] };
}

function requireEntry(doc: DraftDoc, id: string): DocEntry {
  const entry = entryById(doc, id);
  if (!entry) throw new PatchError(`No feature "${id}" in the scenario`);
  return entry;
}

/**
 * Sets properties of a feature; a value of undefined removes the property. No change when nothing differs,
 * so re-committing an unchanged field leaves no empty undo step.
 */
export function setProperties(doc: DraftDoc, id: string, values: Record<string, unknown>): Change {
  const entry = requireEntry(doc, id);
  const properties = { ...entry.feature.properties };
  let changed = false;
  for (const [key, value] of Object.entries(values)) {
    if (key === 'id') continue;
    if (JSON.stringify(properties[key]) === JSON.stringify(value)) continue;
    changed = true;
    if (value === undefined) delete properties[key];
    else properties[key] = value;
  }
  if (!changed) return { patches: [] };
  return { patches: [featurePatch(doc, id, { ...entry, feature: { ...entry.feature, properties } })] };
}

const lineOf = (g: Geometry | undefined): LonLat[] | undefined =>
  g?.type === 'LineString' ? (g as LineString).coordinates.map((p) => [p[0], p[1]] as LonLat) : undefined;

/**
 * Replaces a feature's geometry (a vertex moved, inserted or deleted, or the whole feature moved). A
 * movement's per-vertex times and corridor widths follow its vertices (see carryVertexValues).
 */
export function setGeometry(doc: DraftDoc, id: string, geometry: Geometry): Change {
  const entry = requireEntry(doc, id);
  if (JSON.stringify(entry.feature.geometry) === JSON.stringify(geometry)) return { patches: [] };
  const properties = { ...entry.feature.properties };
  const before = lineOf(entry.feature.geometry);
  const after = lineOf(geometry);
  if (before && after) {
    const times = properties.coordTimes;
    if (Array.isArray(times) && times.every((t) => typeof t === 'string')) {
      const ms = carryVertexValues(
        before,
        times.map((t) => Date.parse(t)),
        after,
      );
      properties.coordTimes = ms.map((t) => (Number.isFinite(t) ? isoSeconds(t) : ''));
    }
    const widths = properties.coordUncertaintyKm;
    if (Array.isArray(widths) && widths.every((w) => typeof w === 'number'))
      properties.coordUncertaintyKm = carryVertexValues(before, widths, after).map(
        (w) => Math.round(w * 100) / 100,
      );
  }
  return {
    patches: [featurePatch(doc, id, { ...entry, feature: { type: 'Feature', geometry, properties } })],
  };
}

/** Sets a top-level field of scenario.json (undefined removes it); no change when it is the same. */
export function setManifest(doc: DraftDoc, key: string, value: unknown): Change {
  if (JSON.stringify(doc.manifest[key]) === JSON.stringify(value)) return { patches: [] };
  return { patches: [manifestPatch(doc, key, value)] };
}
