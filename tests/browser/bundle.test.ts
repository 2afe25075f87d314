import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './chromium';
import { startupScripts } from '../support/startup-scripts';
import type { Browser } from 'playwright-core';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the initial load', () => {
  it('shows the Kidal map with at most 0.75 MB of page JS (gzip), leaving encoders and the editor for later', async () => {
    const { page } = await openApp(browser, { width: 1280, height: 720 });
    const scripts = await startupScripts(page);
    const page_ = scripts.filter((s) => !s.worker);
    const gzip = page_.reduce((n, s) => n + s.gzip, 0);
    expect(gzip).toBeLessThanOrEqual(750 * 1024);
    // Loaded on demand only: the exporter and its encoders, the deck, the GIF writer, symbols' drawing
    // library (the built-in scenario's symbols come prebuilt), the editor.
    for (const s of scripts)
      expect(s.path).not.toMatch(
        /milsymbol|pptxgenjs|gifenc|mediabunny|export-service|EditorRoot|terra-draw/i,
      );
    await page.context().close();
  });
});
