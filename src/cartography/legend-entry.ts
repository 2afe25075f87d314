import type { LocalizedText } from '../model/schema';

export type RGBA = [number, number, number, number];

/** How a legend swatch is drawn: the same vocabulary the map layers use, so the key matches the map. */
export type Swatch =
  /** A movement trail; `dash` in px, `casing` an outline colour drawn wider underneath. */
  | { type: 'line'; color: RGBA; width: number; dash?: [number, number]; casing?: RGBA }
  /** A campaign arrow: trail with an arrowhead. `muted` for finished movements. */
  | { type: 'arrow'; color: RGBA; casing?: RGBA; dash?: [number, number] }
  /** A point marker; `ring` draws a second, dashed outer ring (time known only to a window). */
  | { type: 'circle'; fill: RGBA; stroke: RGBA; ring?: RGBA }
  /** A strike's pulse: concentric rings fading outwards. */
  | { type: 'pulse'; color: RGBA }
  /** A translucent disc with a dashed edge: position known to ± r km. */
  | { type: 'halo'; fill: RGBA; stroke: RGBA }
  /** A band of varying width: a route known only as a corridor. */
  | { type: 'corridor'; fill: RGBA; stroke: RGBA }
  /** An area; `hatch` draws diagonal hatching in that colour (contested). */
  | { type: 'area'; fill: RGBA; stroke: RGBA; hatch?: RGBA }
  /** A unit symbol as the map draws it: its cell in the scenario's symbol atlas. */
  | { type: 'symbol'; icon: string };

/**
 * The legend's groups, in the order it reads: who (one swatch per side), how sure (one row of uncertainty
 * marks), what (the kinds of event on the map now), and the context layers under the campaign. Unit symbols
 * (`symbol`) read like sides: one row each, its meaning in words.
 */
export type LegendGroup = 'side' | 'symbol' | 'mark' | 'kind' | 'context';

/** One item of the legend: a swatch, its caption (a name or a word), and what it means in a sentence. */
export interface LegendEntry {
  key: string;
  group: LegendGroup;
  swatch: Swatch;
  /** Drawn beside the swatch: a side's name, or one word. */
  label: LocalizedText;
  /** What it means, for the map's text description and anyone who asks. */
  explanation: LocalizedText;
}
