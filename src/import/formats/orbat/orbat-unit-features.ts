import { isoOf } from '../time-formats';
import { isoTimes, unitLists, type OrbatUnit, type UnitPath } from './orbat-units';

// An ORBAT Mapper unit as Sandtable features: where to find the units of a side, the properties a unit's
// features share, one feature per stretch of its path, its symbol changes, and a side's colour.

type Props = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const isTime = (t: unknown): t is number => typeof t === 'number' && Number.isFinite(t);
/** A number SIDC (2525D/E, APP-6D), which Sandtable draws. */
const NUMBER_SIDC = /^\d{20}(\d{10})?$/;
/** Unit fields Sandtable reads; the rest of a unit is kept under `foreign`. */
const READ = new Set(['id', 'name', 'shortName', 'sidc', 'description', 'location', 'state', 'subUnits']);

/** Every unit of a side, through its groups and sub-units (`units` in the oldest files), without recursion. */
export function unitsOf(side: Props): OrbatUnit[] {
  const out: OrbatUnit[] = [];
  const groups = Array.isArray(side.groups) ? (side.groups as unknown[]) : [];
  const stack: unknown[][] = [
    unitLists(side),
    ...groups.map((g) => (g && typeof g === 'object' ? unitLists(g as Props) : [])),
  ];
  while (stack.length) {
    for (const u of stack.pop() as OrbatUnit[]) {
      out.push(u);
      stack.push(unitLists(u));
    }
  }
  return out;
}

/** ORBAT Mapper colours a side by its standard identity when it has no fill colour of its own. */
const IDENTITY_COLOURS: Record<string, string> = {
  '0': '#F0E442',
  '1': '#F0E442',
  '2': '#0072B2',
  '3': '#0072B2',
  '4': '#009E73',
  '5': '#D55E00',
  '6': '#D55E00',
};

/** A side's colour: its own fill colour, else its identity's unless another side already has that one. */
export function sideColour(side: Props, taken: Iterable<string>): string | undefined {
  const fill = (side.symbolOptions as Props | undefined)?.fillColor;
  if (typeof fill === 'string' && /^#[0-9a-f]{6}$/i.test(fill)) return fill;
  // Two sides of one identity would look alike: the second takes the next free palette colour instead.
  const byIdentity = IDENTITY_COLOURS[String(side.standardIdentity)];
  return byIdentity && ![...taken].includes(byIdentity) ? byIdentity : undefined;
}

/** The properties every feature of a unit carries: its names, symbol, note, symbol changes, the rest kept aside. */
export function unitProps(unit: OrbatUnit, base: Props & { label: string }): Props {
  const foreign = Object.fromEntries(
    Object.entries(unit).filter(([k]) => !READ.has(k) && !k.startsWith('_')),
  );
  const props: Props = {
    ...base,
    ...(str(unit.shortName) ? { mapLabel: str(unit.shortName) } : {}),
    // A number SIDC (2525D/E, APP-6D) is drawn; an older letter code is kept, not drawn.
    ...(typeof unit.sidc === 'string' && NUMBER_SIDC.test(unit.sidc) ? { sidc: unit.sidc } : {}),
    ...(str(unit.description) ? { note: str(unit.description) } : {}),
    foreign: {
      orbatId: unit.id,
      ...(typeof unit.sidc === 'string' && !NUMBER_SIDC.test(unit.sidc) && { sidc: unit.sidc }),
      ...foreign,
    },
  };
  const changes = sidcChanges(unit);
  if (changes.length) props.sidcChanges = changes;
  return props;
}

/** One stretch of a unit on the map: a movement, or a place (from its first state's time when dated). */
export function unitFeature(props: Props, path: UnitPath): unknown {
  const { coords, times } = path;
  if (coords.length >= 2)
    return {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: coords },
      properties: { ...props, kind: 'movement', coordTimes: isoTimes(times) },
    };
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: coords[0] },
    // A unit first placed by a state appears then; one with only its own `location` is there throughout.
    properties: {
      ...props,
      kind: 'place',
      ...(path.fromState && times.length ? { time: isoOf(times[0] as number) } : {}),
    },
  };
}

/** The unit's symbol changes (a state with a new number `sidc`), in time order, as the scenario format writes them. */
function sidcChanges(unit: OrbatUnit): { time: string; sidc: string }[] {
  const out: { time: string; sidc: string }[] = [];
  const states = (Array.isArray(unit.state) ? (unit.state as Props[]) : [])
    .filter((s) => s && isTime(s.t) && typeof s.sidc === 'string' && NUMBER_SIDC.test(s.sidc))
    .sort((a, b) => (a.t as number) - (b.t as number));
  let current = unit.sidc;
  for (const s of states) {
    if (s.sidc === current) continue;
    out.push({ time: isoOf(s.t as number), sidc: s.sidc as string });
    current = s.sidc;
  }
  return out;
}
