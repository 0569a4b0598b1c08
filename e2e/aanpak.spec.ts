import { expect, test } from '@playwright/test';

/**
 * The Aanpak pages (issue #3): figures come from the toolkit data and must
 * match the sources; pillar pages share one structure; charts have a table
 * alternative; quotes are attributed. Axe and request checks are in
 * site-wide.spec.ts.
 */
const pillarPages = [
  '/aanpak/pijler-1-pga',
  '/aanpak/pijler-2-school',
  '/aanpak/pijler-3-gezin',
  '/aanpak/pijler-4-digitaal',
  '/aanpak/pijler-5-leren',
];
const pillarSections = [
  'Doel',
  'Interventies',
  'Doelgroep',
  'Monitoring',
  'Budget',
  'Resultaten 2021',
  'Bronnen',
];
const nbsp = '\u00a0';

test.describe('Aanpak', () => {
  test('Begroting renders the full table with year totals and the corrected grand total', async ({
    page,
  }) => {
    await page.goto('/aanpak/begroting');
    const table = page.getByTestId('begroting-tabel');
    await expect(table.locator('caption')).toContainText('Overzicht financiële middelen');
    await expect(page.getByTestId('totaal-2020')).toHaveText(`€${nbsp}38.650`);
    await expect(page.getByTestId('totaal-2021')).toHaveText(`€${nbsp}798.500`);
    await expect(page.getByTestId('totaal-2022')).toHaveText(`€${nbsp}798.500`);
    await expect(page.getByTestId('eindtotaal')).toHaveText(`€${nbsp}1.635.650`);
    // Eight budget lines, each a row header, and the six pillar groups.
    await expect(table.locator('tbody th[scope="row"]:not(:has-text("Subtotaal"))')).toHaveCount(8);
    await expect(table.locator('tbody th[scope="colgroup"]')).toHaveCount(6);
    // The typo note names the printed figure and the corrected one.
    await expect(page.locator('.theme-admonition')).toContainText('€ 1.63.650');
    await expect(page.locator('.theme-admonition')).toContainText(`€${nbsp}1.635.650`);
    // Co-financing: four items, and the page says their period is not known.
    await expect(page.getByTestId('cofinanciering-tabel').locator('tbody tr')).toHaveCount(4);
    await expect(page.getByTestId('cofinanciering-tabel')).toContainText(`€${nbsp}229.010`);
    await expect(page.locator('article')).toContainText(
      'of de bedragen per jaar gelden of voor de hele periode',
    );
  });

  test('every chart has a visible caption and a table alternative reachable by keyboard', async ({
    page,
  }) => {
    await page.goto('/aanpak/begroting');
    const charts = page.locator('figure:has(details)');
    await expect(charts).toHaveCount(3);
    const perYear = charts.filter({ hasText: 'Budget per pijler en per jaar' });
    await expect(perYear.getByRole('list', { name: 'Legenda' })).toContainText('2021');
    const alternative = perYear.locator('details table');
    await expect(alternative).toBeHidden();
    await perYear.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(alternative).toBeVisible();
    const schoolRow = alternative.locator('tr', { hasText: 'School als centrale plek' });
    await expect(schoolRow.locator('td')).toHaveText([
      `€${nbsp}7.200`,
      `€${nbsp}306.800`,
      `€${nbsp}306.800`,
    ]);
    // Static SVG, no inline styles (CSP).
    expect(await page.locator('figure [style]').count()).toBe(0);
    expect(await perYear.locator('svg[aria-hidden="true"]').count()).toBeGreaterThan(0);
  });

  test('the five pillar pages share one structure and show their own budget', async ({ page }) => {
    const budgets = ['343.100', '620.800', '237.600', '175.250', '86.400'];
    for (const [index, path] of pillarPages.entries()) {
      await page.goto(path);
      const headings = await page.locator('article h2').allTextContents();
      expect(
        headings.map((h) => h.replace(/\u200b/g, '').trim()),
        path,
      ).toEqual(pillarSections);
      await expect(page.locator('article dl').first(), path).toContainText(
        `€${nbsp}${budgets[index]}`,
      );
      await expect(page.locator('article tfoot'), path).toContainText(`€${nbsp}${budgets[index]}`);
    }
  });

  test('pillar pages state target numbers and say when the infographic is silent', async ({
    page,
  }) => {
    await page.goto('/aanpak/pijler-2-school');
    await expect(page.locator('article')).toContainText('500 leerlingen');
    await expect(page.locator('article')).toContainText('Altra college (Zaanstad Noord)');
    await page.goto('/aanpak/pijler-3-gezin');
    await expect(page.locator('article')).toContainText('30 gezinnen');
    await expect(page.locator('article')).toContainText('niet bekend uit de bron');
  });

  test('Resultaten 2021 shows the figures and attributes both quotes', async ({ page }) => {
    await page.goto('/aanpak/resultaten-2021');
    const article = page.locator('article');
    for (const figure of ['25–30', '140', '4.334', '2.556', '121.500', '25.032', '1.630']) {
      await expect(article.locator('li', { hasText: figure }).first()).toBeVisible();
    }
    const hamming = page.locator('figure', { has: page.locator('blockquote') }).filter({
      hasText: 'gelijke kansen',
    });
    await expect(hamming.locator('figcaption')).toContainText('Jan Hamming');
    await expect(hamming.locator('figcaption')).toContainText('burgemeester');
    const grapperhaus = page.locator('figure', { has: page.locator('blockquote') }).filter({
      hasText: 'Preventie begint niet op 16-jarige leeftijd',
    });
    await expect(grapperhaus.locator('figcaption')).toContainText('minister');
    await expect(grapperhaus.locator('figcaption')).toContainText('Grapperhaus');
    await expect(page.locator('figure:has(details)')).toHaveCount(2);
  });

  test('each pillar is two clicks from the home page', async ({ page }) => {
    await page.goto('/');
    await page.locator('main').getByRole('link', { name: 'Aanpak', exact: true }).click();
    await expect(page).toHaveURL(/\/aanpak\/?$/);
    const overview = page.getByTestId('pijler-overzicht');
    await expect(overview.getByRole('link')).toHaveCount(5);
    await overview.getByRole('link', { name: /Pijler 4/ }).click();
    await expect(page).toHaveURL(/\/aanpak\/pijler-4-digitaal$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('digitale');
  });

  test('Bestaande initiatieven lists the annex with what, for whom and partners', async ({
    page,
  }) => {
    await page.goto('/aanpak/bestaande-initiatieven');
    const items = page.getByTestId('initiatieven').locator('> li');
    await expect(items).toHaveCount(14);
    const jpp = items.filter({ hasText: 'Het Jeugd Preventie Programma' });
    await expect(jpp).toContainText('10 tot 23 jaar');
    await expect(jpp).toContainText('Bureau Halt');
  });

  test('Bronnen lists the five sources and what each Aanpak page uses', async ({ page }) => {
    await page.goto('/over/bronnen');
    await expect(page.getByTestId('bronnen-tabel').locator('tbody tr')).toHaveCount(5);
    await expect(page.locator('article')).toContainText('Begroting');
    await expect(page.locator('article')).toContainText('bron 002');
  });

  test('the pages fit a 390 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/aanpak/begroting', '/aanpak/resultaten-2021', ...pillarPages]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
