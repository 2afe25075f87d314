// The importer's own thread: parsing a 20 MB GPX or a 50 MB GeoJSON and validating 100,000 features takes
// seconds, which on the page's thread would freeze the map and the Cancel button with it.
import type { MovementFeature, ScenarioFeature } from '../../model/scenario';
import { importFiles } from '../import-files';
import { packResult } from './result-transfer';
import type { ImportInput, ImportOptions, ImportProgress, ImportResult } from '../types';

export interface ImportRequest {
  inputs: ImportInput[];
  options: Pick<ImportOptions, 'eventsAsChapters' | 'limits'>;
}

export type ImportMessage =
  | { type: 'progress'; progress: ImportProgress }
  /** A chunk of the scenario's features, ahead of the result (see result-transfer.ts). */
  | { type: 'features'; features: ScenarioFeature[] }
  | { type: 'done'; result: ImportResult; workerMs: number };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportMessage, transfer?: Transferable[]): void;
}
const scope = globalThis as unknown as WorkerScope;

/** Progress at most this often: each message costs the page a task. */
const PROGRESS_MS = 100;

/** The typed arrays of the built scenario move to the page instead of being copied. */
function movable(arrays: Iterable<unknown>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const a of arrays) if (ArrayBuffer.isView(a) && a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  return [...buffers];
}
const trackArrays = (features: ScenarioFeature[]) =>
  features.flatMap((f) => {
    const track = (f as Partial<MovementFeature>).track;
    return track ? [track.times, track.cumKm, track.segBearing] : [];
  });

scope.onmessage = async ({ data }) => {
  const start = performance.now();
  let last = -Infinity;
  let lastPhase = '';
  const result = await importFiles(data.inputs, {
    ...data.options,
    onProgress: (progress) => {
      const now = performance.now();
      // A new phase always shows, however soon after the last message: the user reads each step once.
      const phase = `${progress.phase}:${progress.file ?? ''}`;
      if (phase === lastPhase && now - last < PROGRESS_MS) return;
      last = now;
      lastPhase = phase;
      scope.postMessage({ type: 'progress', progress });
    },
  });
  const packed = packResult(result);
  for (const features of packed.chunks)
    scope.postMessage({ type: 'features', features }, movable(trackArrays(features)));
  const tracks = packed.result.ok ? movable(Object.values(packed.result.scenario.packed)) : [];
  scope.postMessage({ type: 'done', result: packed.result, workerMs: performance.now() - start }, [
    ...tracks,
    ...packed.transfer,
  ]);
};
