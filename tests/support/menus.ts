import type { Locator, Page } from 'playwright-core';

/** Opens a toolbar menu ("File", "View"; "Fichier", "Affichage" in French) and returns its item, as a user finds it. */
export async function menuItem(page: Page, menu: string, item: string | RegExp): Promise<Locator> {
  const button = page.getByRole('button', { name: menu, exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  return page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item });
}

/** The item of a View menu toggle (Legend, Relief, Symbols, Sources), with its menu open. */
export async function viewToggle(page: Page, item: string): Promise<Locator> {
  const button = page.getByRole('button', { name: 'View', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  // By its text: an item's title can make its accessible name differ from what the reader sees.
  return page
    .getByRole('menu', { name: 'View' })
    .getByRole('menuitemcheckbox')
    .filter({ hasText: new RegExp(`^${item}$`) });
}

/** Chooses a File menu item by name. */
export async function fromFileMenu(page: Page, item: string | RegExp): Promise<void> {
  await (await menuItem(page, 'File', item)).click();
}
