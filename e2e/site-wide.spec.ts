import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/sitemap';
import { axeViolations, waitForHydration, watchPage } from './support/pageGuard';

/**
 * Every page of the built sitemap must load without errors, stay on the site's
 * own host, set no cookie and pass axe (WCAG 2.1 AA): every rule in light mode,
 * the colour rules again in dark mode. New pages are covered as soon as they
 * are in the sitemap.
 */
const paths = sitemapPaths();

/**
 * The axe rules whose outcome depends on the colour scheme. The two modes share
 * one DOM; only the colours differ, so dark mode reruns these after the full
 * run in light mode, on the same page load.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

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

  for (const pagePath of paths) {
    test(`${pagePath} (licht en donker)`, async ({ page, context, baseURL }, testInfo) => {
      const origin = new URL(baseURL!).origin;
      await page.emulateMedia({ colorScheme: 'light' });
      const problems = watchPage(page, origin);

      const response = await page.goto(pagePath);
      expect(response?.status(), 'HTTP-status').toBeLessThan(400);
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      expect(await axeViolations(page, testInfo), 'axe WCAG 2.1 AA (licht)').toEqual([]);

      // The site follows the system setting (respectPrefersColorScheme).
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      // Infima fades some colours; measure contrast once the transitions are over.
      await page.waitForFunction(() => document.getAnimations().length === 0);
      expect(
        await axeViolations(page, testInfo, { rules: colourRules }),
        'axe kleurcontrast (donker)',
      ).toEqual([]);

      expect(problems.httpErrors, 'HTTP-fouten').toEqual([]);
      expect(problems.failedRequests, 'mislukte verzoeken').toEqual([]);
      expect(problems.thirdPartyRequests, 'verzoeken naar andere hosts').toEqual([]);
      expect(problems.consoleErrors, 'fouten in de console').toEqual([]);
      expect(await context.cookies(), 'cookies').toEqual([]);
    });
  }

  test('a visitor whose system is dark gets the dark theme from the first paint', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    // Set by the inline colour-mode script before React runs.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  test('unknown pages get the Dutch 404 page', async ({ page }) => {
    const response = await page.goto('/bestaat-niet');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Pagina niet gevonden');
  });
});
