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
