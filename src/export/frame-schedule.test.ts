import { problemText, type Problem } from '../i18n/problem';
import { describe, expect, it } from 'vitest';
import {
  frameFileName,
  framesFor,
  frameTime,
  scenarioRate,
  scheduleProblems,
  videoTimestamp,
} from './frame-schedule';

const DAY = 86_400_000;

const texts = (problems: Problem[]) => problems.map((p) => problemText(p, 'en')).join(' ');

describe('frame schedule', () => {
  const s = { from: 0, to: 5 * DAY, fps: 30, frames: framesFor(30, 20) };

  it('maps video time to scenario time by exact steps', () => {
    expect(s.frames).toBe(600);
    expect(frameTime(s, 0)).toBe(0);
    expect(frameTime(s, 1)).toBe((5 * DAY) / 600);
    expect(frameTime(s, 600)).toBe(5 * DAY);
    expect(videoTimestamp(s, 30)).toBe(1);
    expect(scenarioRate(s)).toBe(DAY / 4);
  });

  it('rejects bad schedules', () => {
    expect(scheduleProblems(s)).toEqual([]);
    expect(texts(scheduleProblems({ ...s, to: 0 }))).toMatch(/after its start/);
    expect(texts(scheduleProblems({ ...s, fps: 0 }))).toMatch(/fps/);
    expect(texts(scheduleProblems({ ...s, frames: 1.5 }))).toMatch(/whole number/);
  });

  it('numbers frames so they sort', () => {
    expect(frameFileName(7, 600)).toBe('frame-00007.png');
    expect(frameFileName(123456, 200000)).toBe('frame-123456.png');
  });
});
