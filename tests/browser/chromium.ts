import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Debian's Chromium, headless, software WebGL, and none of its own network chatter. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * The app has its own dialogs: a browser prompt/confirm/alert anywhere fails the run (dismissed so the page
 * goes on, then thrown outside the test's promise chain, where vitest reports it as an unhandled error).
 */
export function failOnBrowserDialogs(context: BrowserContext): void {
  context.on('dialog', (dialog) => {
    void dialog.dismiss().catch(() => undefined);
    const error = new Error(`A browser ${dialog.type()} dialog opened: "${dialog.message()}"`);
    setTimeout(() => {
      throw error;
    });
  });
}

export interface AppPage {
  page: Page;
  origin: string;
  /** Requests that left the page's origin: must stay empty. */
  foreignRequests: string[];
  /** Every request to the page's origin since the page opened, with its Range header when it has one. */
  originRequests: { url: string; range?: string }[];
  consoleErrors: string[];
}

/**
 * Opens the built app and records every request outside its origin (and aborts it) and every console
 * error, so a test can assert the app is offline and clean.
 */
export async function openApp(
  browser: Browser,
  options: { width?: number; height?: number; query?: string; hash?: string; init?: string } = {},
): Promise<AppPage> {
  const base = inject('baseUrl');
  const origin = new URL(base).origin;
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const originRequests: { url: string; range?: string }[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    if (new URL(url).origin === origin) {
      originRequests.push({ url, range: route.request().headers().range });
      return route.continue();
    }
    foreignRequests.push(url);
    return route.abort();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  failOnBrowserDialogs(context);
  if (options.init) await page.addInitScript(options.init);
  await page.goto(`${base}?antialias=0${options.query ?? ''}${options.hash ?? ''}`);
  await page.waitForFunction(() => 'sandtable' in window, null, { timeout: 60_000 });
  await page.evaluate(() => window.sandtable.ready);
  return { page, origin, foreignRequests, originRequests, consoleErrors };
}
