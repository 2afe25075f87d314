/** Progress of an export, as the dialog and scripts see it. */
export interface ExportProgress {
  done: number;
  total: number;
  /** Seconds left at the rate so far; undefined until a frame is done. */
  etaSeconds: number | undefined;
  /** Frames per second so far (UI time). */
  rate: number | undefined;
}

/**
 * Frames done and time left. The clock is injected: progress is UI time (allowed to read the wall clock);
 * what is drawn never depends on it.
 */
export class ProgressTracker {
  private readonly started: number;
  private done = 0;

  constructor(
    readonly total: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  frameDone(): ExportProgress {
    this.done++;
    return this.progress();
  }

  progress(): ExportProgress {
    const elapsed = (this.now() - this.started) / 1000;
    if (this.done === 0 || elapsed <= 0)
      return { done: this.done, total: this.total, etaSeconds: undefined, rate: undefined };
    const rate = this.done / elapsed;
    return { done: this.done, total: this.total, etaSeconds: (this.total - this.done) / rate, rate };
  }
}

/** `1:05` / `1:02:03` for an ETA. */
export function formatEta(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '…';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export class ExportCancelled extends Error {
  constructor() {
    super('Export cancelled');
    this.name = 'ExportCancelled';
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ExportCancelled();
}

export function isCancel(error: unknown): boolean {
  return error instanceof ExportCancelled || (error instanceof DOMException && error.name === 'AbortError');
}

/**
 * Runs `produce(i)` for every frame and `consume(i, value)` on its result, with consume of frame i
 * overlapping produce of frame i+1 (encoding runs while the next frame renders). At most one consume is in
 * flight, so at most two frames are held at once, and consumers see frames in order.
 */
export async function pipelineFrames<T>(
  total: number,
  produce: (i: number) => Promise<T>,
  consume: (i: number, value: T) => Promise<void>,
  options: {
    signal?: AbortSignal;
    onFrame?: (i: number) => void;
    /** Releases a produced value that will never be consumed (a cancel, or the previous consume failed). */
    discard?: (value: T) => void;
  } = {},
): Promise<void> {
  let pending: Promise<void> = Promise.resolve();
  try {
    for (let i = 0; i < total; i++) {
      throwIfAborted(options.signal);
      const value = await produce(i);
      try {
        await pending;
        throwIfAborted(options.signal);
      } catch (error) {
        options.discard?.(value);
        throw error;
      }
      pending = consume(i, value).then(() => options.onFrame?.(i));
    }
    await pending;
  } catch (error) {
    // Do not leave a rejected consume unobserved behind a produce error.
    await pending.catch(() => undefined);
    throw error;
  }
}
