import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './support/pageGuard';

/**
 * The local search (Pagefind): loads nothing until used, finds what an advisor
 * types in Dutch, compound words included, and works with the keyboard alone.
 */
async function search(page: Page, term: string) {
  const box = page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' });
  await box.click();
  await box.fill(term);
  await expect(page.getByRole('status').filter({ hasText: /resulta/ })).toContainText(term, {
    timeout: 15_000,
  });
  return page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('link');
}

/** The home page, hydrated, with focus in the search box. */
async function focusSearchBox(page: Page) {
  await page.goto('/');
  await waitForHydration(page);
  const box = page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' });
  await box.focus();
  return {
    box,
    links: page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('link'),
  };
}

test.describe('search', () => {
  test('loads Pagefind only when the visitor starts to search', async ({ page }) => {
    const pagefindRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
    });
    await page.goto('/');
    await waitForHydration(page);
    expect(pagefindRequests).toEqual([]);
    await page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' }).focus();
    await expect.poll(() => pagefindRequests.some((url) => url.endsWith('pagefind.js'))).toBe(true);
  });

  const queries: { term: string; expected: RegExp }[] = [
    { term: 'jeugdcriminaliteit', expected: /\/aanpak|\/gemeenten|\/nieuwsbrief/ },
    { term: 'straatcoaches', expected: /\/gemeenten\/arnhem$/ },
    { term: 'cofinanciering', expected: /\/aanpak\/begroting$|\/toolkit\/begroting$/ },
    // Dutch stemming: the plural finds the singular and back.
    { term: 'gemeenten', expected: /\/gemeenten/ },
  ];
  for (const { term, expected } of queries) {
    test(`finds "${term}"`, async ({ page }) => {
      await page.goto('/');
      await waitForHydration(page);
      const links = await search(page, term);
      await expect(links.first()).toBeVisible({ timeout: 15_000 });
      const hrefs = await links.evaluateAll((anchors) =>
        anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname),
      );
      expect(
        hrefs.some((href) => expected.test(href)),
        hrefs.join(', '),
      ).toBe(true);
    });
  }

  test('excerpts keep table cells, list items and chart labels apart', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    // Amounts sit in tables and charts on the budget pages: "2020€ 6.700" was glued before.
    const links = await search(page, 'persoonsgerichte aanpak');
    await expect(links.first()).toBeVisible({ timeout: 15_000 });
    const excerpts = await page
      .getByRole('list', { name: 'Zoekresultaten' })
      .locator('p')
      .allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) {
      expect(excerpt).not.toMatch(/[0-9A-Za-z]€/);
      expect(excerpt).not.toMatch(/OnderdeelTotaal|Toon de cijfers als tabel/);
    }
  });

  test('says so in Dutch when nothing matches', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    const box = page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' });
    await box.fill('xyzzyqwv');
    await expect(page.getByRole('status')).toHaveText('Geen resultaten voor “xyzzyqwv”.', {
      timeout: 15_000,
    });
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    const box = page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' });
    await box.focus();
    await page.keyboard.type('straatcoaches');
    const links = page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('link');
    await expect(links.first()).toBeVisible({ timeout: 15_000 });

    await page.keyboard.press('ArrowDown');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(box).toBeFocused();
    await expect(links.first()).toBeHidden();

    await page.keyboard.press('Enter');
    await expect(links.first()).toBeFocused();
    const target = await links.first().getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(links.first()).toBeHidden();
  });

  test('Enter pressed before the results arrive takes the visitor to the first result', async ({
    page,
  }) => {
    const { links } = await focusSearchBox(page);
    // No wait between typing and Enter: Pagefind is still loading.
    await page.keyboard.type('gezin');
    await page.keyboard.press('Enter');
    await expect(links.first()).toBeFocused({ timeout: 15_000 });
  });

  test('a new letter after Enter keeps focus in the box', async ({ page }) => {
    const { box, links } = await focusSearchBox(page);
    await page.keyboard.type('gezi');
    await page.keyboard.press('Enter');
    await page.keyboard.type('n');
    await expect(links.first()).toBeVisible({ timeout: 15_000 });
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('gezin');
  });
});
