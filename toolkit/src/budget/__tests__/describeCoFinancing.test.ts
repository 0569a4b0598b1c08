import { describe, expect, it } from 'vitest';
import { describeCoFinancing } from '../describeCoFinancing';
import { summarizeBudget } from '../summarizeBudget';
import { zaanstadBudget } from '../../data/zaanstad/budget';
import type { CoFinancingResult } from '../coFinancingTypes';

const result = (balanceCents: number): CoFinancingResult => ({
  share: { numerator: 1, denominator: 3 },
  requiredCents: 100_000,
  providedCents: 100_000 + balanceCents,
  balanceCents,
  shortfallCents: Math.max(0, -balanceCents),
  surplusCents: Math.max(0, balanceCents),
  met: balanceCents >= 0,
  items: [],
});

describe('describeCoFinancing', () => {
  it('states the BOT shortfall when the amounts cover the whole period', () => {
    const { coFinancing } = summarizeBudget(zaanstadBudget);
    expect(describeCoFinancing(coFinancing)).toBe('Er ontbreekt €\u00a033.879 cofinanciering.');
  });

  it('states the BOT surplus when the amounts are per year', () => {
    const perYear = {
      ...zaanstadBudget,
      coFinancing: { ...zaanstadBudget.coFinancing, amountPeriod: 'per-year' as const },
    };
    expect(describeCoFinancing(summarizeBudget(perYear).coFinancing)).toBe(
      'De cofinanciering is voldoende: €\u00a0988.797 meer dan vereist.',
    );
  });

  it('rounds a shortfall of one cent up to a whole euro, and a small surplus down', () => {
    expect(describeCoFinancing(result(-1))).toBe('Er ontbreekt €\u00a01 cofinanciering.');
    expect(describeCoFinancing(result(99))).toBe(
      'De cofinanciering is voldoende: €\u00a00 meer dan vereist.',
    );
  });
});
