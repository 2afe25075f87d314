import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { miniFeatures, miniManifest } from '../tests/fixtures/mini-scenario';
import {
  buildJsonSchemas,
  FEATURE_COLLECTION_SCHEMA_FILE,
  formatJsonSchema,
  MANIFEST_SCHEMA_FILE,
  SCHEMA_DIR,
  type JsonSchema,
} from './json-schemas';

const dir = fileURLToPath(new URL(`../${SCHEMA_DIR}/`, import.meta.url));

describe('geodata/schema', () => {
  const built = buildJsonSchemas();

  it.each(Object.keys(built))('%s is what buildJsonSchemas() produces now', (file) => {
    const path = join(dir, file);
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : '(missing)';
    expect(committed, `${SCHEMA_DIR}/${file} is out of date: run npm run schema`).toBe(
      formatJsonSchema(built[file] as JsonSchema),
    );
  });

  it('is deterministic', () => {
    expect(buildJsonSchemas()).toEqual(built);
  });
});

// Only a validator that is already installed: ajv 6, which eslint depends on. It predates draft 2020-12, so
// it is given the schema with the two tuple keywords renamed to their draft-07 spelling (prefixItems → items,
// items → additionalItems); everything else is read as written. Loaded by a computed specifier so that
// neither tsc nor vite needs it, and the checks skip if eslint ever stops bringing it in.
interface AjvError {
  dataPath: string;
  message?: string;
}
interface AjvValidate {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
type AjvConstructor = new (options: Record<string, unknown>) => { compile(schema: object): AjvValidate };

const ajvSpecifier = 'ajv';
const Ajv: AjvConstructor | undefined = await import(/* @vite-ignore */ ajvSpecifier).then(
  (m: { default: AjvConstructor }) => m.default,
  () => undefined,
);

function asDraft07(schema: JsonSchema): object {
  const rename = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rename);
    if (typeof node !== 'object' || node === null) return node;
    const o = node as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(o)) {
      // `properties` maps names to schemas: a property called "items" is not the keyword.
      if (key === 'properties' || key === '$defs') {
        out[key] = Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, rename(v)]));
      } else if (key === 'prefixItems') out.items = rename(value);
      else if (key === 'items' && 'prefixItems' in o) out.additionalItems = rename(value);
      else out[key] = rename(value);
    }
    return out;
  };
  // Only the root's `$schema`: ajv 6 does not know the 2020-12 meta-schema. A *property* named $schema stays.
  const { $schema: _, ...rest } = schema;
  return rename(rest) as object;
}

describe.skipIf(!Ajv)('the JSON Schema agrees with the loader (ajv 6)', () => {
  const built = buildJsonSchemas();
  const compile = (file: string) =>
    new (Ajv as AjvConstructor)({ allErrors: true, validateSchema: false }).compile(
      asDraft07(built[file] as JsonSchema),
    );
  const errorsOf = (validate: AjvValidate, data: unknown) =>
    validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message ?? ''}`);

  it('accepts the mini scenario manifest and rejects a bad colour', () => {
    const validate = compile(MANIFEST_SCHEMA_FILE);
    expect(errorsOf(validate, miniManifest())).toEqual([]);
    expect(errorsOf(validate, { $schema: '../schema/scenario.schema.json', ...miniManifest() })).toEqual([]);
    const bad = miniManifest();
    (bad.sides as { color: string }[])[1]!.color = 'red';
    expect(errorsOf(validate, bad)).toEqual([expect.stringMatching(/^\.sides\[1\]\.color /)]);
  });

  it('rejects what the loader rejects in a manifest: a view out of range, an ftp URL, an instant without zone', () => {
    const validate = compile(MANIFEST_SCHEMA_FILE);
    const bad = miniManifest();
    bad.defaultView = { center: [1, 95], zoom: 7 };
    bad.sources = [{ id: 'src', title: 'T', publisher: 'P', date: '2023', url: 'ftp://example.org/x' }];
    bad.initialTime = '2023-11-10T00:00:00';
    expect(errorsOf(validate, bad).map((e) => e.split(' ')[0])).toEqual(
      expect.arrayContaining(['.defaultView.center[1]', '.sources[0].url', '.initialTime']),
    );
  });

  it('accepts the mini scenario features, extra properties included, and rejects an unknown kind', () => {
    const validate = compile(FEATURE_COLLECTION_SCHEMA_FILE);
    const features = miniFeatures();
    (features[0]!.properties as Record<string, unknown>).stroke = '#ff0000';
    expect(errorsOf(validate, { type: 'FeatureCollection', features })).toEqual([]);
    (features[1]!.properties as Record<string, unknown>).kind = 'battle';
    expect(errorsOf(validate, { type: 'FeatureCollection', features })).toEqual([
      expect.stringMatching(/^\.features\[1\]\.properties\.kind /),
    ]);
  });

  // The scenarios people actually edit: a schema that refuses them while the loader takes them is wrong.
  const geodata = fileURLToPath(new URL('../geodata/', import.meta.url));
  const folders = readdirSync(geodata).filter((d) => existsSync(join(geodata, d, 'scenario.json')));
  it.each(folders)('accepts geodata/%s', (folder) => {
    const read = (file: string): unknown => JSON.parse(readFileSync(join(geodata, folder, file), 'utf8'));
    const manifest = read('scenario.json') as { files?: unknown };
    expect(errorsOf(compile(MANIFEST_SCHEMA_FILE), manifest)).toEqual([]);
    const features = compile(FEATURE_COLLECTION_SCHEMA_FILE);
    for (const file of Array.isArray(manifest.files) ? (manifest.files as string[]) : []) {
      expect(errorsOf(features, read(file)), file).toEqual([]);
    }
  });
});
