import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp, type AppPage } from './chromium';

let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  browser = await launch();
  app = await openApp(browser, { width: 1280, height: 720 });
});
afterAll(async () => {
  await browser?.close();
});

const iso = () => app.page.evaluate(() => new Date(window.sandtable.time).toISOString());

describe('the timeline', () => {
  it('scrubs by the documented keyboard steps', async () => {
    const { page } = app;
    await page.evaluate(() => window.sandtable.setTime('2023-11-13T12:00:00Z'));
    const slider = page.getByRole('slider', { name: 'Scenario time' });
    await slider.focus();
    await slider.press('ArrowRight');
    expect(await iso()).toBe('2023-11-13T13:00:00.000Z');
    await slider.press('Shift+ArrowLeft');
    expect(await iso()).toBe('2023-11-12T13:00:00.000Z');
    expect(await slider.getAttribute('aria-valuetext')).toBe('12 November 2023, 13:00 GMT');
    await slider.press('End');
    expect(await iso()).toBe('2023-11-26T23:59:59.000Z');
    await slider.press('Home');
    expect(await iso()).toBe('2023-10-02T00:00:00.000Z');
    // `]` and `[` stop at the next and previous dated event.
    await page.evaluate(() => window.sandtable.setTime('2023-11-13T12:00:00Z'));
    await slider.press(']');
    expect(await iso()).toBe('2023-11-13T17:00:00.000Z');
    await slider.press('[');
    expect(await iso()).toBe('2023-11-13T08:00:00.000Z');
    // Space plays and pauses.
    await slider.press(' ');
    await page.waitForFunction(() => window.sandtable.time > Date.parse('2023-11-13T08:30:00Z'));
    await slider.press(' ');
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count()).toBe(1);
  });

  it('zooms to a day and jumps to an event by clicking its mark', async () => {
    const { page } = app;
    await page.evaluate(() => window.sandtable.setTime('2023-11-13T12:00:00Z'));
    await page.getByRole('button', { name: 'Zoom to chapter' }).click();
    const slider = page.getByRole('slider', { name: 'Scenario time' });
    expect(Number(await slider.getAttribute('min'))).toBe(Date.parse('2023-11-13T00:00:00Z'));
    expect(Number(await slider.getAttribute('max'))).toBe(Date.parse('2023-11-14T00:00:00Z'));
    const mark = page.getByRole('button', { name: /^Decisive night attack/ });
    await mark.hover();
    await expect.poll(() => mark.locator('.tip').isVisible()).toBe(true);
    await mark.click();
    expect(await iso()).toBe('2023-11-13T17:00:00.000Z');
    await page.getByRole('button', { name: 'Zoom out the timeline' }).click();
    expect(Number(await slider.getAttribute('max')) - Number(await slider.getAttribute('min'))).toBe(
      2 * 86_400_000,
    );
    await page.getByRole('button', { name: /whole campaign/ }).click();
    expect(Number(await slider.getAttribute('min'))).toBe(Date.parse('2023-10-02T00:00:00Z'));
    // The event panel lists what happens around t with its certainty and sources, as text.
    const panel = page.getByRole('region', { name: 'Around this time' });
    await expect.poll(() => panel.textContent()).toMatch(/Decisive night attack/);
    const link = panel.getByRole('link').first();
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
  });

  it('switches to French, and remembers it', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    const slider = page.getByRole('slider', { name: 'Temps du scénario' });
    expect(await slider.getAttribute('aria-valuetext')).toBe('13 novembre 2023, 17:00 GMT');
    expect(await page.getByRole('button', { name: 'Lecture' }).count()).toBe(1);
    expect(await page.locator('h1').textContent()).toMatch(/Bataille de Kidal/);
    await expect
      .poll(() => page.getByRole('region', { name: 'Autour de ce moment' }).textContent())
      .toMatch(/Attaque|attaque/);
    await page.reload();
    await page.waitForFunction(() => 'sandtable' in window);
    await page.evaluate(() => window.sandtable.ready);
    expect(await page.getByRole('combobox', { name: 'Langue' }).inputValue()).toBe('fr');
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
