/**
 * How dense the map is, and how its symbols adapt: campaign arrows for a few movements, slim tracks with small
 * heads for hundreds, heads alone for thousands; a label budget; events grouped by area when too many are in
 * view to be told apart. A pure function of counts on screen and the zoom, so the same frame always gets the
 * same styling and the legend can say which was used.
 */

export type DensityTier = 'campaign' | 'tracks' | 'heads';

/** What the rules read: what is in view at t under the camera. */
export interface DensityInput {
  /** Movements drawn in view at t (heads in the frame, moving or finished). */
  movements: number;
  /** Of those, the ones still moving. */
  moving: number;
  /** Point events and strikes drawn in view at t. */
  events: number;
  /** The camera's zoom. */
  zoom: number;
}

/** Sizes of one symbol in CSS px: its casing (drawn under) and its core, for a finished and a moving movement. */
export interface HeadSizes {
  casing: { done: number; moving: number };
  core: { done: number; moving: number };
}

export interface Density {
  tier: DensityTier;
  /** Movements in view (what the legend line counts). */
  movements: number;
  /** Movements in view still moving. */
  moving: number;
  /** Point events and strikes in view. */
  events: number;
  /**
   * Trail width of a moving and of a finished movement, px; the casing is drawn `casing` px wider (none when
   * 0); a finished movement is drawn at `doneAlpha`.
   */
  trail: { moving: number; done: number; casing: number; doneAlpha: number };
  /**
   * Finished movements drawn as a dot where they ended (`trail.done` px across) rather than as their whole
   * track: when more are in view than lines can be told apart (and drawn in time).
   */
  doneDots: boolean;
  /** Arrowheads; sizes 0 draw no head. */
  heads: HeadSizes;
  /** Opacity of a solid side's halo casing, as a share of the movement's own alpha. */
  haloAlpha: number;
  /**
   * Trails fade out behind the head over this much scenario time (ms); Infinity keeps the whole trail
   * (campaign and tracks). At the heads tier only the recent part of each track is drawn.
   */
  trailMs: number;
  /** How many movement and event labels are drawn at most (Infinity: no budget). Places are not counted. */
  labelBudget: number;
  /** Events drawn as counts per area rather than one by one. */
  aggregateEvents: boolean;
  /** Size of event markers, strike bursts and pulses against today's (1): smaller when many are in view. */
  eventScale: number;
  /** The grid cell events are grouped in when aggregated, CSS px at the camera's whole zoom level. */
  cellPx: number;
}

/** Up to this many movements in view the map draws today's campaign arrows. */
export const CAMPAIGN_MAX = 24;
/** Up to this many moving, slim tracks with small heads; beyond, heads only (and faint finished tracks). */
export const TRACKS_MAX = 300;
/** Finished movements in view drawn as thin lines up to this many; beyond, as dots where they ended. */
export const DONE_LINES_MAX = 1000;
/** Labels drawn for movements and events at most, beyond the campaign tier. */
export const LABEL_BUDGET = 20;
/** Up to this many events in view they keep today's sizes; beyond, smaller markers and bursts. */
export const EVENTS_FULL_SIZE = 150;
/** Events in view beyond which they are grouped by area, below `AGGREGATE_MAX_ZOOM`. */
export const AGGREGATE_EVENTS = 1500;
/** From this zoom on, events are always drawn one by one (a town's streets: every one can be told apart). */
export const AGGREGATE_MAX_ZOOM = 11;
/** Beyond this many moving in view, heads and trails get smaller still (a crowd). */
export const HEADS_CROWD = 1500;
/** Heads-tier trails: the last 6 hours of each movement (3 for a crowd). */
const HEADS_TRAIL_MS = 6 * 3_600_000;

/** Today's campaign arrows (the Kidal scenario's look): the widths and sizes the layers always drew. */
const CAMPAIGN = {
  trail: { moving: 7, done: 5, casing: 4, doneAlpha: 120 },
  heads: { casing: { done: 26, moving: 34 }, core: { done: 20, moving: 27 } },
  haloAlpha: 0.8,
};

/**
 * The styling for what is in view. Up to `CAMPAIGN_MAX` movements (moving or finished) the campaign arrows;
 * beyond, the tier follows how many are moving: slim tracks with small heads up to `TRACKS_MAX`, heads on the
 * last hours of their track beyond. Finished movements beyond the campaign tier are thin muted lines without a
 * head, fainter when there are many, and past `DONE_LINES_MAX` a dot where each ended. Labels get a budget beyond the campaign tier; events are grouped by area
 * when more than `AGGREGATE_EVENTS` are in view below `AGGREGATE_MAX_ZOOM`.
 */
export function densityOf(input: DensityInput): Density {
  const n = Math.max(0, input.movements);
  const moving = Math.min(n, Math.max(0, input.moving));
  const done = n - moving;
  const tier: DensityTier = n <= CAMPAIGN_MAX ? 'campaign' : moving <= TRACKS_MAX ? 'tracks' : 'heads';
  const aggregateEvents = input.events > AGGREGATE_EVENTS && input.zoom < AGGREGATE_MAX_ZOOM;
  const events = Math.max(0, input.events);
  const eventScale = events <= EVENTS_FULL_SIZE ? 1 : 0.6;
  const common = { movements: n, moving, events, aggregateEvents, eventScale, cellPx: 56 };
  if (tier === 'campaign')
    return {
      tier,
      ...common,
      ...CAMPAIGN,
      doneDots: false,
      trailMs: Infinity,
      // A few movements: every label that fits, unless events crowd the map.
      labelBudget: aggregateEvents ? LABEL_BUDGET : Infinity,
    };
  const doneTrail =
    done <= TRACKS_MAX
      ? { done: 2, doneAlpha: 110 }
      : done <= DONE_LINES_MAX
        ? { done: 1, doneAlpha: 70 }
        : { done: 3, doneAlpha: 90 };
  const doneDots = done > DONE_LINES_MAX;
  if (tier === 'tracks')
    return {
      tier,
      ...common,
      trail: { moving: 3, casing: 2, ...doneTrail },
      doneDots,
      heads: { casing: { done: 0, moving: 15 }, core: { done: 0, moving: 11 } },
      haloAlpha: 0.6,
      trailMs: Infinity,
      labelBudget: LABEL_BUDGET,
    };
  // A crowd: smaller heads with a thinner, fainter casing and shorter, thinner trails, so the map between
  // them (and which side is where) still shows through.
  const crowd = moving > HEADS_CROWD;
  return {
    tier,
    ...common,
    trail: { moving: crowd ? 1 : 1.5, casing: 0, ...doneTrail },
    doneDots,
    heads: crowd
      ? { casing: { done: 0, moving: 8 }, core: { done: 0, moving: 6 } }
      : { casing: { done: 0, moving: 11 }, core: { done: 0, moving: 8 } },
    haloAlpha: crowd ? 0.35 : 0.5,
    trailMs: crowd ? HEADS_TRAIL_MS / 2 : HEADS_TRAIL_MS,
    labelBudget: LABEL_BUDGET,
  };
}

/** Today's styling, for a frame nobody counted (a layer built on its own, a test). */
export const CAMPAIGN_DENSITY: Density = densityOf({ movements: 0, moving: 0, events: 0, zoom: 0 });
