// The benchmarks' common start: build the app (unless asked not to), serve the build on 127.0.0.1 and launch
// Debian's Chromium, as the browser tests do. Each bench then opens the pages it measures.

import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {{ build?: boolean, chromiumArgs?: string[] }} [options]
 * @returns {Promise<{ server: import('vite').PreviewServer, browser: import('playwright-core').Browser, url: string }>}
 */
export async function startBuiltApp({ build = true, chromiumArgs = [] } = {}) {
  if (build)
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
  const server = await preview({ root: ROOT, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...chromiumArgs],
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no local address');
  return { server, browser, url };
}
