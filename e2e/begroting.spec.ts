import { expect, test, type Page } from '@playwright/test';

/**
 * Toolkit → Begroting: the budget calculator, used with the keyboard alone.
 * Each test focuses one starting control, then only types and presses keys.
 */
const PAGE = '/toolkit/begroting';
const nbsp = '\u00a0';

/** Waits until the calculator has hydrated and restored its state (slow machines: generous timeout). */
async function openCalculator(page: Page, url = PAGE) {
  await page.goto(url);
  await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.waitForURL(/#begroting=/);
}

const liveTotals = (page: Page) =>
  page.locator('[aria-live="polite"]').filter({ hasText: 'Totaal' });

async function startEmpty(page: Page) {
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Lege begroting' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Nog geen regels. Voeg een regel toe.')).toBeVisible();
}

test.describe('begroting', () => {
  // Long keyboard scenarios on a shared 2-core machine: allow more than the default minute.
  test.describe.configure({ timeout: 150_000 });

  test('shows the BOT example with its totals and the co-financing shortfall', async ({ page }) => {
    await openCalculator(page);
    await expect(liveTotals(page)).toContainText(`Totaal: €${nbsp}1.635.650`);
    await expect(liveTotals(page)).toContainText(`Er ontbreekt €${nbsp}33.879 cofinanciering.`);
    const totals = page.getByRole('table', { name: 'Totalen per pijler en per jaar' });
    await expect(totals.getByRole('row', { name: /^Totaal/ })).toContainText(`€${nbsp}798.500`);
    const perParticipant = page.getByRole('table', { name: 'Kosten per deelnemer per pijler' });
    await expect(perParticipant).toContainText(`€${nbsp}11.436,67`);

    // Switch the period with the arrow keys: per year, the plan's items cover the share.
    await page.getByLabel('Voor de hele looptijd (één keer tellen)').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel(/^Per jaar/)).toBeChecked();
    await expect(liveTotals(page)).toContainText(
      `De cofinanciering is voldoende: €${nbsp}988.797 meer dan vereist.`,
    );
  });

  test('builds a budget from empty with the keyboard, and keeps the last totals on a wrong amount', async ({
    page,
  }) => {
    await openCalculator(page);
    await startEmpty(page);

    await page.getByRole('button', { name: 'Jaar toevoegen' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Jaartal van kolom 1')).toBeFocused();
    await page.keyboard.type('2025');

    await page.getByRole('button', { name: 'Regel toevoegen' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Pijler van regel 1')).toBeFocused();
    await page.keyboard.type('Pijler 1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Coaching');
    await page.keyboard.press('Tab');
    const amount = page.getByLabel('Bedrag Coaching, 2025');
    await expect(amount).toBeFocused();
    await page.keyboard.type('€ 1.234,5');
    await expect(liveTotals(page)).toContainText(`Totaal: €${nbsp}1.234,50`);

    // A second line, then a wrong amount in the first: message beside the field, value kept.
    await page.getByRole('button', { name: 'Regel toevoegen' }).focus();
    await page.keyboard.press('Enter');
    // Wait for the new line to take focus before tabbing on (a busy machine is slow to render).
    await expect(page.getByLabel('Pijler van regel 2')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Training');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1000');
    await expect(liveTotals(page)).toContainText(`Totaal: €${nbsp}2.234,50`);

    // Replace the amount in one go (as a paste would), then leave the field with Tab.
    await amount.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('12.50');
    await expect(amount).not.toHaveAttribute('aria-invalid'); // no message while typing
    await page.keyboard.press('Tab');
    await expect(amount).toHaveValue('12.50');
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    const message = page.locator(`#${await amount.getAttribute('aria-describedby')}`);
    await expect(message).toHaveAttribute('role', 'alert');
    await expect(message).toContainText('Gebruik een komma voor de centen');
    await expect(liveTotals(page)).toContainText('Eén veld heeft een fout');
    await expect(liveTotals(page)).toContainText(`Totaal: €${nbsp}2.234,50`);
    expect(await page.locator('main').innerText()).not.toMatch(/\bNaN\b|Infinity|undefined/);

    // Fix it: the message goes, the totals follow.
    await amount.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('12,50');
    await expect(amount).not.toHaveAttribute('aria-invalid');
    await expect(liveTotals(page)).toContainText(`Totaal: €${nbsp}1.012,50`);

    // Move the second line up, then remove it; focus returns to "Regel toevoegen".
    await page.getByRole('button', { name: 'Training omhoog' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Actie van regel 1')).toHaveValue('Training');
    await page.getByRole('button', { name: 'Training verwijderen' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Regel toevoegen' })).toBeFocused();
    await expect(liveTotals(page)).toContainText(`Totaal: €${nbsp}12,50`);
  });

  test('keeps the budget on reload and opens the same budget from the share URL', async ({
    page,
    browser,
  }) => {
    await openCalculator(page);
    const first = page.getByLabel('Bedrag Persoonsgerichte aanpak, 2020');
    await first.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('16.700');
    await expect(liveTotals(page)).toContainText(`Totaal: €${nbsp}1.645.650`);

    await page.reload();
    await page.locator('[data-ready="true"]').waitFor({ timeout: 30_000 });
    await expect(page.getByLabel('Bedrag Persoonsgerichte aanpak, 2020')).toHaveValue('16.700');
    await expect(liveTotals(page)).toContainText(`Totaal: €${nbsp}1.645.650`);

    const shareUrl = page.url();
    const other = await browser.newContext();
    try {
      const otherPage = await other.newPage();
      await openCalculator(otherPage, shareUrl);
      await expect(
        otherPage.getByText('De begroting uit de gedeelde link is geladen.'),
      ).toBeVisible();
      await expect(otherPage.getByLabel('Bedrag Persoonsgerichte aanpak, 2020')).toHaveValue(
        '16.700',
      );
      await expect(liveTotals(otherPage)).toContainText(`Totaal: €${nbsp}1.645.650`);
    } finally {
      await other.close();
    }
  });

  test('exports XLSX and imports it again with the same amounts', async ({ page }, testInfo) => {
    await openCalculator(page);
    const amount = page.getByLabel('Bedrag Persoonsgerichte aanpak, 2021');
    await amount.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('130.400,07');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren als Excel (.xlsx)' }).focus();
    await page.keyboard.press('Enter');
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('begroting.xlsx');
    const file = testInfo.outputPath('begroting.xlsx');
    await download.saveAs(file);

    await startEmpty(page);
    await page.getByLabel('CSV of Excel (.xlsx) importeren').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Ingelezen' })).toContainText(
      'Ingelezen: 8 regels en 3 jaren',
    );
    await expect(page.getByLabel('Bedrag Persoonsgerichte aanpak, 2021')).toHaveValue('130.400,07');
    await expect(liveTotals(page)).toContainText(`Totaal: €${nbsp}1.635.650,07`);
  });

  test('exports CSV and imports it again with the same amounts', async ({ page }, testInfo) => {
    await openCalculator(page);
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren als CSV' }).focus();
    await page.keyboard.press('Enter');
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('begroting.csv');
    const file = testInfo.outputPath('begroting.csv');
    await download.saveAs(file);

    await startEmpty(page);
    await expect(liveTotals(page)).toContainText(`Totaal: €${nbsp}0`);

    await page.getByLabel('CSV of Excel (.xlsx) importeren').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Ingelezen' })).toContainText(
      'Ingelezen: 8 regels en 3 jaren',
    );
    await expect(liveTotals(page)).toContainText(`Totaal: €${nbsp}1.635.650`);
    await expect(page.getByLabel('Bedrag Financieel alternatief, 2021')).toHaveValue('37.800');

    // A broken file is refused with a message that says what to change.
    await page.getByLabel('CSV of Excel (.xlsx) importeren').setInputFiles({
      name: 'fout.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Pijler;Actie;2024\nA;B;12.50\n'),
    });
    await expect(page.getByRole('status').filter({ hasText: 'niet ingelezen' })).toContainText(
      'Regel 2, jaar 2024',
    );
    await expect(liveTotals(page)).toContainText(`Totaal: €${nbsp}1.635.650`);
  });
});
