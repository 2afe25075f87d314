import { z } from 'zod';
import * as scenario from '../src/model/schema';

// JSON Schema for people who edit scenarios in other tools (VS Code, QGIS forms, online validators), made from
// the zod schemas the loader itself uses so the two cannot disagree. `npm run schema` writes the files;
// json-schemas.test.ts fails when the committed files differ from what this produces.

/** Where the files live, relative to the repository root. */
export const SCHEMA_DIR = 'geodata/schema';
export const MANIFEST_SCHEMA_FILE = 'scenario.schema.json';
export const FEATURE_COLLECTION_SCHEMA_FILE = 'feature-collection.schema.json';

// No public URL hosts these files, and an invented https one would look fetchable; a URN names them
// without pretending. The format version is part of it so that a /2 format gets new ids.
const FORMAT_VERSION = scenario.FORMAT.split('/')[1] ?? '1';
const urn = (name: string) => `urn:sandtable:schema:${name}:${FORMAT_VERSION}`;

export type JsonSchema = Record<string, unknown>;

interface Meta {
  /** Name under `$defs`; a shared sub-schema gets one so it is written once and referred to. */
  id?: string;
  title?: string;
  description?: string;
}

const FIELD_CHECKS_NOTE =
  'The loader checks more than this schema can say: that side and source ids are declared in scenario.json, ' +
  'that times do not run backwards, that per-vertex arrays have one value per vertex, and which geometry ' +
  'each kind of feature may have.';

// ---- GeoJSON (RFC 7946), written in zod so the coordinate limits are the ones the manifest's view uses ----

const [lon, lat] = scenario.view.shape.center.def.items;

const position = z.tuple([lon, lat, z.number().optional()]);
const bbox = z.array(z.number()).min(4);
const linearRing = z.array(position).min(4);
/** A GeoJSON geometry object of one type: its coordinates, an optional bbox, foreign members kept. */
const geometryOf = <T extends string, C extends z.ZodType>(type: T, coordinates: C) =>
  z.looseObject({ type: z.literal(type), coordinates, bbox: bbox.optional() });
const geoPoint = geometryOf('Point', position);
const geoMultiPoint = geometryOf('MultiPoint', z.array(position));
const geoLineString = geometryOf('LineString', z.array(position).min(2));
const geoMultiLineString = geometryOf('MultiLineString', z.array(z.array(position).min(2)));
const geoPolygon = geometryOf('Polygon', z.array(linearRing).min(1));
const geoMultiPolygon = geometryOf('MultiPolygon', z.array(z.array(linearRing).min(1)));
const simpleGeometries = [
  geoPoint,
  geoMultiPoint,
  geoLineString,
  geoMultiLineString,
  geoPolygon,
  geoMultiPolygon,
] as const;
// RFC 7946 §3.1.8 advises against nesting collections; only context accepts one, and one level is enough.
const geoGeometryCollection = z.looseObject({
  type: z.literal('GeometryCollection'),
  geometries: z.array(z.discriminatedUnion('type', simpleGeometries)),
  bbox: bbox.optional(),
});
const geometry = z.discriminatedUnion('type', [...simpleGeometries, geoGeometryCollection]);
const feature = z.looseObject({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  geometry,
  properties: scenario.featureProperties,
  bbox: bbox.optional(),
});
const featureCollection = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(feature),
  bbox: bbox.optional(),
});

// ---- Descriptions. schema.ts keeps its explanations in comments, which zod cannot see, so they are given
// here, attached to the very schema objects the loader uses. A `.describe()`/`.meta()` added in schema.ts
// later takes precedence over these (see `withGlobal`). ----

function describe(reg: z.core.$ZodRegistry<Meta>): void {
  const s = scenario;
  const m = s.manifest.shape;
  const p = s.featureProperties.shape;
  // schema.ts reuses instances (a feature's `side` *is* the `id` schema, its `label` *is* `localizedText`), and
  // a registry holds one entry per instance, so a second entry would silently relabel every other use.
  const add = (schema: z.core.$ZodType, meta: Meta) => {
    if (reg.has(schema)) throw new Error(`json-schemas: schema described twice (${JSON.stringify(meta)})`);
    reg.add(schema, withGlobal(schema, meta));
  };

  add(s.isoInstant, {
    id: 'Instant',
    description:
      'An ISO 8601 date-time with a zone, Z or ±hh:mm, e.g. 2023-11-14T06:00:00Z, so no reader has to guess ' +
      'the time zone. Fractions of a second are allowed.',
  });
  add(s.localizedText, {
    id: 'LocalizedText',
    description:
      'Text shown to users: one string, or one per language with English required and French expected.',
  });
  add(s.certainty, {
    id: 'Certainty',
    description: 'How sure the fact is. A "claimed" feature names the side making the claim in claimedBy.',
  });
  add(s.side.shape.id, {
    id: 'Id',
    description: 'An id: letters, digits, and . _ : - after the first character, which is a letter or digit.',
  });
  add(s.side.shape.color, { description: 'The side’s colour as #rrggbb.' });
  add(s.side, { id: 'Side', description: 'A party to the events, drawn in its colour.' });
  add(s.source, { id: 'Source', description: 'A published source that features cite by id.' });
  add(s.source.shape.date, { description: 'Publication date as YYYY, YYYY-MM or YYYY-MM-DD.' });
  add(s.source.shape.url, { description: 'Where the source can be read, an http(s) URL.' });
  add(s.source.shape.reported, {
    description: 'What this outlet reported, in a sentence, so a reader sees why it is cited.',
  });
  add(s.source.shape.file, {
    description: 'A file shipped with the scenario holding the source’s text, relative to scenario.json.',
  });
  add(s.view, {
    id: 'View',
    description: 'A map camera; scenario.json defaultView is the one the map opens on.',
  });
  add(s.view.shape.center, { description: 'Map centre as [longitude, latitude] in degrees (WGS 84).' });
  add(s.casualtyFigure, {
    id: 'CasualtyFigure',
    description:
      'A casualty figure: according says who gives it (e.g. "medical sources speaking to RFI"), sources where ' +
      'it was published.',
  });
  add(s.casualtyFigure.shape.atLeast, { description: 'The figure is a floor ("at least 10").' });
  add(s.casualtyFigure.shape.short, {
    description: 'Who gives the figure in a word or two, for the map annotation, e.g. "RFI (medical)".',
  });
  add(s.claim, { id: 'Claim', description: 'What one side claims, and where the claim was reported.' });
  add(s.controlChange, { id: 'ControlChange', description: 'From `time` on, `side` holds the place.' });

  add(m.$schema, { description: 'Path or URL of this JSON Schema, for editors; ignored by Sandtable.' });
  add(m.format, { description: 'The format and its version.' });
  add(m.timeZone, {
    description:
      'IANA time zone the scenario’s local times are shown in, e.g. Africa/Bamako for Mali (UTC+0).',
  });
  add(m.timeRange, { description: 'The span the time bar covers; end is after start.' });
  add(m.initialTime, { description: 'Where playback starts, inside timeRange; defaults to its start.' });
  add(m.sides, { description: 'The parties, each with a unique id.' });
  add(m.sources, { description: 'The sources features cite, each with a unique id.' });
  add(m.files, {
    description:
      'The GeoJSON FeatureCollections that make up the scenario (see feature-collection.schema.json), ' +
      'relative to scenario.json, each listed once.',
  });

  add(s.featureProperties, {
    id: 'FeatureProperties',
    description:
      'Properties of every scenario feature: side (an id from scenario.json sides), label (the name on the ' +
      'map), certainty and sources, and what its kind needs. Unknown extra properties are kept (tools such as ' +
      'togeojson add their own), but the known ones are checked.',
  });
  add(p.id, {
    description: 'The feature’s id, unique across the scenario; the feature’s own `id` is used if absent.',
  });
  add(p.kind, {
    description:
      'What the feature is, which fixes its geometry: place, event, strike: Point; clash: Point, Polygon or ' +
      'MultiPolygon; area: Polygon or MultiPolygon; movement: LineString with coordTimes; context (static ' +
      'background such as roads or boundaries, drawn under the campaign, no time needed): any geometry.',
  });
  add(p.layer, {
    description:
      'For context: its layer’s name in the legend ("Context: roads"); the file’s name when absent.',
  });
  add(p.sidc, {
    description:
      'A military symbol code (MIL-STD-2525 / APP-6 SIDC), kept for symbology, e.g. from ORBAT Mapper.',
  });
  add(p.foreign, {
    description:
      'Properties another tool wrote, kept as they were when the file was imported; shown, never interpreted.',
  });
  add(p.sources, { description: 'Ids of the sources, from scenario.json sources, this feature rests on.' });
  add(p.claimedBy, { description: 'The side making the claim; required when certainty is "claimed".' });
  add(p.uncertaintyKm, {
    description: 'Spatial uncertainty: the true position lies within this many km of the drawn one.',
  });
  add(p.note, { description: 'A longer note shown with the feature.' });
  add(p.mapLabel, {
    description:
      'A short label drawn on the map (the full label is for lists and panels); no map label when absent.',
  });
  add(p.casualties, { description: 'One figure per source that gives one.' });
  add(p.claims, { description: 'Each side’s claim about this feature.' });
  add(p.timeCertainty, {
    description:
      'How sure the timing is, when it differs from certainty (e.g. a confirmed event at an estimated hour).',
  });
  add(p.time, {
    description: 'When an event happened; events, strikes and clashes need a time or a window.',
  });
  add(p.start, { description: 'Start of a time window, with end; not together with time.' });
  add(p.end, { description: 'End of a time window, not before start.' });
  add(p.coordTimes, {
    description:
      'Per-vertex times of a movement’s LineString, one per vertex, never running backwards (the @tmcw/togeojson ' +
      'convention for GPX/KML tracks). Two equal times in a row make the head jump.',
  });
  add(p.coordUncertaintyKm, {
    description: 'Per-vertex spatial uncertainty of a LineString in km, for routes known only as a corridor.',
  });
  add(p.movementType, { description: 'How a movement is drawn and described.' });
  add(p.disagreement, { description: 'Where sources disagree, the disagreement written out.' });
  add(p.control, { description: 'Who holds a place over time.' });

  add(position, {
    id: 'Position',
    description: '[longitude, latitude] in degrees (WGS 84), optionally followed by an altitude in metres.',
  });
  add(bbox, { id: 'BBox', description: 'Bounding box, RFC 7946 §5.' });
  add(linearRing, {
    id: 'LinearRing',
    description: 'A closed ring: at least 4 positions, the last equal to the first.',
  });
  add(geoPoint, { id: 'Point' });
  add(geoMultiPoint, { id: 'MultiPoint' });
  add(geoLineString, { id: 'LineString' });
  add(geoMultiLineString, { id: 'MultiLineString' });
  add(geoPolygon, { id: 'Polygon' });
  add(geoMultiPolygon, { id: 'MultiPolygon' });
  add(geoGeometryCollection, { id: 'GeometryCollection' });
  add(geometry, { id: 'Geometry', description: 'A GeoJSON geometry (RFC 7946 §3.1); null is not accepted.' });
  add(feature, {
    id: 'Feature',
    description: 'A GeoJSON Feature whose properties follow the scenario format.',
  });
  add(featureCollection.shape.features, { description: 'The features; ids are unique across all files.' });
}

/** Metadata already set in schema.ts (`.describe()`, `.meta()`) wins over the descriptions written here. */
function withGlobal(schema: z.core.$ZodType, meta: Meta): Meta {
  const global = z.globalRegistry.get(schema);
  return { ...meta, ...(global?.description ? { description: global.description } : {}) };
}

/** Fills in what the converter drops: descriptions set in schema.ts on unregistered schemas, URL protocols. */
function override(ctx: { zodSchema: z.core.$ZodType; jsonSchema: z.core.JSONSchema.BaseSchema }): void {
  const { zodSchema, jsonSchema } = ctx;
  const global = z.globalRegistry.get(zodSchema);
  if (global?.description && !jsonSchema.description) jsonSchema.description = global.description;
  const def = zodSchema._zod.def as { format?: string; protocol?: RegExp };
  // z.url({ protocol }) becomes only `format: uri`, which admits ftp: and mailto: that the loader refuses (and
  // zod, unlike the WHATWG parser, wants the `//`).
  if (def.format === 'url' && def.protocol) {
    const protocol = def.protocol.source.replace(/^\^/, '').replace(/\$$/, '');
    jsonSchema.pattern = `^(?:${protocol})://`;
  }
}

function convert(schema: z.core.$ZodType, reg: z.core.$ZodRegistry<Meta>): JsonSchema {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    // What people write, not what the loader returns: fields with defaults (view bearing, pitch) are optional.
    io: 'input',
    metadata: reg,
    // Every zod construct used here has a JSON Schema equivalent; fail loudly if schema.ts adds one without.
    unrepresentable: 'throw',
    override,
  }) as JsonSchema;
}

/** `$schema`, `$id`, `title`, `description` first, so the files read well, then what zod produced. */
function root(generated: JsonSchema, head: { $id: string; title: string; description: string }): JsonSchema {
  const { $schema, ...rest } = generated;
  return { $schema, ...head, ...rest };
}

/**
 * The two JSON Schema files, keyed by file name: the manifest (scenario.json) and a FeatureCollection whose
 * features' properties follow the scenario format. Pure and deterministic: the same zod schemas give the
 * same objects.
 */
export function buildJsonSchemas(): Record<string, JsonSchema> {
  const reg = z.registry<Meta>();
  describe(reg);
  return {
    [MANIFEST_SCHEMA_FILE]: root(convert(scenario.manifest, reg), {
      $id: urn('scenario'),
      title: `Sandtable scenario manifest (${scenario.FORMAT})`,
      description:
        'scenario.json: the scenario’s title, time range, map view, sides and sources, and the GeoJSON files ' +
        `that hold its features. ${FIELD_CHECKS_NOTE}`,
    }),
    [FEATURE_COLLECTION_SCHEMA_FILE]: root(convert(featureCollection, reg), {
      $id: urn('feature-collection'),
      title: `Sandtable scenario features (${scenario.FORMAT})`,
      description:
        'A GeoJSON FeatureCollection (RFC 7946) listed in scenario.json `files`: places, movements, events, ' +
        `strikes, clashes and areas. ${FIELD_CHECKS_NOTE}`,
    }),
  };
}

/** The file text: 2-space JSON and a trailing newline, the same on every run. */
export function formatJsonSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
