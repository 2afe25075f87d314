// Where the page's main thread spends an import: the app built unminified (so functions keep their names),
// a file picked as a user would, and Chromium's sampling profiler on the page from the pick until 4 s after
// the scenario is handed over. Each busy stretch (samples with no idle between them, about one task) is
// broken down by cause: the innermost function of each sample that names one.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Causes by function name, innermost first: frameAt inside the framing counts as frameAt. */
const CAUSES: [RegExp, string][] = [
  [/^\(garbage collector\)$/, 'garbage collection'],
  [/^\(program\)$/, 'native (GPU process waits, message decoding, style)'],
  [/^frameAt$/, 'frameAt'],
  [/^buildTrackQuads$/, 'track vertices built'],
  [/^(mapLabels|placeMapLabels|labelLayers)$/, 'map labels'],
  [/^(scenarioInset|chooseInset|actionPoints)$/, 'inset choice'],
  [/^(createRenderPipeline|createShader|getProgramParameter)$/, 'deck.gl shader compile'],
  [/^(_updateAttributes|updateAttributes|uploadIndices)$/, 'deck.gl attribute build and upload'],
  [/^(_drawLayers|_drawLayer)$/, 'deck.gl draw'],
  [/^(selectTracks)$/, 'track selection'],
  [/^(buildLayers)$/, 'layers built (accessors)'],
  [/^(planFurniture|furnitureInputFor|drawFurniture)$/, 'furniture'],
  [/^(composeScene)$/, 'scene composition (other)'],
  [/^(fitted|defaultFraming|briefingFraming)$/, 'framing (other)'],
  [/^(unpackResult|rebuild|restore|lazyFiles)$/, 'worker handover: unpacking'],
  [/^(onmessage|worker\.onmessage)$/, 'worker handover: message decoding'],
];

interface Node {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

export interface BusyStretch {
  /** Start, ms from the pick (profile clock). */
  at: number;
  ms: number;
  /** Whether it began after the scenario was handed over (the app drawing it). */
  afterHandover: boolean;
  causes: [string, number][];
}

function stretches(profile: Profile, mapLibreFiles: Set<string>, handoverAt: number): BusyStretch[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const causeOf = (leaf: number) => {
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const { functionName, url } = byId.get(id)!.callFrame;
      const hit = CAUSES.find(([re]) => re.test(functionName));
      if (hit) return hit[1];
      if (mapLibreFiles.has(url.split('/').pop() ?? '')) return 'MapLibre (basemap render, resize)';
    }
    return 'other JS (Svelte effects, app)';
  };
  const out: BusyStretch[] = [];
  let t = 0;
  let current: { at: number; end: number; causes: Map<string, number> } | undefined;
  const close = () => {
    if (!current) return;
    const ms = current.end - current.at;
    const causes = [...current.causes].sort((a, b) => b[1] - a[1]);
    out.push({ at: current.at, ms, afterHandover: current.at >= handoverAt, causes });
    current = undefined;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    t += (profile.timeDeltas[i] ?? 0) / 1000;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = profile.samples[i]!;
    if (byId.get(leaf)!.callFrame.functionName === '(idle)') {
      close();
      continue;
    }
    current ??= { at: t, end: t, causes: new Map() };
    current.end = t + dt;
    const cause = causeOf(leaf);
    current.causes.set(cause, (current.causes.get(cause) ?? 0) + dt);
  }
  close();
  return out;
}

/** Builds the app unminified, imports `path` in it under the profiler, and returns the busy stretches. */
export async function profileBrowserImport(path: string): Promise<BusyStretch[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'sandtable-profile-'));
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--minify',
      'false',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  // MapLibre's own code keeps few names: its chunk is known by one of its methods.
  const assets = join(outDir, 'assets');
  const mapLibreFiles = new Set(
    readdirSync(assets).filter(
      (f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('_resizeCanvas('),
    ),
  );
  const server = await preview({
    root: ROOT,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'error',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    await page.goto(`${server.resolvedUrls!.local[0]}?antialias=0`);
    await page.waitForFunction(() => 'sandtable' in window, null, { timeout: 60_000 });
    await page.evaluate(() => window.sandtable.ready);
    await page.waitForTimeout(1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const pick = await page.evaluate(() => performance.now());
    await page.setInputFiles('[data-testid="scenario-file-input"]', path);
    await page.waitForFunction(() => performance.getEntriesByName('sandtable:import').length > 0, null, {
      timeout: 300_000,
    });
    const handover = await page.evaluate(() => {
      const m = performance.getEntriesByName('sandtable:import').at(-1)!;
      return m.startTime + m.duration;
    });
    await page.waitForTimeout(4000);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    // The profile's clock starts at Profiler.start, a moment before the pick: close enough to split
    // stretches before and after the handover.
    return stretches(profile, mapLibreFiles, handover - pick);
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
