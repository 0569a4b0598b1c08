import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { waitForHydration } from './support/pageGuard';

/**
 * The peer plans: overview (also without JavaScript), filters and sorting by
 * keyboard, the comparison, the pillar matrix, the plan pages and the
 * open-data downloads.
 */
const planNames = [
  'Zaanstad',
  'Arnhem',
  'Beverwijk en Heemskerk',
  'Utrecht',
  'Rotterdam-Zuid (NPRZ)',
  'Groningen',
  'Schiedam',
];
const planIds = [
  'zaanstad',
  'arnhem',
  'beverwijk-heemskerk',
  'utrecht',
  'rotterdam-zuid',
  'groningen',
  'schiedam',
];

const overviewTable = (page: Page) =>
  page.getByRole('table', { name: /Plannen van gemeenten met hun regeling/ });
const rowNames = (page: Page) => overviewTable(page).locator('tbody th').allInnerTexts();

test.describe('gemeenten', () => {
  test('the overview renders every plan as static HTML without JavaScript', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/gemeenten');
    expect(await rowNames(page)).toEqual(planNames);
    const table = overviewTable(page);
    await expect(table.getByRole('row', { name: /Arnhem/ })).toContainText('ca. € 2.420.000');
    await expect(table.getByRole('row', { name: /Zaanstad/ })).toContainText('€ 1.635.650');
    await expect(table.getByRole('row', { name: /Beverwijk/ })).toContainText(
      'niet bekend uit de bron',
    );
    // Without JavaScript there are no controls that would not work.
    await expect(page.getByLabel('Regeling')).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('status')).toHaveText('7 van 7 plannen getoond.');
    await context.close();
  });

  test('filters by scheme and pillar and sorts with the keyboard alone', async ({ page }) => {
    await page.goto('/gemeenten');
    await waitForHydration(page);
    const status = page.getByRole('main').getByRole('status');

    const scheme = page.getByLabel('Regeling');
    await scheme.focus();
    await page.keyboard.press('ArrowDown'); // BOTOC
    await expect(scheme).toHaveValue('botoc');
    await expect(status).toHaveText('4 van 7 plannen getoond.');
    expect(await rowNames(page)).toEqual([
      'Zaanstad',
      'Arnhem',
      'Utrecht',
      'Rotterdam-Zuid (NPRZ)',
    ]);

    await page.keyboard.press('Tab');
    const pillar = page.getByLabel('BOT-pijler');
    await expect(pillar).toBeFocused();
    await page.keyboard.press('ArrowDown'); // pijler 1, PGA
    await page.keyboard.press('ArrowDown'); // pijler 2, school
    await expect(pillar).toHaveValue('school');
    await expect(status).toHaveText('2 van 7 plannen getoond.');
    expect(await rowNames(page)).toEqual(['Zaanstad', 'Arnhem']);

    // Sort by budget: Enter toggles ascending, then descending.
    const budgetHeader = overviewTable(page).getByRole('columnheader', { name: /Budget/ });
    const budgetButton = budgetHeader.getByRole('button');
    await budgetButton.focus();
    await page.keyboard.press('Enter');
    await expect(budgetHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(await rowNames(page)).toEqual(['Zaanstad', 'Arnhem']);
    await page.keyboard.press('Space');
    await expect(budgetHeader).toHaveAttribute('aria-sort', 'descending');
    expect(await rowNames(page)).toEqual(['Arnhem', 'Zaanstad']);
    await expect(status).toHaveText('2 van 7 plannen getoond, gesorteerd op budget, aflopend.');

    // A filter with no match says so; "Alles tonen" resets everything.
    await scheme.focus();
    await page.keyboard.press('ArrowDown'); // Preventie met Gezag
    await expect(status).toHaveText(/^0 van 7 plannen getoond/);
    await expect(overviewTable(page)).toContainText('Geen plannen met deze keuze.');
    await page.getByRole('button', { name: 'Alles tonen' }).focus();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('7 van 7 plannen getoond.');
    expect(await rowNames(page)).toEqual(planNames);
    await expect(budgetHeader).not.toHaveAttribute('aria-sort');
  });

  test('compares two or three plans, column by column, readable at 390 px', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/gemeenten/vergelijk');
    await waitForHydration(page);
    const status = page.getByRole('main').getByRole('status');
    await expect(status).toHaveText('Vergeleken: Zaanstad, Arnhem.');

    const third = page.getByLabel('Derde plan (optioneel)');
    await third.focus();
    await page.keyboard.press('ArrowDown'); // Zaanstad is taken, so the next free plan
    await expect(third).not.toHaveValue('');
    await third.selectOption('groningen');
    await expect(status).toHaveText('Vergeleken: Zaanstad, Arnhem, Groningen.');
    // A plan chosen in one slot cannot be chosen in another.
    await expect(third.locator('option[value="arnhem"]')).toBeDisabled();

    const budget = page.getByRole('region', { name: 'Budget' });
    await expect(budget).toContainText('€ 1.635.650');
    await expect(budget).toContainText('ca. € 2.420.000');
    await expect(budget).toContainText('niet bekend uit de bron');
    const tips = page.getByRole('region', { name: /Vraag 7: Tips voor de praktijk/ });
    await expect(tips).toContainText('lokaal maatwerk');

    // Nothing sticks out sideways on a phone.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await third.selectOption('');
    await expect(status).toHaveText('Vergeleken: Zaanstad, Arnhem.');
  });

  test('the matrix shows plans × pillars with the reason from the data', async ({ page }) => {
    await page.goto('/gemeenten/matrix');
    const matrix = page.getByRole('table', { name: /Welke plannen werken aan welke BOT-pijler/ });
    await expect(matrix.locator('thead th')).toHaveText([
      'Plan',
      '1 · PGA',
      '2 · School',
      '3 · Gezin',
      '4 · Digitaal',
      '5 · Leren',
    ]);
    expect(await matrix.locator('tbody th').allInnerTexts()).toEqual(planNames);
    const arnhem = matrix.getByRole('row', { name: /^Arnhem/ });
    await expect(arnhem.locator('td').nth(1)).toContainText('Deelproject PIT');
    await expect(arnhem.locator('td').nth(2)).toContainText('Geen verband in de bron');
    await expect(matrix.getByRole('row', { name: /^Zaanstad/ }).locator('td')).toHaveText(
      Array.from({ length: 5 }, () => /^Ja\./),
    );
    await expect(matrix.getByRole('row', { name: /^Utrecht/ })).not.toContainText('Ja.');
  });

  for (const id of planIds) {
    test(`the page of ${id} has the summary, the seven questions and the sources`, async ({
      page,
    }) => {
      await page.goto(`/gemeenten/${id}`);
      await expect(page.getByRole('heading', { name: 'Samenvatting', level: 2 })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'De zeven vragen', level: 2 })).toBeVisible();
      await expect(page.getByRole('heading', { level: 3, name: /^[1-7]\. / })).toHaveCount(7);
      await expect(page.getByRole('heading', { name: 'Bronnen', level: 2 })).toBeVisible();
    });
  }

  test('a plan page says where the source gives no answer, and quotes contacts', async ({
    page,
  }) => {
    await page.goto('/gemeenten/utrecht');
    const questions = page.locator('section[aria-labelledby^="vraag-"]');
    await expect(questions).toHaveCount(7);
    await expect(questions).toHaveText(Array.from({ length: 7 }, () => /niet bekend uit de bron/));

    await page.goto('/gemeenten/groningen');
    await expect(page.locator('blockquote')).toContainText('Lieuwe Rozema');
    await expect(page.locator('figcaption')).toContainText('bron 004');
  });

  test('the open data can be downloaded from the Downloads page and parses', async ({ page }) => {
    await page.goto('/downloads');
    await waitForHydration(page);

    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Plannen van gemeenten als JSON' }).click(),
    ]);
    const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as {
      plannen: { id: string; name: string }[];
    };
    expect(json.plannen.map((plan) => plan.id)).toEqual(planIds);

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Plannen van gemeenten als CSV' }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe('gemeenten-plannen.csv');
    const rows = parse(readFileSync((await csvDownload.path())!, 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows.map((row) => row.naam)).toEqual(planNames);
    expect(rows.find((row) => row.id === 'arnhem')?.budget_euro).toBe('2420000');
    expect(rows.find((row) => row.id === 'utrecht')?.budget_euro).toBe('');
  });
});
