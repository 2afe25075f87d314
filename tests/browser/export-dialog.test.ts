import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Browser } from 'playwright-core';
import { launch, openApp } from './chromium';
import { probe, requireFfmpeg } from './ffmpeg';
import {
  FAKE_PICKER,
  NO_PICKER,
  apiStill,
  cancelled,
  choose,
  downloadPng,
  exportButton,
  exportOpener,
  fakeFile,
  fakeFileBytes,
  framesDone,
  framesNow,
  isFocused,
  mapPixels,
  openExportDialog,
  recordDownloads,
  spyOnWarmUp,
} from './export-dialog-helpers';

// Small viewport and outputs: the map renders in software on two cores.
const SIZE = { width: 960, height: 600 };
const dir = mkdtempSync(join(tmpdir(), 'sandtable-export-dialog-'));
let browser: Browser;

beforeAll(async () => {
  requireFfmpeg();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('export dialog', () => {
  it('exports a PNG of the chosen size, the same as the API would, and closes', async () => {
    const { page, consoleErrors } = await openApp(browser, { ...SIZE, init: NO_PICKER });
    const dialog = await openExportDialog(page);
    await choose(dialog, { kind: 'png', width: 320, height: 180 });
    expect(await dialog.getByText('320 × 180 px.').count()).toBe(1);
    const { png, name } = await downloadPng(page, dialog);
    expect([png.width, png.height]).toEqual([320, 180]);
    expect(name).toMatch(/^kidal-.*-320x180\.png$/);
    await dialog.waitFor({ state: 'detached' });
    // The dialog exports the moment and camera on screen: the API's still of "now" is the same picture.
    const reference = await apiStill(page, 320, 180);
    expect(pixelmatch(png.data, reference.data, undefined, 320, 180, { threshold: 0 })).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('cancels a running ZIP export, leaving the app as it was and free for the next export', async () => {
    const { page, consoleErrors } = await openApp(browser, { ...SIZE, init: NO_PICKER });
    const downloads = recordDownloads(page);
    const time = await page.evaluate(() => window.sandtable.time);
    const view = await page.evaluate(() => window.sandtable.view);
    const before = await mapPixels(page);

    const dialog = await openExportDialog(page);
    await choose(dialog, { kind: 'zip', width: 320, height: 180, fps: 10, duration: 30 });
    expect(await dialog.getByText('300 frames.').count()).toBe(1);
    await exportButton(dialog).click();
    const done = await framesDone(dialog, 300);
    expect(await isFocused(dialog.getByRole('button', { name: 'Cancel' }))).toBe(true);
    await expect
      .poll(() => dialog.getByRole('status').textContent())
      .toMatch(/^Exporting: \d+% of 300 frames/);

    // Escape does not throw the work away: the export goes on.
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(true);
    await expect.poll(() => framesNow(dialog, 300), { timeout: 30_000 }).toBeGreaterThan(done);

    await cancelled(dialog);
    expect(await dialog.getByRole('status').textContent()).toBe('');
    expect(downloads).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });

    expect(await page.evaluate(() => window.sandtable.time)).toBe(time);
    expect(await page.evaluate(() => window.sandtable.view)).toEqual(view);
    const after = await mapPixels(page);
    expect([after.width, after.height]).toEqual([before.width, before.height]);
    expect(
      pixelmatch(before.data, after.data, undefined, before.width, before.height, { threshold: 0 }),
    ).toBe(0);

    // Not stuck "busy": another export runs to the end.
    const again = await openExportDialog(page);
    await choose(again, { kind: 'png', width: 320, height: 180 });
    const { png } = await downloadPng(page, again);
    expect([png.width, png.height]).toEqual([320, 180]);
    expect(downloads).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('streams an MP4 to a file chosen with the save picker: positioned writes, closed, no download', async () => {
    const { page, consoleErrors } = await openApp(browser, { ...SIZE, init: FAKE_PICKER });
    const downloads = recordDownloads(page);
    const dialog = await openExportDialog(page);
    // An odd size: video is encoded at the even size below, and the file is named for what it holds.
    await choose(dialog, { kind: 'mp4', width: 321, height: 181, fps: 10, duration: 1 });
    expect(await dialog.getByText('320 × 180 px.').count()).toBe(1);
    await exportButton(dialog).click();
    await dialog.waitFor({ state: 'detached', timeout: 90_000 });

    const file = await fakeFile(page);
    expect(file.picked).toHaveLength(1);
    expect(file.picked[0]!.suggestedName).toMatch(/^kidal-.*-320x180\.mp4$/);
    expect(file.picked[0]!.types?.[0]?.accept).toEqual({ 'video/mp4': ['.mp4'] });
    expect({ closed: file.closed, aborted: file.aborted }).toEqual({ closed: 1, aborted: 0 });
    // Every byte arrived through the file's writer (the fake honours positions, as MP4 patches its header).
    expect(file.writes.length).toBeGreaterThan(0);

    const path = join(dir, 'dialog.mp4');
    writeFileSync(path, await fakeFileBytes(page));
    expect(probe(path)).toMatchObject({
      codec_name: 'h264',
      width: 320,
      height: 180,
      r_frame_rate: '10/1',
      nb_read_frames: '10',
    });
    expect(downloads).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('aborts the chosen file, and does not close it, when a streamed export is cancelled', async () => {
    const { page, consoleErrors } = await openApp(browser, { ...SIZE, init: FAKE_PICKER });
    const downloads = recordDownloads(page);
    const dialog = await openExportDialog(page);
    await choose(dialog, { kind: 'mp4', width: 320, height: 180, fps: 10, duration: 30 });
    await exportButton(dialog).click();
    await framesDone(dialog, 300);
    await cancelled(dialog);
    const file = await fakeFile(page);
    expect(file.picked).toHaveLength(1);
    expect({ closed: file.closed, aborted: file.aborted }).toEqual({ closed: 0, aborted: 1 });
    expect(downloads).toEqual([]);
    // A cancel must release the frame produced as it came (mediabunny logs an unclosed VideoSample).
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('is a keyboard modal: focus goes in, Tab cycles inside, app keys are held, Escape returns focus', async () => {
    const { page, consoleErrors } = await openApp(browser, SIZE);
    const opener = exportOpener(page);
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    const what = dialog.getByRole('combobox', { name: 'What' });
    await expect.poll(() => isFocused(what)).toBe(true);

    // Forward round the five controls of a PNG export, and back.
    const order = [
      dialog.getByRole('combobox', { name: 'Size' }),
      dialog.getByRole('checkbox', { name: /^Full legend/ }),
      dialog.getByRole('button', { name: 'Close' }),
    ];
    for (const control of [...order, exportButton(dialog), what]) {
      await page.keyboard.press('Tab');
      expect(await isFocused(control)).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await isFocused(exportButton(dialog))).toBe(true);

    // "]" steps the timeline to the next event when the dialog is not there; behind a modal it must not.
    const time = await page.evaluate(() => window.sandtable.time);
    await page.keyboard.press(']');
    expect(await page.evaluate(() => window.sandtable.time)).toBe(time);

    await dialog.getByRole('combobox', { name: 'Size' }).selectOption('a4');
    expect(await dialog.getByRole('combobox', { name: 'Orientation' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(opener)).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('warms the export map once the size settles, not per keystroke, and frees it on close', async () => {
    const { page, consoleErrors } = await openApp(browser, SIZE);
    const calls = await spyOnWarmUp(page);
    const dialog = await openExportDialog(page);
    await dialog.getByRole('combobox', { name: 'Size' }).selectOption('custom');
    await dialog.getByRole('spinbutton', { name: 'Height' }).fill('360');
    const width = dialog.getByRole('spinbutton', { name: 'Width' });
    await width.selectText();
    // Brisk typing, a key every 50 ms: "64" is a valid width on the way to 640, but not one to build a map for.
    await width.pressSequentially('640', { delay: 50 });
    await expect.poll(async () => (await calls()).sizes).toContain(640);
    expect((await calls()).sizes).not.toContain(64);
    // One map, for the size the user settled on: none was built for a size typed on the way.
    expect((await calls()).built).toBe(1);
    expect((await calls()).released).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    // Freed once the warm-up under way has finished drawing (a fresh map takes seconds in SwiftShader).
    await expect.poll(async () => (await calls()).released, { timeout: 60_000 }).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
