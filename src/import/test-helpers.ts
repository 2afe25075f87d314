// Shared by the import tests only (not imported by the app): reading fixture folders as a file pick would.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import type { ImportInput } from './types';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BAD_DIR = join(REPO, 'tests/fixtures/bad');
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

/**
 * What the app passes in the browser, with xmldom standing in for the browser's DOMParser. Like a browser,
 * it gives up on any error (a browser returns <parsererror>), and it does not log.
 */
export const parseXml = (source: string) =>
  new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(source, 'text/xml') as unknown as Document;
