import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import { readSheet } from 'read-excel-file/universal';
import { MAX_SPREADSHEET_CENTS, summarizeBudget, zaanstadBudget } from '@bot075/toolkit';
import { anyBudget, keptLines } from '../../../../toolkit/src/budget/__tests__/budgetArbitraries';
import { budgetToXlsx, readBudgetXlsx } from '../xlsx';

const workbook = async (data: SheetData) => (await writeXlsxFile(data).toBlob()).arrayBuffer();

describe('budgetToXlsx / readBudgetXlsx', () => {
  it('writes the BOT table as a sheet with text, numbers in euros and empty cells', async () => {
    const blob = await budgetToXlsx(zaanstadBudget);
    const rows = await readSheet(await blob.arrayBuffer(), 'Begroting');
    expect(rows[0]).toEqual(['Pijler', 'Actie', '2020', '2021', '2022']);
    expect(rows[1]).toEqual([
      'Pijler 1 · Persoonsgerichte aanpak (PGA)',
      'Persoonsgerichte aanpak',
      6700,
      130_400,
      130_400,
    ]);
    // Financieel alternatief leaves 2020 out.
    expect(rows[2]![2]).toBeNull();
  });

  it('reads its own Zaanstad workbook back to € 1.635.650', async () => {
    const parsed = await readBudgetXlsx(await budgetToXlsx(zaanstadBudget));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.budget.years).toEqual(zaanstadBudget.years);
    expect(parsed.budget.lines.map((line) => line.amounts)).toEqual(
      zaanstadBudget.lines.map((line) => line.amounts),
    );
    expect(summarizeBudget(parsed.budget).totalCents).toBe(163_565_000);
  });

  it('round-trips any budget, cent for cent', async () => {
    await fc.assert(
      fc.asyncProperty(anyBudget(MAX_SPREADSHEET_CENTS - 1), async (budget) => {
        const parsed = await readBudgetXlsx(await budgetToXlsx(budget));
        expect(parsed).toEqual({
          ok: true,
          budget: { years: budget.years, lines: keptLines(budget) },
        });
      }),
      { numRuns: 40 },
    );
  });

  it('reads float noise as the nearest cent and refuses over-precise or negative amounts', async () => {
    const header = ['Pijler', 'Actie', 2025];
    expect(await readBudgetXlsx(await workbook([header, ['P', 'A', 1234.5599999999999]]))).toEqual({
      ok: true,
      budget: { years: [2025], lines: [{ pillar: 'P', action: 'A', amounts: { 2025: 123_456 } }] },
    });
    const precise = await readBudgetXlsx(await workbook([header, ['P', 'A', 12.345]]));
    expect(precise).toMatchObject({ ok: false });
    if (!precise.ok)
      expect(precise.message).toMatch(/^Regel 2, jaar 2025: 12,345 heeft meer dan twee decimalen/);
    const negative = await readBudgetXlsx(await workbook([header, ['P', 'A', -5]]));
    if (!negative.ok) expect(negative.message).toMatch(/^Regel 2, jaar 2025: -5 is negatief/);
    expect(negative.ok).toBe(false);
  });

  it('refuses a date as an amount and a file that is no workbook, in Dutch', async () => {
    const date = await readBudgetXlsx(
      await workbook([
        ['Pijler', 'Actie', 2025],
        ['P', 'A', { value: new Date('2025-01-02T00:00:00Z'), type: Date, format: 'dd-mm-yyyy' }],
      ]),
    );
    expect(date.ok).toBe(false);
    if (!date.ok) expect(date.message).toMatch(/^Regel 2, jaar 2025: "2025-01-02" is geen bedrag/);
    const notWorkbook = await readBudgetXlsx(new TextEncoder().encode('Pijler;Actie').buffer);
    expect(notWorkbook.ok).toBe(false);
    if (!notWorkbook.ok) expect(notWorkbook.message).toMatch(/geen Excel-bestand/);
  });
});
