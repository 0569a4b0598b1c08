import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SPREADSHEET_CENTS,
  budgetToCsv,
  budgetToRows,
  euroNumberToCents,
  parseBudgetCsv,
  parseBudgetRows,
} from '../budgetCsv';
import { anyBudget, keptLines } from './budgetArbitraries';
import { zaanstadBudget } from '../../data/zaanstad/budget';
import { summarizeBudget } from '../summarizeBudget';

describe('budgetToCsv / parseBudgetCsv', () => {
  it('writes the BOT table with labels, decimal commas and empty cells for left-out years', () => {
    const csv = budgetToCsv(zaanstadBudget);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('Pijler;Actie;2020;2021;2022');
    expect(rows[2]).toBe(
      'Pijler 1 · Persoonsgerichte aanpak (PGA);Financieel alternatief;;37800,00;37800,00',
    );
    const parsed = parseBudgetCsv(csv);
    expect(parsed.ok && summarizeBudget(parsed.budget).totalCents).toBe(163_565_000);
  });

  it('reads amounts typed the Dutch way, quotes and tabs', () => {
    const parsed = parseBudgetCsv('Pijler\tActie\t2024\n"A; b"\t"say ""hi"""\t€ 1.234,5\n');
    expect(parsed).toEqual({
      ok: true,
      budget: {
        years: [2024],
        lines: [{ pillar: 'A; b', action: 'say "hi"', amounts: { 2024: 123_450 } }],
      },
    });
  });

  it('names the row and year of a wrong amount and says what to type', () => {
    const parsed = parseBudgetCsv('Pijler;Actie;2024\nA;B;12.50\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.message).toMatch(
        /^Regel 2, jaar 2024: "12.50" is geen bedrag\. Gebruik een komma/,
      );
  });

  it('refuses a header without years as years', () => {
    expect(parseBudgetCsv('Pijler;Actie;twintig\n').ok).toBe(false);
    expect(parseBudgetCsv('').ok).toBe(false);
    expect(parseBudgetCsv('Pijler;Actie;2024;2024\n').ok).toBe(false);
  });
});

describe('budgetToRows / parseBudgetRows', () => {
  it('gives the table as rows: header, labels, amounts in euros, null for a left-out year', () => {
    const rows = budgetToRows(zaanstadBudget);
    expect(rows[0]).toEqual(['Pijler', 'Actie', '2020', '2021', '2022']);
    expect(rows[2]).toEqual([
      'Pijler 1 · Persoonsgerichte aanpak (PGA)',
      'Financieel alternatief',
      null,
      37_800,
      37_800,
    ]);
    expect(rows).toHaveLength(zaanstadBudget.lines.length + 1);
  });

  it('round-trips any budget through rows and through CSV, cent for cent', () => {
    fc.assert(
      fc.property(anyBudget(MAX_SPREADSHEET_CENTS - 1), (budget) => {
        const expected = { years: budget.years, lines: keptLines(budget) };
        expect(parseBudgetRows(budgetToRows(budget))).toEqual({ ok: true, budget: expected });
        expect(parseBudgetCsv(budgetToCsv(budget))).toEqual({ ok: true, budget: expected });
      }),
      { numRuns: 300 },
    );
  });

  it('reads numbers as a spreadsheet stores them, and a numeric year in the header', () => {
    expect(
      parseBudgetRows([
        ['Pijler', 'Actie', 2025, '2026'],
        ['P', 'A', 1234.5599999999999, 0.1 + 0.2],
        [null, null, null, null],
        ['Q', 7, '€ 1.000', undefined],
      ]),
    ).toEqual({
      ok: true,
      budget: {
        years: [2025, 2026],
        lines: [
          { pillar: 'P', action: 'A', amounts: { 2025: 123_456, 2026: 30 } },
          { pillar: 'Q', action: '7', amounts: { 2025: 100_000 } },
        ],
      },
    });
  });

  it.each([
    [-5, /^Regel 2, jaar 2025: -5 is negatief\./],
    [
      12.345,
      /^Regel 2, jaar 2025: 12,345 heeft meer dan twee decimalen\. Rond af op hele centen, bijvoorbeeld 12,35\./,
    ],
    [Number.NaN, /^Regel 2, jaar 2025: de cel bevat geen bruikbaar getal/],
    [Number.POSITIVE_INFINITY, /^Regel 2, jaar 2025: de cel bevat geen bruikbaar getal/],
    [1e13, /^Regel 2, jaar 2025: dit bedrag is te groot/],
  ])('refuses the number %d with a Dutch message naming the row', (value, message) => {
    const parsed = parseBudgetRows([
      ['Pijler', 'Actie', '2025'],
      ['P', 'A', value],
    ]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('euroNumberToCents(cents / 100) gives back the cents for every amount below the maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SPREADSHEET_CENTS - 1 }), (cents) => {
        expect(euroNumberToCents(cents / 100)).toEqual({ ok: true, cents });
      }),
      { numRuns: 2000 },
    );
  });
});
