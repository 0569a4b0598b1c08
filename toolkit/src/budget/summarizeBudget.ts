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
  // Hot path (runs on every keystroke in the calculator): plain loops, Maps
  // and arrays indexed by year position; records are built once at the end.
  const yearCount = budget.years.length;
  const yearIndex = new Map<string, number>();
  budget.years.forEach((year, index) => yearIndex.set(String(year), index));
  const yearTotals: number[] = new Array<number>(yearCount).fill(0);
  const pillars = new Map<string, { total: number; years: number[] }>();
  let totalCents = 0;

  for (const line of budget.lines) {
    let pillar = pillars.get(line.pillar);
    if (pillar === undefined) {
      pillar = { total: 0, years: new Array<number>(yearCount).fill(0) };
      pillars.set(line.pillar, pillar);
    }
    const amounts = line.amounts as Record<string, Cents | undefined>;
    for (const yearKey in amounts) {
      const cents = amounts[yearKey];
      if (cents === undefined) continue;
      if (!Number.isSafeInteger(cents)) {
        throw new RangeError(
          `Bedrag van "${line.action}" in ${yearKey} is geen geheel aantal centen`,
        );
      }
      totalCents = safeAdd(totalCents, cents);
      pillar.total = safeAdd(pillar.total, cents);
      const index = yearIndex.get(yearKey);
      if (index !== undefined) {
        yearTotals[index] = safeAdd(yearTotals[index]!, cents);
        pillar.years[index] = safeAdd(pillar.years[index]!, cents);
      }
    }
  }

  const perYear: Record<number, Cents> = {};
  budget.years.forEach((year, index) => (perYear[year] = yearTotals[index]!));
  const perPillar: Record<string, Cents> = {};
  const perPillarPerYear: Record<string, Record<number, Cents>> = {};
  const pillarOrder: string[] = [];
  for (const [key, pillar] of pillars) {
    pillarOrder.push(key);
    perPillar[key] = pillar.total;
    const years: Record<number, Cents> = {};
    budget.years.forEach((year, index) => (years[year] = pillar.years[index]!));
    perPillarPerYear[key] = years;
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
