import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load';
import { DEFAULT_SCENARIO_FILES } from '../scenario/default-scenario';
import { eventMarks } from './event-marks';
import { eventTimes } from './steps';

const loaded = loadScenario(DEFAULT_SCENARIO_FILES);
if (!loaded.ok) throw new Error('the Kidal scenario should load');
const kidal = loaded.scenario;
const whole = { start: kidal.start, end: kidal.end };

describe('event marks', () => {
  it('marks dated events, strikes and clashes, not places or movements', () => {
    const marks = eventMarks(kidal, whole, 1000);
    expect(marks.length).toBeGreaterThan(20);
    expect(new Set(marks.map((m) => m.feature.kind))).toEqual(new Set(['event', 'strike', 'clash']));
  });

  it('draws windows as bands, keeps overlapping marks in separate lanes where it can', () => {
    const range = { start: Date.parse('2023-11-13T00:00:00Z'), end: Date.parse('2023-11-15T00:00:00Z') };
    const marks = eventMarks(kidal, range, 1200);
    const night = marks.find((m) => m.feature.id === 'clash-night-attack-13-14nov')!;
    expect(night.band).toBe(true);
    expect(night.end - night.start).toBe(13.5 * 3_600_000);
    expect(new Set(marks.map((m) => m.lane)).size).toBe(3);
    expect(marks.every((m) => m.end >= range.start && m.start <= range.end)).toBe(true);
  });

  it('gives event stops in order without duplicates', () => {
    const times = eventTimes(kidal);
    expect(times).toEqual([...new Set(times)].sort((a, b) => a - b));
    expect(times).toContain(Date.parse('2023-11-13T17:00:00Z'));
  });
});
