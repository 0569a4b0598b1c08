import { describe, expect, it } from 'vitest';
import { budgetToCsv, parseBudgetCsv } from '../budgetCsv';
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
