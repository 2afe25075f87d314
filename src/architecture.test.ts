import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The floors of src/, bottom up. A folder may import from its own folder and from lower floors only; two
// folders on the same floor stay independent of each other. `main.ts` (the root) sits on top.
const FLOORS: Record<string, number> = {
  model: 0,
  types: 0,
  i18n: 1,
  time: 2,
  frame: 3,
  scenario: 4,
  map: 4,
  cartography: 5,
  briefing: 5,
  timeline: 5,
  symbols: 5,
  captions: 5,
  furniture: 6,
  layers: 6,
  import: 6,
  'export-data': 6,
  scene: 7,
  // The single-file briefing cuts the basemap around the scenario's extent (import's view fit).
  single: 7,
  editor: 8,
  export: 8,
  presenter: 8,
  // Compare two moments (issue #24): over the export (its still of both moments), under the app that shows it.
  compare: 8.5,
  app: 9,
  api: 10,
  '(root)': 11,
};

const SRC = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

const folderOf = (path: string) => {
  const parts = relative(SRC, path).split('/');
  return parts.length > 1 ? parts[0]! : '(root)';
};

const files = sourceFiles(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:from|import\()\s*['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);
}

describe('the floors of src/', () => {
  it('knows every folder', () => {
    const unknown = [...new Set(files.map((f) => folderOf(f.path)))].filter((f) => !(f in FLOORS));
    expect(unknown).toEqual([]);
  });

  it('has no import that runs back up a floor or across to a sibling folder', () => {
    const upward: string[] = [];
    for (const { path, text } of files) {
      const from = folderOf(path);
      for (const spec of importsOf(text)) {
        const target = normalize(join(dirname(path), spec));
        if (!target.startsWith(SRC)) {
          upward.push(`${relative(SRC, path)} imports ${spec}, outside src/`);
          continue;
        }
        const to = folderOf(target);
        if (to !== from && !(FLOORS[from]! > FLOORS[to]!))
          upward.push(
            `${relative(SRC, path)} (${from}, floor ${FLOORS[from]}) imports ${spec} (${to}, floor ${FLOORS[to]})`,
          );
      }
    }
    expect(upward).toEqual([]);
  });

  it('reaches the exporter through the app, never through the scripting facade', () => {
    const global = files.filter(
      ({ path, text }) =>
        ['app', 'export', 'scene'].includes(folderOf(path)) && /window\.sandtable/.test(text),
    );
    expect(global.map((f) => relative(SRC, f.path))).toEqual([]);
  });
});
