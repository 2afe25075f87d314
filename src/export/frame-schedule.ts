import type { Problem } from '../i18n/problem';
/**
 * The virtual clock of an export: frame i shows scenario time t_i = from + i·(to − from)/frames and sits at
 * i/fps seconds in the video. Nothing here reads the wall clock, so a frame's picture depends only on i.
 */
export interface FrameSchedule {
  from: number;
  to: number;
  fps: number;
  frames: number;
}

/**
 * The frames [first, first + count) of a schedule: a segment of a long export rendered apart from the rest
 * (issue 26). Frame numbers, times and video timestamps stay those of the whole schedule, so segments join
 * end to end with nothing rewritten.
 */
export interface FrameSpan {
  first: number;
  count: number;
}

/** The span a request renders: the whole schedule unless it names a segment. */
export function spanOf(s: FrameSchedule & { span?: FrameSpan }): FrameSpan {
  return s.span ?? { first: 0, count: s.frames };
}

/** Why a span does not fit its schedule, or undefined: a script's mistake, so plain English. */
export function spanProblem(s: FrameSchedule, span: FrameSpan): string | undefined {
  const { first, count } = span;
  if (
    !Number.isInteger(first) ||
    !Number.isInteger(count) ||
    first < 0 ||
    count < 1 ||
    first + count > s.frames
  )
    return `span: frames ${first} to ${first + count - 1} are not within the ${s.frames} frames of the export`;
  return undefined;
}

export const MIN_FPS = 1;
export const MAX_FPS = 120;
/** Ten minutes at 60 fps: beyond that an export is better split into chapters. */
export const MAX_FRAMES = 36_000;

export function framesFor(fps: number, durationSeconds: number): number {
  return Math.max(1, Math.round(fps * durationSeconds));
}

export function scheduleProblems(s: FrameSchedule): Problem[] {
  const problems: Problem[] = [];
  if (!Number.isFinite(s.from) || !Number.isFinite(s.to)) problems.push({ key: 'problemBadDate' });
  else if (!(s.to > s.from)) problems.push({ key: 'problemRangeOrder' });
  if (!(s.fps >= MIN_FPS && s.fps <= MAX_FPS))
    problems.push({ key: 'problemFps', values: { min: MIN_FPS, max: MAX_FPS, fps: s.fps } });
  if (!Number.isInteger(s.frames) || s.frames < 1 || s.frames > MAX_FRAMES)
    problems.push({ key: 'problemFrames', values: { max: MAX_FRAMES, frames: s.frames } });
  return problems;
}

/** Scenario time of frame i: exactly the start for i = 0, one step short of `to` for the last frame. */
export function frameTime(s: FrameSchedule, i: number): number {
  return s.from + (i * (s.to - s.from)) / s.frames;
}

/** Scenario milliseconds that one second of video covers. */
export function scenarioRate(s: FrameSchedule): number {
  return ((s.to - s.from) * s.fps) / s.frames;
}

/** Video timestamp of frame i, in seconds. */
export function videoTimestamp(s: FrameSchedule, i: number): number {
  return i / s.fps;
}

/** `frame-00042.png`: zero-padded to at least 5 digits, so names sort in frame order in any file browser. */
export function frameFileName(i: number, frames: number, prefix = 'frame'): string {
  const digits = Math.max(5, String(Math.max(0, frames - 1)).length);
  return `${prefix}-${String(i).padStart(digits, '0')}.png`;
}
