import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface LoadedScript {
  path: string;
  bytes: number;
  gzip: number;
  /** A worker's script (MapLibre's), run off the page's thread. */
  worker: boolean;
}

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/**
 * Every script the page has loaded so far (the performance timeline's resources, so nothing is missed that
 * loaded before a listener could attach), measured from the built files: raw and gzip -9 sizes.
 */
export async function startupScripts(page: Page): Promise<LoadedScript[]> {
  const urls = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((u) => /\.m?js(\?|$)/.test(u)),
  );
  return [...new Set(urls)].map((url) => {
    const path = new URL(url).pathname.replace(/^\//, '');
    const bytes = readFileSync(join(DIST, path));
    return {
      path,
      bytes: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      worker: /worker/.test(path),
    };
  });
}
