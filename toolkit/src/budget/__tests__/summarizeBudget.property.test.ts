import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeBudget } from '../summarizeBudget';
import { budgetToCsv, parseBudgetCsv } from '../budgetCsv';
import type { Budget } from '../types';

const yearsArb = fc.uniqueArray(fc.integer({ min: 2000, max: 2099 }), {
  minLength: 0,
  maxLength: 6,
});

/** Any budget: lines may leave years out; amounts up to € 10 billion each. */
const budgetArb: fc.Arbitrary<Budget> = yearsArb.chain((years) =>
  fc.record({
    years: fc.constant(years),
    lines: fc.array(
      fc.record({
        pillar: fc.constantFrom('pga', 'school', 'gezin', 'digitaal', 'leren', 'Pijler; "x"'),
        action: fc.string({ maxLength: 30 }),
        amounts: fc
          .dictionary(
            fc.constantFrom(...years.map(String), '0'),
            fc.integer({ min: 0, max: 1e12 }),
            { maxKeys: years.length },
          )
          .map((record) => {
            const amounts: Partial<Record<number, number>> = {};
            for (const [key, value] of Object.entries(record)) {
              if (years.includes(Number(key))) amounts[Number(key)] = value;
            }
            return amounts;
          }),
      }),
      { maxLength: 40 },
    ),
    participants: fc.dictionary(
      fc.constantFrom('pga', 'school', 'gezin'),
      fc.integer({ min: 0, max: 10_000 }),
    ),
  }),
);

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('summarizeBudget (properties)', () => {
  it('total = sum of the lines = sum per year = sum per pillar', () => {
    fc.assert(
      fc.property(budgetArb, (budget) => {
        const summary = summarizeBudget(budget);
        const linesSum = sum(
          budget.lines.flatMap((line) => Object.values(line.amounts) as number[]),
        );
        expect(summary.totalCents).toBe(linesSum);
        expect(sum(Object.values(summary.perYear))).toBe(summary.totalCents);
        expect(sum(Object.values(summary.perPillar))).toBe(summary.totalCents);
        for (const pillar of summary.pillarOrder) {
          expect(sum(Object.values(summary.perPillarPerYear[pillar]!))).toBe(
            summary.perPillar[pillar],
          );
        }
      }),
    );
  });

  it('never yields NaN or Infinity, whatever the budget', () => {
    fc.assert(
      fc.property(budgetArb, (budget) => {
        const summary = summarizeBudget(budget);
        const numbers: number[] = [];
        JSON.stringify(summary, (_key, value: unknown) => {
          if (typeof value === 'number') numbers.push(value);
          return value;
        });
        // JSON turns NaN/Infinity into null: check the raw numbers collected.
        for (const value of numbers) expect(Number.isSafeInteger(value)).toBe(true);
        expect(summary.coFinancing.requiredCents * 3).toBeGreaterThanOrEqual(summary.totalCents);
      }),
    );
  });

  it('CSV export then import gives the same years, lines and amounts', () => {
    fc.assert(
      fc.property(budgetArb, (budget) => {
        const parsed = parseBudgetCsv(budgetToCsv(budget));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.budget.years).toEqual(budget.years);
        expect(parsed.budget.lines.map((line) => line.amounts)).toEqual(
          budget.lines.map((line) => line.amounts),
        );
        expect(parsed.budget.lines.map((line) => line.pillar)).toEqual(
          budget.lines.map((line) => line.pillar),
        );
        expect(budgetToCsv(parsed.budget)).toBe(
          budgetToCsv({
            ...budget,
            lines: budget.lines.map((l) => ({ ...l, action: l.action.trim() })),
          }),
        );
      }),
    );
  });
});
