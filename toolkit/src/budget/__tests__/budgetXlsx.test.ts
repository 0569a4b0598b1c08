import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { budgetToXlsx, decimalToCents, parseBudgetXlsx } from '../budgetXlsx';
import { summarizeBudget } from '../summarizeBudget';
import { zaanstadBudget } from '../../data/zaanstad/budget';
import type { Budget } from '../types';

describe('budgetToXlsx / parseBudgetXlsx', () => {
  it('writes a workbook whose sheet holds the BOT table as numbers with two decimals', () => {
    const files = unzipSync(budgetToXlsx(zaanstadBudget));
    expect(Object.keys(files)).toContain('xl/worksheets/sheet1.xml');
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<c r="C2" s="1"><v>6700.00</v></c>');
    expect(sheet).toContain('<t xml:space="preserve">Pijler 1 · Persoonsgerichte aanpak (PGA)</t>');
    // Financieel alternatief leaves 2020 out: no C3 cell.
    expect(sheet).not.toContain('r="C3"');
  });

  it('reads its own output back: same years, lines and cents; deterministic bytes', () => {
    const bytes = budgetToXlsx(zaanstadBudget);
    expect(budgetToXlsx(zaanstadBudget)).toEqual(bytes);
    const parsed = parseBudgetXlsx(bytes);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.budget.years).toEqual(zaanstadBudget.years);
    expect(parsed.budget.lines.map((line) => line.amounts)).toEqual(
      zaanstadBudget.lines.map((line) => line.amounts),
    );
    expect(summarizeBudget(parsed.budget).totalCents).toBe(163_565_000);
  });

  it('round-trips any budget', () => {
    const budgetArb: fc.Arbitrary<Budget> = fc
      .uniqueArray(fc.integer({ min: 2000, max: 2099 }), { maxLength: 5 })
      .chain((years) =>
        fc.record({
          years: fc.constant(years),
          lines: fc.array(
            fc.record({
              pillar: fc.string({ maxLength: 12 }).map((s) => s.trim()),
              action: fc.string({ maxLength: 20 }).map((s) => s.trim()),
              amounts: fc
                .tuple(...years.map(() => fc.option(fc.integer({ min: 0, max: 1e14 }))))
                .map((values) => {
                  const amounts: Partial<Record<number, number>> = {};
                  values.forEach((value, index) => {
                    if (value !== null) amounts[years[index]!] = value;
                  });
                  return amounts;
                }),
            }),
            { maxLength: 15 },
          ),
        }),
      );
    fc.assert(
      fc.property(budgetArb, (budget) => {
        const parsed = parseBudgetXlsx(budgetToXlsx(budget));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        // Blank lines (no pillar, no action, no amounts) are skipped, as in a spreadsheet.
        const kept = budget.lines.filter(
          (line) =>
            line.pillar !== '' || line.action !== '' || Object.keys(line.amounts).length > 0,
        );
        expect(parsed.budget.years).toEqual(budget.years);
        expect(parsed.budget.lines).toEqual(kept);
      }),
      { numRuns: 60 },
    );
  });

  it('reads a sheet as Excel saves it: shared strings, float noise, no r attributes', () => {
    const sheet =
      '<worksheet><sheetData><row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c><v>2025</v></c></row>' +
      '<row r="2"><c t="s"><v>2</v></c><c t="inlineStr"><is><t>A &amp; B</t></is></c><c><v>1234.5599999999999</v></c></row>' +
      '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c></row></sheetData></worksheet>';
    const shared =
      '<sst><si><t>Pijler</t></si><si><r><t>Ac</t></r><r><t>tie</t></r></si><si><t>P1</t></si><si><t>€ 1.000</t></si></sst>';
    const bytes = zipSync({
      'xl/worksheets/sheet1.xml': strToU8(sheet),
      'xl/sharedStrings.xml': strToU8(shared),
    });
    expect(parseBudgetXlsx(bytes)).toEqual({
      ok: true,
      budget: {
        years: [2025],
        lines: [
          { pillar: 'P1', action: 'A & B', amounts: { 2025: 123_456 } },
          { pillar: 'P1', action: '', amounts: { 2025: 100_000 } },
        ],
      },
    });
  });

  it('refuses files that are not workbooks, and negative amounts, with a Dutch message', () => {
    const notZip = parseBudgetXlsx(strToU8('Pijler;Actie'));
    expect(notZip).toMatchObject({ ok: false });
    if (!notZip.ok) expect(notZip.message).toMatch(/geen Excel-bestand/);
    const negative = zipSync({
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>Pijler</t></is></c><c t="inlineStr"><is><t>Actie</t></is></c><c><v>2025</v></c></row><row r="2"><c t="inlineStr"><is><t>P</t></is></c><c t="inlineStr"><is><t>A</t></is></c><c><v>-5</v></c></row></sheetData></worksheet>',
      ),
    });
    const result = parseBudgetXlsx(negative);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/negatief/);
  });
});

describe('decimalToCents', () => {
  it.each([
    ['1234.56', 123_456],
    ['1234.5599999999999', 123_456],
    ['1234.555', 123_456],
    ['1234.554', 123_455],
    ['1.23456E5', 12_345_600],
    ['1E-3', 0],
    ['0.005', 1],
    ['7', 700],
    ['-5', -500],
  ])('%s → %d', (text, cents) => {
    expect(decimalToCents(text)).toBe(cents);
  });

  it.each(['', '.', 'abc', '1e400', '1.2.3', '99999999999999999999'])('refuses %j', (text) => {
    expect(decimalToCents(text)).toBeNull();
  });
});
