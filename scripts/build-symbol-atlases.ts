// Writes the built-in scenario's symbol atlases into src/symbols/, so the page draws Kidal's symbols without
// loading milsymbol (about 190 kB gzipped) at start-up. Run: npm run symbols (after changing a SIDC, a side's
// colour or the symbol options); a unit test fails while they are out of date.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { atlasesModule, builtInAtlases, idsModule } from './symbol-atlases';

const dir = (file: string) => fileURLToPath(new URL(`../src/symbols/${file}`, import.meta.url));
const atlases = builtInAtlases();
writeFileSync(dir('prebuilt-atlas-ids.generated.ts'), idsModule(atlases));
writeFileSync(dir('prebuilt-atlases.generated.ts'), atlasesModule(atlases));
console.log(`wrote ${Object.keys(atlases).length} atlases: ${Object.keys(atlases).join(', ')}`);
