import { z } from 'zod';

// The scenario format, written once. `scripts/build-schema.ts` turns these into the JSON Schema files in
// geodata/schema/ for people who edit scenarios in other tools; the loader validates with the same objects.

export const FORMAT = 'sandtable-scenario/1';

// zod probes for `new Function` to speed up parsing; under the app's Content-Security-Policy that probe is
// a violation, so parse without it.
z.config({ jitless: true });

/**
 * The schema's own messages with their French twins, so a report in French has no English in it (zod's
 * built-in messages are translated by its French locale; these are ours).
 */
const MESSAGES = {
  isoInstant: [
    'an ISO 8601 date-time with a zone, e.g. 2023-11-14T06:00:00Z',
    'une date et heure ISO 8601 avec un fuseau, p. ex. 2023-11-14T06:00:00Z',
  ],
  text: [
    'a text, or texts per language { "en": …, "fr": … }',
    'un texte, ou un texte par langue { "en": …, "fr": … }',
  ],
  hexColor: ['a colour as #rrggbb', 'une couleur #rrvvbb'],
  id: ['an id of letters, digits, . _ : -', 'un identifiant fait de lettres, chiffres, . _ : -'],
  date: ['a date as YYYY, YYYY-MM or YYYY-MM-DD', 'une date AAAA, AAAA-MM ou AAAA-MM-JJ'],
  url: ['an http(s) URL', 'une URL http(s)'],
  pace: ['a pace such as "30m/s", "6h/s" or "1d/s"', 'un rythme tel que "30m/s", "6h/s" ou "1d/s"'],
  geojsonPath: [
    'a path to a .geojson file inside the folder',
    'un chemin vers un fichier .geojson dans le dossier',
  ],
  casualty: ['a killed or an injured count', 'un nombre de tués ou de blessés'],
  sidc: [
    'a 20- or 30-digit symbol code (SIDC of MIL-STD-2525D/E, APP-6D)',
    'un code de symbole de 20 ou 30 chiffres (SIDC de MIL-STD-2525D/E, APP-6D)',
  ],
} as const satisfies Record<string, readonly [en: string, fr: string]>;

const FRENCH = new Map<string, string>(Object.values(MESSAGES));

/** The French twin of one of the schema's own messages; undefined for zod's built-in ones. */
export function schemaMessageFr(message: string): string | undefined {
  return FRENCH.get(message);
}

/** An ISO 8601 instant with an explicit zone (`Z` or `±hh:mm`), so no reader has to guess the time zone. */
export const isoInstant = z.iso.datetime({ offset: true, local: false, message: MESSAGES.isoInstant[0] });

/** Text shown to users: one string, or one per language (English required, French expected). */
export const localizedText = z.union(
  [z.string().min(1), z.object({ en: z.string().min(1), fr: z.string().min(1).optional() }).strict()],
  { error: (issue) => (issue.code === 'invalid_union' ? MESSAGES.text[0] : undefined) },
);

export const certainty = z.enum(['confirmed', 'reported', 'claimed', 'estimated']);

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, MESSAGES.hexColor[0]);
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, MESSAGES.id[0]);
const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

export const side = z
  .object({
    id,
    name: localizedText,
    /** A few letters for map labels ("claimed by FAMa–Wagner"); defaults to `name`. */
    shortName: localizedText.optional(),
    color: hexColor,
    description: localizedText.optional(),
    /**
     * Sides this one fights. Read both ways (A lists B or B lists A) and only when the scenario has a
     * `perspective`: the perspective side's opponents are drawn hostile, every other side neutral.
     */
    opponents: z.array(id).optional(),
  })
  .strict();

export const source = z
  .object({
    id,
    title: z.string().min(1),
    publisher: z.string().min(1),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, MESSAGES.date[0]),
    url: z.url({ protocol: /^https?$/, message: MESSAGES.url[0] }).optional(),
    /** What this outlet reported, in a sentence, so a reader sees why it is cited (per language, or one text). */
    reported: localizedText.optional(),
    /** A file shipped with the scenario holding the source's text, relative to scenario.json. */
    file: z.string().optional(),
  })
  .strict();

export const view = z
  .object({
    center: z.tuple([lon, lat]),
    zoom: z.number().min(0).max(22),
    bearing: z.number().min(-360).max(360).default(0),
    pitch: z.number().min(0).max(85).default(0),
  })
  .strict();

/**
 * Playback pace of a chapter: scenario time per real second, e.g. "6h/s" (six hours a second), "1d/s", "30m/s".
 * A rate rather than a duration, so a chapter plays at the same speed whatever the length of the screen time.
 */
export const pace = z.string().regex(/^\d+(\.\d+)?[mhd]\/s$/, MESSAGES.pace[0]);

/** A briefing chapter: a time range with its caption and the camera that frames it. */
export const chapter = z
  .object({
    id,
    title: localizedText,
    caption: localizedText,
    start: isoInstant,
    end: isoInstant,
    camera: view,
    pace: pace.optional(),
  })
  .strict();

export const manifest = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(FORMAT),
    id,
    title: localizedText,
    description: localizedText.optional(),
    /** IANA zone the scenario's local times are in; Mali is Africa/Bamako (UTC+0). */
    timeZone: z.string().min(1),
    timeRange: z.object({ start: isoInstant, end: isoInstant }).strict(),
    initialTime: isoInstant.optional(),
    /** Where the map opens; without it, framed on all the features at the frame's size. */
    defaultView: view.optional(),
    sides: z.array(side).min(1),
    sources: z.array(source).min(1),
    files: z
      .array(
        z.string().regex(/^(?!.*(?:^|\/)\.\.(?:\/|$))[^/\\][^\\]*\.(geo)?json$/, MESSAGES.geojsonPath[0]),
      )
      .min(1),
    /** Briefing chapters in time order; the camera eases from one chapter's view to the next. */
    chapters: z.array(chapter).optional(),
    /**
     * Whose point of view the unit symbols take: a side id (that side friend, its opponents hostile, the rest
     * neutral), or "neutral" (the default: one frame shape for every side, filled with the side's colour).
     */
    perspective: z.union([z.literal('neutral'), id]).optional(),
  })
  .strict();

/**
 * A unit or installation symbol code: a number SIDC of MIL-STD-2525D/E or APP-6D (20 digits, 2525E may add
 * 10 more). Its standard identity digit (the 4th) is replaced by the scenario's perspective when drawn.
 */
export const sidc = z.string().regex(/^\d{20}(\d{10})?$/, MESSAGES.sidc[0]);

export const casualtyFigure = z
  .object({
    killed: z.number().int().min(0).optional(),
    injured: z.number().int().min(0).optional(),
    /** The figure is a floor ("at least 10"). */
    atLeast: z.boolean().optional(),
    /** Who gives this figure, e.g. "medical sources speaking to RFI". */
    according: localizedText,
    /** The same in a word or two for the map annotation, e.g. "RFI (medical)". */
    short: localizedText.optional(),
    sources: z.array(id).min(1),
  })
  .strict()
  .refine((c) => c.killed !== undefined || c.injured !== undefined, MESSAGES.casualty[0]);

export const claim = z.object({ by: id, text: localizedText, sources: z.array(id).min(1) }).strict();

export const controlChange = z.object({ time: isoInstant, side: id }).strict();

/**
 * What a feature is. `context` is the static background a user brings along (roads, boundaries, an area of
 * interest, untimed places): any geometry, no time needed, drawn under the campaign.
 */
export const featureKind = z.enum(['place', 'movement', 'event', 'strike', 'clash', 'area', 'context']);

export const movementType = z.enum(['advance', 'flank', 'retreat', 'withdrawal']);

/**
 * Properties every feature carries. Unknown extra properties are kept (tools such as togeojson add their
 * own), but the known ones are checked.
 */
export const featureProperties = z.looseObject({
  id: id.optional(),
  kind: featureKind,
  side: id,
  label: localizedText,
  /**
   * A short label drawn on the map (the full `label` is for lists and panels). When absent the map draws a
   * short form of `label` (see cartography/drawn-label.ts); `false` draws no label at all.
   */
  mapLabel: z.union([localizedText, z.literal(false)]).optional(),
  /**
   * How much its map label matters: where labels compete for room or for a dense map's label budget, a
   * higher priority is placed first (then the larger movement or event). 0 when absent.
   */
  priority: z.number().finite().optional(),
  note: localizedText.optional(),
  sources: z.array(id).min(1),
  certainty,
  claimedBy: id.optional(),
  /** Spatial uncertainty: the true position lies within this many km of the drawn one. */
  uncertaintyKm: z.number().min(0).max(1000).optional(),
  /** How sure the timing is, when it differs from `certainty` (e.g. a confirmed event at an estimated hour). */
  timeCertainty: certainty.optional(),
  time: isoInstant.optional(),
  start: isoInstant.optional(),
  end: isoInstant.optional(),
  /** Per-vertex times of a LineString, the convention @tmcw/togeojson uses for GPX/KML tracks. */
  coordTimes: z.array(isoInstant).optional(),
  /** Per-vertex spatial uncertainty of a LineString in km, for routes known only as a corridor. */
  coordUncertaintyKm: z.array(z.number().min(0).max(1000)).optional(),
  movementType: movementType.optional(),
  casualties: z.array(casualtyFigure).optional(),
  claims: z.array(claim).optional(),
  /** Where sources disagree, the disagreement written out. */
  disagreement: localizedText.optional(),
  control: z.array(controlChange).optional(),
  /** For `context`: the layer it belongs to in the legend ("Context: roads"); the file's name when absent. */
  layer: localizedText.optional(),
  /** Unit symbol drawn at a movement's head or at a place (from the scenario, or ORBAT Mapper's units). */
  sidc: sidc.optional(),
  /**
   * Symbol changes over time, in time order: from each `time` on, its `sidc` is drawn instead (a unit
   * destroyed, reorganised, or changing role, as ORBAT Mapper's unit states record it).
   */
  sidcChanges: z.array(z.object({ time: isoInstant, sidc }).strict()).optional(),
  /** How sure the symbol's type is, when it differs from `certainty` (a type inferred from the sources). */
  sidcCertainty: certainty.optional(),
  /** Sources for the symbol's type, when they differ from `sources`. */
  sidcSources: z.array(id).min(1).optional(),
  /** Why this symbol: what the sources say of the force, and what is inferred. */
  sidcNote: localizedText.optional(),
  /**
   * Properties another tool wrote, kept as they were (a `note: null`, a `sources` string, an OSM id) so
   * nothing of the user's file is lost; shown in the event panel, never interpreted.
   */
  foreign: z.record(z.string(), z.unknown()).optional(),
});

export type LocalizedText = z.infer<typeof localizedText>;
export type Certainty = z.infer<typeof certainty>;
export type SideSpec = z.infer<typeof side>;
export type SourceSpec = z.infer<typeof source>;
export type ViewSpec = z.infer<typeof view>;
export type ChapterSpec = z.infer<typeof chapter>;
export type Manifest = z.infer<typeof manifest>;
export type FeatureKind = z.infer<typeof featureKind>;
export type MovementType = z.infer<typeof movementType>;
export type FeatureProperties = z.infer<typeof featureProperties>;
export type CasualtyFigure = z.infer<typeof casualtyFigure>;
export type Claim = z.infer<typeof claim>;
export type ControlChange = z.infer<typeof controlChange>;
export type Perspective = NonNullable<z.infer<typeof manifest>['perspective']>;
