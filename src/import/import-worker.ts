// The importer's own thread: parsing a 20 MB GPX or a 50 MB GeoJSON and validating 100,000 features takes
// seconds, which on the page's thread would freeze the map and the Cancel button with it.
import { importFiles } from './import-files';
import { packResult } from './result-transfer';
import type { ImportInput, ImportOptions, ImportProgress, ImportResult } from './types';

export interface ImportRequest {
  inputs: ImportInput[];
  options: Pick<ImportOptions, 'eventsAsChapters' | 'limits'>;
}

export type ImportMessage =
  { type: 'progress'; progress: ImportProgress } | { type: 'done'; result: ImportResult; workerMs: number };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportMessage, transfer?: Transferable[]): void;
}
const scope = globalThis as unknown as WorkerScope;

/** Progress at most this often: each message costs the page a task. */
const PROGRESS_MS = 100;

/** The typed arrays of the built scenario move to the page instead of being copied. */
function transferables(result: ImportResult): Transferable[] {
  if (!result.ok) return [];
  const buffers = new Set<ArrayBufferLike>();
  for (const a of Object.values(result.scenario.packed)) if (ArrayBuffer.isView(a)) buffers.add(a.buffer);
  for (const m of result.scenario.movements)
    for (const a of [m.track.times, m.track.cumKm, m.track.segBearing]) buffers.add(a.buffer);
  return [...buffers].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

scope.onmessage = async ({ data }) => {
  const start = performance.now();
  let last = -Infinity;
  const result = await importFiles(data.inputs, {
    ...data.options,
    onProgress: (progress) => {
      const now = performance.now();
      if (now - last < PROGRESS_MS) return;
      last = now;
      scope.postMessage({ type: 'progress', progress });
    },
  });
  const packed = packResult(result);
  const transfer = [...transferables(packed.result), ...packed.transfer];
  scope.postMessage({ type: 'done', result: packed.result, workerMs: performance.now() - start }, transfer);
};
