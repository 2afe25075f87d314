// Shared by the import tests only (not imported by the app): reading fixture folders as a file pick would.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { xmldomParser } from '../../src/import/formats/kml';
import { resolveLimits, type Limits } from '../../src/import/limits';
import { NoteList } from '../../src/import/notes';
import type { ImportInput, ImportRun } from '../../src/import/types';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BAD_DIR = join(REPO, 'tests/fixtures/bad');
export const FOREIGN_DIR = join(REPO, 'tests/fixtures/foreign');
export const KIDAL_DIR = join(REPO, 'geodata/kidal-2023');

/** Every file under `dir`, named `<prefix>/<relative path>` like a browser folder pick. */
export function readFolder(dir: string, prefix: string): ImportInput[] {
  const out: ImportInput[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push({ name: `${prefix}/${relative(dir, path)}`, bytes: readFileSync(path) });
    }
  };
  walk(dir);
  return out;
}

export function readInput(path: string, name = path.slice(path.lastIndexOf('/') + 1)): ImportInput {
  return { name, bytes: new Uint8Array(readFileSync(path)) };
}

export const text = (name: string, content: string): ImportInput => ({
  name,
  bytes: new TextEncoder().encode(content),
});

/** The parser the importer uses everywhere (worker, browser, node). */
export const parseXml = xmldomParser;

/** A fresh import run for calling a converter directly. */
export function testRun(limits: Partial<Limits> = {}, eventsAsChapters = false): ImportRun {
  return {
    limits: resolveLimits(limits),
    notes: new NoteList(),
    progress: () => {},
    parseXml,
    eventsAsChapters,
  };
}
