import type { FeatureState } from '../frame/frame-at';
import type { Scenario } from '../model/scenario';
import type { FeatureProperties } from '../model/schema';
import type { RGBA } from './legend-entry';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A strike pulses on a period of scenario time, so its phase comes from `t` and never from the clock. */
export const PULSE_PERIOD_MS = 3 * HOUR;
/** An instant strike pulses for this long after it happens. */
export const PULSE_AFTER_MS = 6 * HOUR;
/** Markers fade toward `FADED_ALPHA` with this half-life after their time (or window) ends. */
export const FADE_HALF_LIFE_MS = 2 * DAY;
export const FADED_ALPHA = 90;

const NEUTRAL = '#a0a0a0';

export function hexRgba(hex: string, alpha = 255): RGBA {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${JSON.stringify(hex)}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16), Math.round(alpha)];
}

export function sideColor(scenario: Scenario, side: string | undefined, alpha = 255): RGBA {
  return hexRgba((side && scenario.sideById.get(side)?.color) || NEUTRAL, alpha);
}

/**
 * Sides alternate between a solid and a hollow line, so two sides stay apart in greyscale prints and for
 * readers who cannot tell their colours apart.
 */
export function sideLineStyle(scenario: Scenario, side: string): 'solid' | 'hollow' {
  const index = scenario.sides.findIndex((s) => s.id === side);
  return index % 2 === 1 ? 'hollow' : 'solid';
}

/** Geometry drawn dashed: where it is an estimate rather than reported. */
export function isEstimated(props: FeatureProperties): boolean {
  return props.certainty === 'estimated';
}

export function isClaimed(props: FeatureProperties): boolean {
  return props.certainty === 'claimed';
}

/** Claims from more than one side about the same thing: drawn as contested. */
export function isContested(props: FeatureProperties): boolean {
  return new Set((props.claims ?? []).map((c) => c.by)).size > 1;
}

/** Opacity of a marker: full while its time or window lasts, then fading but never gone. */
export function markerAlpha(state: FeatureState, t: number): number {
  if (state.inWindow) return 255;
  const since = t - state.feature.until;
  return FADED_ALPHA + (255 - FADED_ALPHA) * Math.pow(0.5, since / FADE_HALF_LIFE_MS);
}

/** Pulse phase 0–1 while a strike is pulsing, else null. */
export function pulsePhase(state: FeatureState, t: number): number | null {
  const pulsing = state.feature.windowed ? state.inWindow : state.age <= PULSE_AFTER_MS;
  if (!pulsing) return null;
  const into = t - state.feature.appears;
  return (((into % PULSE_PERIOD_MS) + PULSE_PERIOD_MS) % PULSE_PERIOD_MS) / PULSE_PERIOD_MS;
}
