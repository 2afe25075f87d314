import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Download, Locator, Page } from 'playwright-core';

/** The toolbar button that opens the dialog ("Export…"). */
export const exportOpener = (page: Page) =>
  page
    .getByRole('toolbar', { name: 'Scenario and export' })
    .getByRole('button', { name: 'Export…', exact: true });

/** Opens the export dialog from the toolbar, as a user would. */
export async function openExportDialog(page: Page): Promise<Locator> {
  await exportOpener(page).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  return dialog;
}

export interface DialogChoice {
  kind: 'png' | 'zip' | 'mp4' | 'webm';
  width: number;
  height: number;
  fps?: number;
  duration?: number;
}

/** Fills the dialog through its labelled controls. */
export async function choose(dialog: Locator, c: DialogChoice): Promise<void> {
  await dialog.getByRole('combobox', { name: 'What' }).selectOption(c.kind);
  await dialog.getByRole('combobox', { name: 'Size' }).selectOption('custom');
  await dialog.getByRole('spinbutton', { name: 'Width' }).fill(String(c.width));
  await dialog.getByRole('spinbutton', { name: 'Height' }).fill(String(c.height));
  if (c.fps !== undefined) await dialog.getByRole('spinbutton', { name: 'fps' }).fill(String(c.fps));
  if (c.duration !== undefined)
    await dialog.getByRole('spinbutton', { name: 'Duration' }).fill(String(c.duration));
}

export const exportButton = (dialog: Locator) => dialog.getByRole('button', { name: 'Export', exact: true });

export const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

const progressLine = (dialog: Locator, total: number) =>
  dialog.getByText(new RegExp(`^\\d+ / ${total} frames · ETA`));

/** Waits until the dialog shows frame progress, and returns the frames done so far. */
export async function framesDone(dialog: Locator, total: number): Promise<number> {
  await progressLine(dialog, total).waitFor({ timeout: 60_000 });
  expect(await dialog.getByRole('progressbar', { name: 'Export progress' }).isVisible()).toBe(true);
  return framesNow(dialog, total);
}

/** Frames done as shown now; NaN once the progress line has gone. */
export async function framesNow(dialog: Locator, total: number): Promise<number> {
  const text = await progressLine(dialog, total)
    .textContent({ timeout: 1000 })
    .catch(() => null);
  return text === null ? NaN : Number(text.split(' ')[0]);
}

/** Cancels a running export and checks the dialog says so and is ready for another. */
export async function cancelled(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('Export cancelled.');
  expect(await dialog.getByRole('progressbar').count()).toBe(0);
  // Back to a state where the user can try again, with focus on the way to do so.
  expect(await isFocused(exportButton(dialog))).toBe(true);
}

/** Clicks Export and reads the PNG it downloads. */
export async function downloadPng(page: Page, dialog: Locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), exportButton(dialog).click()]);
  const png = PNG.sync.read(readFileSync(await download.path()));
  return { png, name: download.suggestedFilename() };
}

/** Every download the page starts, so a test can assert there was none. */
export function recordDownloads(page: Page): Download[] {
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  return downloads;
}

/** The map as shown, drawn afresh first: state an export failed to restore would show in a new frame. */
export async function mapPixels(page: Page): Promise<PNG> {
  await page.evaluate(() => window.sandtable.setTime(window.sandtable.time));
  return PNG.sync.read(await page.getByRole('img', { name: /^Campaign map/ }).screenshot());
}

/** The page has no File System Access: the dialog must fall back to a download. */
export const NO_PICKER = 'delete window.showSaveFilePicker;';

export interface FakeFile {
  picked: { suggestedName?: string; types?: { accept: Record<string, string[]> }[] }[];
  writes: { position: number; length: number }[];
  closed: number;
  aborted: number;
}

/**
 * A save picker whose file lives in page memory. Writes honour `position` like a real FileSystemWritable
 * (the MP4 writer goes back to patch its header), so appending blindly would give a broken file.
 */
export const FAKE_PICKER = `(() => {
  const file = { picked: [], writes: [], closed: 0, aborted: 0 };
  let bytes = new Uint8Array(0);
  let length = 0;
  window.__fakeFile = file;
  window.__fakeFileBytes = () => bytes.subarray(0, length);
  window.showSaveFilePicker = async (options) => {
    file.picked.push(JSON.parse(JSON.stringify(options ?? {})));
    return {
      kind: 'file',
      name: options?.suggestedName ?? 'untitled',
      async createWritable() {
        let open = true;
        let cursor = 0;
        return {
          async write(chunk) {
            if (!open) throw new TypeError('write after close or abort');
            const positioned = chunk && chunk.type === 'write';
            const data = positioned ? chunk.data : chunk;
            const position = positioned && chunk.position !== undefined ? chunk.position : cursor;
            if (!ArrayBuffer.isView(data)) throw new TypeError('expected bytes, got ' + typeof data);
            const view = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
            const end = position + view.byteLength;
            if (end > bytes.byteLength) {
              const grown = new Uint8Array(Math.max(end, bytes.byteLength * 2));
              grown.set(bytes.subarray(0, length));
              bytes = grown;
            }
            bytes.set(view, position);
            length = Math.max(length, end);
            cursor = end;
            file.writes.push({ position, length: view.byteLength });
          },
          async close() { open = false; file.closed++; },
          async abort() { open = false; file.aborted++; },
        };
      },
    };
  };
})();`;

export const fakeFile = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fakeFile: FakeFile }).__fakeFile);

/** The bytes written to the fake file, brought back to node. */
export async function fakeFileBytes(page: Page): Promise<Buffer> {
  const b64 = await page.evaluate(() => {
    const bytes = (window as unknown as { __fakeFileBytes: () => Uint8Array }).__fakeFileBytes();
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  });
  return Buffer.from(b64, 'base64');
}

/** A still from the scripting API, to compare the dialog's export with. */
export async function apiStill(page: Page, width: number, height: number): Promise<PNG> {
  const b64 = await page.evaluate(
    async ([w, h]) => {
      const blob = await window.sandtable.exportStill({ width: w!, height: h! });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    },
    [width, height],
  );
  return PNG.sync.read(Buffer.from(b64, 'base64'));
}

/**
 * Samples the export map the app keeps warm on every animation frame: the sizes it held (in order, each
 * once) and how many maps were built, so a test sees what the dialog's warm-up did between two checks.
 */
export async function spyOnWarmUp(page: Page) {
  await page.evaluate(() => {
    const seen = { sizes: [] as number[], built: window.sandtable.exportMap.built, released: 0 };
    (window as unknown as { warmUp: typeof seen }).warmUp = seen;
    let held: number | null = null;
    const sample = () => {
      const { size } = window.sandtable.exportMap;
      const width = size?.width ?? null;
      if (width !== held) {
        if (width !== null) seen.sizes.push(width);
        else seen.released++;
        held = width;
      }
      requestAnimationFrame(sample);
    };
    sample();
  });
  return () =>
    page.evaluate(() => {
      const seen = (window as unknown as { warmUp: { sizes: number[]; built: number; released: number } })
        .warmUp;
      return { ...seen, built: window.sandtable.exportMap.built - seen.built };
    });
}
