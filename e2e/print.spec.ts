import { expect, test } from '@playwright/test';
import { waitForHydration } from './support/pageGuard';

/** Content pages print without navigation, and with every link's address. */
test('a content page prints without navigation and with link addresses', async ({ page }) => {
  await page.goto('/over/privacy');
  await waitForHydration(page);
  await page.emulateMedia({ media: 'print' });

  for (const selector of [
    '.navbar',
    '.theme-doc-sidebar-container',
    '.footer',
    '.pagination-nav',
  ]) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const link = page.locator('article .markdown a[href^="/"]').first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  const printed = await link.evaluate((anchor) => getComputedStyle(anchor, '::after').content);
  expect(printed).toBe(`" (${href})"`);
});

test('the screen still shows the navigation', async ({ page }) => {
  await page.goto('/over/privacy');
  await waitForHydration(page);
  await expect(page.locator('.navbar')).toBeVisible();
  const link = page.locator('article .markdown a[href^="/"]').first();
  const printed = await link.evaluate((anchor) => getComputedStyle(anchor, '::after').content);
  expect(printed).toBe('none');
});
