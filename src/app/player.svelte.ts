import { advanceWithin, Playback, type PlayRange } from './playback';
import type { AppState } from './app-state.svelte';
import type { Chapter } from '../model/scenario';
import type { Interval } from '../timeline/night';

/** Play/pause, speed, loop and chapter playback on top of the clock in playback.ts; it only moves `t`. */
export class Player {
  /** Loop over `loopRange` (the timeline's visible range) instead of stopping at the end. */
  loop = $state(false);
  loopRange: Interval | undefined = $state.raw();
  #range: PlayRange | undefined;
  readonly #playback: Playback;

  constructor(private readonly app: AppState) {
    this.#playback = new Playback((delta) => {
      if (!this.#range) return;
      const step = advanceWithin(this.app.t, delta, this.#range);
      this.app.setTime(step.t);
      if (step.stop) this.stop();
    }, app.rate);
  }

  stop(): void {
    this.#playback.pause();
    this.app.playing = false;
  }

  toggle(): void {
    if (this.app.playing) return this.stop();
    const s = this.app.scenario;
    const range =
      this.loop && this.loopRange
        ? { ...this.loopRange, loop: true }
        : { start: s.start, end: s.end, loop: false };
    if (this.app.t >= range.end || this.app.t < range.start) this.app.setTime(range.start);
    this.#start(range, this.app.rate);
  }

  /** Plays a chapter from its start to its end at its own pace, and stops there for the next click. */
  playChapter(chapter: Chapter): void {
    this.stop();
    this.app.chapter = chapter.id;
    this.app.setTime(chapter.start);
    this.#start({ start: chapter.start, end: chapter.end, loop: false }, chapter.pace ?? this.app.rate);
  }

  /** Speed changes apply at once, also mid-play. */
  setRate(rate: number): void {
    this.app.rate = rate;
    if (this.app.playing && !this.app.chapter) this.#playback.rate = rate;
  }

  #start(range: PlayRange, rate: number): void {
    this.#range = range;
    this.#playback.rate = rate;
    this.#playback.play();
    this.app.playing = true;
  }
}
