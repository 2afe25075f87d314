import { describe, expect, it, vi } from 'vitest';
import { ExportCancelled, formatEta, pipelineFrames, ProgressTracker } from './export-job';
import { settled } from '../../tests/support/fake-clock';

describe('export job', () => {
  it('estimates time left from an injected clock', () => {
    let now = 0;
    const p = new ProgressTracker(10, () => now);
    expect(p.progress().etaSeconds).toBeUndefined();
    now = 2000;
    p.frameDone();
    now = 4000;
    const q = p.frameDone();
    expect(q).toMatchObject({ done: 2, total: 10, rate: 0.5, etaSeconds: 16 });
    expect(formatEta(q.etaSeconds)).toBe('0:16');
    expect(formatEta(3725)).toBe('1:02:05');
  });

  it('overlaps consuming frame i with producing frame i+1, in order', async () => {
    const log: string[] = [];
    // Each consume takes 5 ms of fake time: the order is the pipeline's, not the machine's.
    vi.useFakeTimers();
    try {
      await settled(
        pipelineFrames(
          3,
          async (i) => {
            log.push(`p${i}`);
            return i;
          },
          async (i) => {
            log.push(`c${i}<`);
            await new Promise((r) => setTimeout(r, 5));
            log.push(`c${i}>`);
          },
        ),
      );
    } finally {
      vi.useRealTimers();
    }
    expect(log).toEqual(['p0', 'c0<', 'p1', 'c0>', 'c1<', 'p2', 'c1>', 'c2<', 'c2>']);
  });

  it('stops on abort', async () => {
    const ac = new AbortController();
    const done: number[] = [];
    const discarded: number[] = [];
    await expect(
      pipelineFrames(
        10,
        async (i) => {
          if (i === 2) ac.abort();
          return i;
        },
        async (i) => void done.push(i),
        { signal: ac.signal, discard: (i) => discarded.push(i) },
      ),
    ).rejects.toBeInstanceOf(ExportCancelled);
    expect(done).toEqual([0, 1]);
    // Frame 2 was produced as the signal fired: it is handed back to be released, not dropped.
    expect(discarded).toEqual([2]);
  });

  it('releases the produced frame when the previous consume fails', async () => {
    const discarded: number[] = [];
    await expect(
      pipelineFrames(
        5,
        async (i) => i,
        async (i) => {
          if (i === 1) throw new Error('encoder failed');
        },
        { discard: (i) => discarded.push(i) },
      ),
    ).rejects.toThrow('encoder failed');
    expect(discarded).toEqual([2]);
  });
});
