// `vite build --mode single`: the whole briefing as one HTML file that works from disk (file://) with no
// server and no network. Scripts, styles, fonts and the favicon are inlined; the MapLibre worker is made
// from a Blob; the basemap comes inline, in a data block outside the hashed script (see src/single/). The inline script and style are allowed by
// their hashes in a Content-Security-Policy without 'unsafe-eval' or 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin, UserConfig } from 'vite';
import { logSingleFileSizes, singleFileArchives } from './single-file-basemap.ts';
import { embedBasemap } from '../src/single/basemap-block.ts';

export const SINGLE_FILE_MODE = 'single';
export const SINGLE_FILE_NAME = 'sandtable.html';
export const SINGLE_FILE_DIR = 'dist-single';

const WORKER_URL = /maplibre-gl-worker\.mjs\?url$/;
const WORKER_MODULE = '\0sandtable-worker-blob-url';

const WORKER_BLOB_CODE = [
  "import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';",
  'const code = source.replace(/\\/\\/# sourceMappingURL=\\S*\\s*$/, "");',
  "export default URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));",
].join('\n');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The single file's policy: nothing from anywhere but itself, its one script and style by hash. */
export function singleFilePolicy(scriptHash: string, styleHash: string): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHash}`,
    // MapLibre turns the worker's blob: URL into a data: URL itself when the page's origin is opaque
    // (file://), where a module worker cannot be started from a blob: URL.
    'worker-src blob: data:',
    `style-src ${styleHash}`,
    'img-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    'media-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * A script's text as it can sit inside <script>…</script>: "</script" would end the element early, so its
 * slash is escaped (valid in every JS string, template and regex). The HTML parser's other trap, "<!--" then
 * "<script" in the text, is refused rather than guessed at.
 */
export function inlineScriptText(code: string): string {
  const text = code.replace(/<\/(script)/gi, '<\\/$1');
  // Inside a script, "<!--" starts an escaped run that "-->" ends; a "<script" within such a run would
  // keep the element open past its end tag.
  for (const m of text.matchAll(/<!--/g)) {
    const rest = text.slice(m.index + 4);
    const close = rest.indexOf('-->');
    const open = rest.search(/<script/i);
    if (open >= 0 && (close < 0 || open < close))
      throw new Error(`The bundle has "<!--" then "<script" before "-->" at ${m.index}: cannot inline it`);
  }
  return text;
}

export function singleFilePlugins(mode: string): Plugin[] {
  if (mode !== SINGLE_FILE_MODE) return [];
  return [
    {
      name: 'sandtable-single-file-config',
      config: (): UserConfig => ({
        publicDir: false,
        build: {
          outDir: SINGLE_FILE_DIR,
          emptyOutDir: true,
          assetsInlineLimit: () => true,
          cssCodeSplit: false,
          modulePreload: false,
          chunkSizeWarningLimit: 1 << 30,
          rolldownOptions: { output: { codeSplitting: false } },
        },
      }),
    },
    {
      // The worker's code becomes a Blob URL at start-up: a file:// page can load a module worker from a
      // blob: URL, but not from a file.
      name: 'sandtable-single-file-worker',
      enforce: 'pre',
      resolveId: (id) => (WORKER_URL.test(id) ? WORKER_MODULE : undefined),
      // Vite may resolve the `?url` import itself before this plugin sees it: the load is caught too.
      load: (id) => (id === WORKER_MODULE || WORKER_URL.test(id) ? WORKER_BLOB_CODE : undefined),
    },
    {
      name: 'sandtable-single-file-html',
      enforce: 'post',
      transformIndexHtml: (html) => {
        const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
        return html.replace(
          /href="\.\/favicon\.svg"/,
          `href="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"`,
        );
      },
      generateBundle(_options, bundle) {
        const html = Object.values(bundle).find((f) => f.fileName === 'index.html');
        const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
        const css = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
        if (!html || html.type !== 'asset') throw new Error('single file: no index.html in the bundle');
        if (chunks.length !== 1)
          throw new Error(
            `single file: expected one script chunk, got ${chunks.map((c) => c.fileName).join(', ')}`,
          );
        // With code splitting off, Vite leaves its preload list placeholder in place: there is nothing to preload.
        const code = (chunks[0] as { code: string }).code.replaceAll('__VITE_PRELOAD__', 'void 0');
        const script = inlineScriptText(code);
        const style = css.map((c) => String((c as { source: string | Uint8Array }).source)).join('\n');
        let text = String(html.source)
          .replace(/<script type="module"[^>]*src="[^"]*"><\/script>\s*/, '')
          .replace(/<link rel="stylesheet"[^>]*>\s*/g, '')
          .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
        const policy = singleFilePolicy(sha256(script), sha256(style));
        text = text
          // Replacer functions: the code holds "$&"-like sequences that a replacement string would expand.
          .replace(
            '<head>',
            () => `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
          )
          .replace('</head>', () => `<style>${style}</style>\n  </head>`)
          .replace('</body>', () => `<script type="module">${script}</script>\n  </body>`);
        const { archives, sizes } = singleFileArchives();
        text = embedBasemap(text, archives);
        for (const name of Object.keys(bundle)) delete bundle[name];
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: text });
        logSingleFileSizes(sizes, Buffer.byteLength(text));
      },
    },
  ];
}
