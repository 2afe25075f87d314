import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load';
import { frameAt } from '../frame/frame-at';
import { miniFiles } from '../../tests/fixtures/mini-scenario';
import {
  FADED_ALPHA,
  HOUR,
  hexRgba,
  markerAlpha,
  pulsePhase,
  sideLineStyle,
  PULSE_PERIOD_MS,
} from './symbology';

function mini() {
  const r = loadScenario(miniFiles());
  if (!r.ok) throw new Error('mini scenario rejected');
  return r.scenario;
}
const strikeAt = (t: number) => frameAt(mini(), t).events.find((e) => e.feature.id === 'strike')!;
const start = Date.parse('2023-11-12T18:00:00Z');

describe('symbology', () => {
  it('parses colours and rejects bad ones with the value', () => {
    expect(hexRgba('#0072B2', 128)).toEqual([0, 114, 178, 128]);
    expect(() => hexRgba('blue')).toThrow('"blue"');
  });

  it('alternates solid and hollow lines by side', () => {
    expect(sideLineStyle(mini(), 'blue')).toBe('solid');
    expect(sideLineStyle(mini(), 'red')).toBe('hollow');
  });

  it('pulses a window strike across its window with a phase taken from t', () => {
    expect(pulsePhase(strikeAt(start), start)).toBe(0);
    expect(pulsePhase(strikeAt(start + PULSE_PERIOD_MS / 4), start + PULSE_PERIOD_MS / 4)).toBeCloseTo(0.25);
    expect(pulsePhase(strikeAt(start + PULSE_PERIOD_MS), start + PULSE_PERIOD_MS)).toBe(0);
    const after = start + 13 * HOUR;
    expect(pulsePhase(strikeAt(after), after)).toBeNull();
  });

  it('fades a marker after its window but never below the floor', () => {
    const end = Date.parse('2023-11-13T06:00:00Z');
    expect(markerAlpha(strikeAt(end), end)).toBe(255);
    const a1 = markerAlpha(strikeAt(end + 24 * HOUR), end + 24 * HOUR);
    const a2 = markerAlpha(strikeAt(end + 96 * HOUR), end + 96 * HOUR);
    expect(a1).toBeLessThan(255);
    expect(a2).toBeLessThan(a1);
    expect(a2).toBeGreaterThan(FADED_ALPHA);
  });
});
