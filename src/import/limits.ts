import { expected, type LoadError } from '../scenario/load-error';
import { formatBytes } from './text';
import { pair } from '../i18n/strings';

/**
 * What the importer accepts at most. A browser tab has one thread and a few GB: past these the page would
 * freeze or die, so the user gets a clear error naming the limit instead.
 */
export interface Limits {
  /** Bytes of one file, or of one zip entry once inflated. */
  fileBytes: number;
  /** Bytes of everything imported at once, zip entries counted inflated. */
  totalBytes: number;
  /** Entries in one zip. */
  zipEntries: number;
  /** Inflated ÷ compressed size of a zip entry; real GeoJSON stays far below, zip bombs go to ~1000. */
  zipRatio: number;
  /** Features (or CSV rows) in one import. */
  features: number;
  /** Positions in one feature's geometry. */
  verticesPerGeometry: number;
  /** Positions in the whole import. */
  vertices: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  fileBytes: 50_000_000,
  totalBytes: 200_000_000,
  zipEntries: 10_000,
  zipRatio: 200,
  features: 100_000,
  verticesPerGeometry: 100_000,
  vertices: 2_000_000,
};

/** Ratios are only judged past this size: tiny files of repeated text compress absurdly well and are harmless. */
export const RATIO_MIN_BYTES = 1_000_000;

export function resolveLimits(overrides?: Partial<Limits>): Limits {
  return { ...DEFAULT_LIMITS, ...overrides };
}

export function fileTooLarge(file: string, bytes: number, limits: Limits): LoadError | undefined {
  if (bytes <= limits.fileBytes) return undefined;
  return {
    file,
    field: '',
    value: formatBytes(bytes),
    ...expected(
      ...pair(
        'expectFileMostPerFile',
        { fileBytes: formatBytes(limits.fileBytes) },
        { fileBytes: formatBytes(limits.fileBytes, 'fr') },
      ),
      formatBytes(bytes, 'fr'),
    ),
  };
}

/** Checks sizes before anything is decoded or parsed, so an oversized pick costs nothing. */
export function checkInputSizes(inputs: readonly { name: string; bytes: Uint8Array }[], limits: Limits) {
  const errors: LoadError[] = [];
  let total = 0;
  for (const input of inputs) {
    total += input.bytes.length;
    const e = fileTooLarge(input.name, input.bytes.length, limits);
    if (e) errors.push(e);
  }
  if (total > limits.totalBytes)
    errors.push(totalTooLarge(inputs.map((i) => i.name).join(', '), total, limits));
  return errors;
}

export function totalTooLarge(file: string, bytes: number, limits: Limits): LoadError {
  return {
    file,
    field: '',
    value: formatBytes(bytes),
    ...expected(
      ...pair(
        'expectMostAllTotalSize',
        { totalBytes: formatBytes(limits.totalBytes) },
        { totalBytes: formatBytes(limits.totalBytes, 'fr') },
      ),
      formatBytes(bytes, 'fr'),
    ),
  };
}

export function tooManyFeatures(file: string, count: number, limits: Limits): LoadError | undefined {
  if (count <= limits.features) return undefined;
  return {
    file,
    field: 'features',
    value: `${count} features`,
    ...expected(
      ...pair('expectMostFeaturesImportFeature', { features: limits.features }),
      `${count} éléments`,
    ),
  };
}

/**
 * Counts positions (arrays starting with a number) in a geometry of any shape, without recursion so a
 * maliciously deep nesting cannot overflow the stack. Counts them all, so a refusal gives the real number.
 */
export function countVertices(geometry: unknown): number {
  let count = 0;
  const stack: unknown[] = [geometry];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      if (typeof node[0] === 'number') count++;
      else for (const child of node) stack.push(child);
    } else if (typeof node === 'object' && node !== null) {
      const g = node as { coordinates?: unknown; geometries?: unknown };
      if (g.coordinates !== undefined) stack.push(g.coordinates);
      if (Array.isArray(g.geometries)) for (const child of g.geometries) stack.push(child);
    }
  }
  return count;
}

export function tooManyVerticesInGeometry(
  file: string,
  feature: string,
  count: number,
  limits: Limits,
): LoadError | undefined {
  if (count <= limits.verticesPerGeometry) return undefined;
  return {
    file,
    feature,
    field: 'geometry',
    value: `${count} vertices`,
    ...expected(
      ...pair('expectMostVerticesGeometrySimplify', { verticesPerGeometry: limits.verticesPerGeometry }),
      `${count} sommets`,
    ),
  };
}

export function tooManyVertices(file: string, count: number, limits: Limits): LoadError | undefined {
  if (count <= limits.vertices) return undefined;
  return {
    file,
    field: 'geometry',
    value: `${count} vertices`,
    ...expected(...pair('expectMostVerticesImportTotal', { vertices: limits.vertices }), `${count} sommets`),
  };
}
