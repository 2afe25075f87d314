import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { atlasesModule, builtInAtlases, idsModule } from './symbol-atlases';

const generated = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../src/symbols/${file}`, import.meta.url)), 'utf8');

describe('the built-in scenario’s prebuilt symbol atlases', () => {
  it('are what milsymbol draws now (run `npm run symbols` after changing a symbol)', () => {
    const atlases = builtInAtlases();
    expect(Object.keys(atlases)).toHaveLength(2);
    for (const atlas of Object.values(atlases)) {
      expect(atlas.svg.startsWith('<svg')).toBe(true);
      expect(Object.keys(atlas.mapping).length).toBeGreaterThan(1);
    }
    expect(generated('prebuilt-atlas-ids.generated.ts')).toBe(idsModule(atlases));
    expect(generated('prebuilt-atlases.generated.ts')).toBe(atlasesModule(atlases));
  });
});
