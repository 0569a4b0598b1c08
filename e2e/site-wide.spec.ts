import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/sitemap';
import { axeViolations, waitForHydration, watchPage } from './support/pageGuard';

/**
 * Every page of the built sitemap, in light and dark mode, must load without
 * errors, stay on the site's own host, set no cookie and pass axe (WCAG 2.1 AA).
 * New pages are covered as soon as they are in the sitemap.
 */
const paths = sitemapPaths();
const colorSchemes = ['light', 'dark'] as const;

test.describe('site-wide', () => {
  test('the sitemap covers the main sections', () => {
    for (const section of [
      '/',
      '/aanpak',
      '/gemeenten',
      '/nieuwsbrief',
      '/toolkit',
      '/downloads',
    ]) {
      expect(paths, `sitemap mist ${section}`).toContain(section);
    }
  });

  for (const colorScheme of colorSchemes) {
    for (const pagePath of paths) {
      test(`${pagePath} (${colorScheme})`, async ({ page, context, baseURL }, testInfo) => {
        const origin = new URL(baseURL!).origin;
        await page.emulateMedia({ colorScheme });
        const problems = watchPage(page, origin);

        const response = await page.goto(pagePath);
        expect(response?.status(), 'HTTP-status').toBeLessThan(400);
        await waitForHydration(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);

        expect(problems.httpErrors, 'HTTP-fouten').toEqual([]);
        expect(problems.failedRequests, 'mislukte verzoeken').toEqual([]);
        expect(problems.thirdPartyRequests, 'verzoeken naar andere hosts').toEqual([]);
        expect(problems.consoleErrors, 'fouten in de console').toEqual([]);
        expect(await context.cookies(), 'cookies').toEqual([]);
        expect(await axeViolations(page, testInfo), 'axe WCAG 2.1 AA').toEqual([]);
      });
    }
  }

  test('unknown pages get the Dutch 404 page', async ({ page }) => {
    const response = await page.goto('/bestaat-niet');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Pagina niet gevonden');
  });
});
