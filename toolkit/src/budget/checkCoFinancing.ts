import { shareOfCents, type Fraction } from '../money/divideCents';
import type { CoFinancingInput, CoFinancingItem, CoFinancingResult } from './coFinancingTypes';
import type { Cents } from './types';

/** The BOTOC scheme's required co-financing share: one third of the budget. */
export const defaultCoFinancingShare: Fraction = { numerator: 1, denominator: 3 };

/**
 * Checks whether co-financing covers the required share of a budget.
 *
 * - Required: `share × budgetTotalCents`, rounded **up** to a whole cent, so a
 *   rounding never hides a missing cent.
 * - An `fte` item counts `fteHundredths × annualCostCents × years / 100`,
 *   rounded half-up to a whole cent.
 * - An `amount` item counts once (`amountPeriod: 'whole-period'`) or once per
 *   budget year (`'per-year'`, times `budgetYearCount`).
 *
 * @param input - the items, how to read their amounts, and the share (default 1/3)
 * @param budgetTotalCents - the budget's total in cents (e.g. `summarizeBudget(b).totalCents`)
 * @param budgetYearCount - how many years the budget covers (used by `'per-year'`)
 * @throws RangeError on amounts, fte or years that are not non-negative safe integers.
 * @example
 * checkCoFinancing({ items: [{ kind: 'amount', description: 'x', amountCents: 51_133_800 }],
 *   amountPeriod: 'whole-period' }, 163_565_000, 3).shortfallCents // 3_387_867
 */
export function checkCoFinancing(
  input: CoFinancingInput,
  budgetTotalCents: Cents,
  budgetYearCount: number,
): CoFinancingResult {
  const share = input.share ?? defaultCoFinancingShare;
  requireCount(budgetYearCount, 'aantal jaren');
  const requiredCents = shareOfCents(budgetTotalCents, share, 'up');
  const items = input.items.map((item) => ({
    description: item.description,
    providedCents: itemCents(item, input.amountPeriod, budgetYearCount),
  }));
  let providedCents = 0;
  for (const item of items) {
    providedCents += item.providedCents;
    if (!Number.isSafeInteger(providedCents)) {
      throw new RangeError('De cofinanciering is te groot om exact te rekenen');
    }
  }
  const balanceCents = providedCents - requiredCents;
  return {
    share,
    requiredCents,
    providedCents,
    balanceCents,
    shortfallCents: Math.max(0, -balanceCents),
    surplusCents: Math.max(0, balanceCents),
    met: balanceCents >= 0,
    items,
  };
}

function itemCents(
  item: CoFinancingItem,
  period: CoFinancingInput['amountPeriod'],
  yearCount: number,
): Cents {
  if (item.kind === 'amount') {
    requireCount(item.amountCents, 'bedrag');
    const times = period === 'per-year' ? yearCount : 1;
    return shareOfCents(item.amountCents, { numerator: times, denominator: 1 });
  }
  requireCount(item.fteHundredths, 'fte');
  requireCount(item.annualCostCents, 'jaarkosten');
  requireCount(item.years, 'jaren');
  // One rounding over the whole product, not one per year.
  return shareOfCents(item.annualCostCents, {
    numerator: item.fteHundredths * item.years,
    denominator: 100,
  });
}

function requireCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`Ongeldig ${what}: ${String(value)}`);
  }
}
