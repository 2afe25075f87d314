import { expect } from 'vitest';
import type { ScenarioFeature } from '../../src/model/scenario';

type Props = Record<string, unknown>;

/**
 * Asserts that nothing of another tool's feature was lost on import: each of its properties is on the
 * loaded feature, either as the Sandtable property of that name or, as written, under `foreign`.
 */
export function expectKept(original: Props, loaded: ScenarioFeature): void {
  const props = loaded.props as Props;
  const foreign = (props.foreign ?? {}) as Props;
  for (const [key, value] of Object.entries(original)) {
    const kept = key in foreign ? foreign[key] : props[key];
    expect(kept, `${loaded.id}: property ${key}`).toEqual(value);
  }
}

/** The properties of each feature of a GeoJSON FeatureCollection text. */
export function propertiesOf(geojson: string): Props[] {
  const doc = JSON.parse(geojson) as { features: { properties: Props | null }[] };
  return doc.features.map((f) => f.properties ?? {});
}
