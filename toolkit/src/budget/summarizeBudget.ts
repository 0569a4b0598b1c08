import { checkCoFinancing } from './checkCoFinancing';
import type { CoFinancingResult } from './coFinancingTypes';
import { costPerParticipant, type CostPerParticipant } from './costPerParticipant';
import type { Budget, Cents } from './types';

/** Totals of a budget. All amounts in integer cents. */
export interface BudgetSummary {
  /** Sum of every amount of every line. */
  totalCents: Cents;
  /** Sum per year, for every year in `budget.years` (0 where nothing is budgeted). */
  perYear: Record<number, Cents>;
  /** Sum per pillar key, in the order pillars first appear in the lines. */
  perPillar: Record<string, Cents>;
  /** Sum per pillar and year: `perPillarPerYear[pillar][year]`. */
  perPillarPerYear: Record<string, Record<number, Cents>>;
  /** The pillar keys in the order they first appear in the lines. */
  pillarOrder: string[];
  /** The co-financing check against `budget.coFinancing` (nothing provided when absent). */
  coFinancing: CoFinancingResult;
  /** Cost per participant for the pillars in `budget.participants`. */
  costPerParticipant: CostPerParticipant;
}

/**
 * Adds up a budget per year, per pillar and in total, checks its
 * co-financing ({@link checkCoFinancing}) and computes the cost per
 * participant ({@link costPerParticipant}). Sums are exact: amounts
 * are integer cents. A line's amount for a year outside `budget.years` still
 * counts in the pillar and grand totals but not in `perYear`.
 *
 * @throws RangeError when an amount is not a safe integer, or a sum leaves the
 *   safe-integer range; never returns NaN or Infinity.
 */
export function summarizeBudget(budget: Budget): BudgetSummary {
  const perYear: Record<number, Cents> = Object.fromEntries(budget.years.map((year) => [year, 0]));
  const perPillar: Record<string, Cents> = {};
  const perPillarPerYear: Record<string, Record<number, Cents>> = {};
  const pillarOrder: string[] = [];
  let totalCents = 0;

  for (const line of budget.lines) {
    if (!(line.pillar in perPillar)) {
      perPillar[line.pillar] = 0;
      perPillarPerYear[line.pillar] = Object.fromEntries(budget.years.map((year) => [year, 0]));
      pillarOrder.push(line.pillar);
    }
    const pillarYears = perPillarPerYear[line.pillar]!;
    for (const [yearKey, cents] of Object.entries(line.amounts)) {
      if (cents === undefined) continue;
      if (!Number.isSafeInteger(cents)) {
        throw new RangeError(
          `Bedrag van "${line.action}" in ${yearKey} is geen geheel aantal centen`,
        );
      }
      const year = Number(yearKey);
      totalCents = safeAdd(totalCents, cents);
      perPillar[line.pillar] = safeAdd(perPillar[line.pillar]!, cents);
      if (year in perYear) {
        perYear[year] = safeAdd(perYear[year]!, cents);
        pillarYears[year] = safeAdd(pillarYears[year]!, cents);
      }
    }
  }

  return {
    totalCents,
    perYear,
    perPillar,
    perPillarPerYear,
    pillarOrder,
    coFinancing: checkCoFinancing(
      budget.coFinancing ?? { items: [], amountPeriod: 'whole-period' },
      totalCents,
      budget.years.length,
    ),
    costPerParticipant: costPerParticipant(perPillar, budget.participants ?? {}),
  };
}

function safeAdd(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum))
    throw new RangeError('Het totaal is te groot om exact te rekenen');
  return sum;
}
