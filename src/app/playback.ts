/**
 * Moves `t` forward while playing. The only place that reads a clock: the frame time of
 * requestAnimationFrame becomes scenario time at `rate` scenario-ms per real second; everything drawn
 * depends on `t` alone.
 */
export class Playback {
  #raf = 0;
  #last: number | undefined;

  constructor(
    private readonly advance: (deltaMs: number) => void,
    public rate: number,
  ) {}

  get playing(): boolean {
    return this.#raf !== 0;
  }

  play(): void {
    if (this.playing) return;
    this.#last = undefined;
    const step = (now: number) => {
      if (this.#last !== undefined) this.advance(((now - this.#last) / 1000) * this.rate);
      this.#last = now;
      if (this.#raf) this.#raf = requestAnimationFrame(step);
    };
    this.#raf = requestAnimationFrame(step);
  }

  pause(): void {
    cancelAnimationFrame(this.#raf);
    this.#raf = 0;
  }
}

/** Where playback runs: it stops at `end`, or with `loop` wraps back to `start`. */
export interface PlayRange {
  start: number;
  end: number;
  loop: boolean;
}

/**
 * One playback step: t moved by `delta`, wrapped or stopped at the range's end. Whole milliseconds, so a
 * moment written into a link reads back as the same t.
 */
export function advanceWithin(t: number, delta: number, range: PlayRange): { t: number; stop: boolean } {
  const next = Math.round(t + delta);
  if (next < range.end) return { t: Math.max(range.start, next), stop: false };
  if (!range.loop) return { t: range.end, stop: true };
  const span = range.end - range.start;
  return { t: span > 0 ? range.start + ((next - range.start) % span) : range.start, stop: false };
}
