import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prefetchingRender } from './prefetch-frames';
import type { DrawnFrame } from './offscreen-renderer';
import { settled } from '../../tests/support/fake-clock';

/**
 * A renderer whose draws and composites each take 5 ms of fake time, logging what happens when: the order is
 * the one the timers give, the same on every run and on any machine.
 */
function fakeRenderer() {
  const log: string[] = [];
  const renderer = {
    draw: async (t: number) => {
      log.push(`draw ${t} start`);
      // The lost draw takes longest, so it is still under way when the frame before it is done.
      await new Promise((r) => setTimeout(r, t === 99 ? 50 : 5));
      if (t === 99) {
        log.push('draw 99 failed');
        throw new Error('lost');
      }
      log.push(`draw ${t} done`);
      return { pixels: { slot: t % 2 }, furniture: {} } as unknown as DrawnFrame;
    },
    composite: async (d: DrawnFrame) => {
      log.push(`composite ${d.pixels.slot} start`);
      await new Promise((r) => setTimeout(r, 5));
      log.push(`composite ${d.pixels.slot} done`);
      return {} as OffscreenCanvas;
    },
  };
  return { renderer, log };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('prefetchingRender', () => {
  it('draws frame i+1 while frame i is composited, each frame drawn once', async () => {
    const { renderer, log } = fakeRenderer();
    const frames = prefetchingRender(renderer, 3, (r, i) => r.draw(i, i));
    for (let i = 0; i < 3; i++) await settled(frames.render(i));
    expect(log.filter((l) => l.startsWith('draw') && l.endsWith('start'))).toEqual([
      'draw 0 start',
      'draw 1 start',
      'draw 2 start',
    ]);
    // The next draw starts before this frame's composite has finished.
    expect(log.indexOf('draw 1 start')).toBeLessThan(log.indexOf('composite 0 done'));
    expect(log.indexOf('draw 2 start')).toBeLessThan(log.indexOf('composite 1 done'));
    expect(log.at(-1)).toBe('composite 0 done');
  });

  it('asks for frames in order, and drain waits for a draw started ahead even when it fails', async () => {
    const { renderer, log } = fakeRenderer();
    const frames = prefetchingRender(renderer, 5, (r, i) => r.draw(i === 1 ? 99 : i, i));
    await expect(settled(frames.render(1))).rejects.toThrow('asked for 1, expected 0');
    await settled(frames.render(0));
    expect(log).toContain('draw 99 start');
    await settled(frames.drain().then(() => log.push('drained')));
    expect(log.slice(-2)).toEqual(['draw 99 failed', 'drained']);
    await expect(settled(frames.render(1))).rejects.toThrow('lost');
  });
});
