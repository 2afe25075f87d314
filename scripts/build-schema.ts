// Writes geodata/schema/*.schema.json from the loader's zod schemas. Run: npm run schema.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJsonSchemas, formatJsonSchema, SCHEMA_DIR } from './json-schemas';

const dir = fileURLToPath(new URL(`../${SCHEMA_DIR}/`, import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [file, schema] of Object.entries(buildJsonSchemas())) {
  const text = formatJsonSchema(schema);
  writeFileSync(join(dir, file), text);
  console.log(`wrote ${SCHEMA_DIR}/${file} (${Buffer.byteLength(text)} bytes)`);
}
