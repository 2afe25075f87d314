import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/csp.ts';
import { SINGLE_FILE_MODE, singleFilePlugins } from './scripts/single-file-plugin.ts';

// Only the build gets the policy: the dev server injects inline scripts for hot reload.
const contentSecurityPolicy = (): Plugin => ({
  name: 'sandtable-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

export default defineConfig(({ mode }) => ({
  // `--mode single` builds dist-single/sandtable.html, the briefing as one file (scripts/single-file-plugin.ts).
  plugins: [svelte(), ...(mode === SINGLE_FILE_MODE ? singleFilePlugins(mode) : [contentSecurityPolicy()])],
  define: { 'import.meta.env.SANDTABLE_SINGLE_FILE': JSON.stringify(mode === SINGLE_FILE_MODE) },
  // Relief archives are assets: the single-file build imports them inline (src/single/inline-basemap.ts).
  assetsInclude: ['**/*.pmtiles'],
  // Relative base so the built app also works from a sub-path or a file share on an air-gapped machine.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
  // The importer's worker is an ES module, so it can share chunks with the app and load them on demand.
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
}));
