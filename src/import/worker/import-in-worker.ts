import { describeValue, expected } from '../../scenario/load-error';
import type { ImportMessage, ImportRequest } from './import-worker';
import { unpackResult } from './result-transfer';
import type { ScenarioFeature } from '../../model/scenario';
import type { ImportInput, ImportProgress, ImportResult } from '../types';
import { pair } from '../../i18n/strings';

export interface ImportJob {
  /** The import's result, or `cancelled` once `cancel` was called. */
  result: Promise<ImportResult | { cancelled: true }>;
  /** Stops the import at once (the worker is terminated); the page is left as it was. */
  cancel(): void;
}

/** Name of the performance measure each import leaves (its `detail` says the worker's own time). */
export const IMPORT_MEASURE = 'sandtable:import';

/**
 * Runs `importFiles` in a module worker, with the bytes transferred rather than copied (the inputs are
 * unusable afterwards). Progress comes every 100 ms or so; the result once the scenario is built.
 */
export function importInWorker(
  inputs: ImportInput[],
  options: ImportRequest['options'] & { onProgress?: (progress: ImportProgress) => void } = {},
): ImportJob {
  const { onProgress, ...workerOptions } = options;
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'import',
  });
  const start = performance.now();
  let settle: (value: ImportResult | { cancelled: true }) => void = () => {};
  const result = new Promise<ImportResult | { cancelled: true }>((resolve) => (settle = resolve));
  let settled = false;
  const finish = (value: ImportResult | { cancelled: true }) => {
    if (settled) return;
    settled = true;
    worker.terminate();
    settle(value);
  };
  const chunks: ScenarioFeature[][] = [];
  worker.onmessage = ({ data }: MessageEvent<ImportMessage>) => {
    if (data.type === 'progress') onProgress?.(data.progress);
    else if (data.type === 'features') chunks.push(data.features);
    else
      unpackResult(data.result, chunks).then(
        (unpacked) => {
          performance.measure(IMPORT_MEASURE, { start, detail: { workerMs: data.workerMs } });
          finish(unpacked);
        },
        (e: unknown) => finish(stopped(inputs, e instanceof Error ? e.message : String(e))),
      );
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish(stopped(inputs, event.message ?? 'worker error'));
  };
  const buffers = [...new Set(inputs.map((i) => i.bytes.buffer))].filter(
    (b): b is ArrayBuffer => b instanceof ArrayBuffer,
  );
  const request: ImportRequest = { inputs, options: workerOptions };
  worker.postMessage(request, buffers);
  return { result, cancel: () => finish({ cancelled: true }) };
}

/** The import stopped before its end: a bug, or more memory than the browser gives. */
function stopped(inputs: ImportInput[], why: string): ImportResult {
  return {
    ok: false,
    notes: [],
    errors: [
      {
        file: inputs.map((i) => i.name).join(', '),
        field: '',
        value: describeValue(why),
        ...expected(...pair('expectImportThatRunsEnd')),
      },
    ],
  };
}
