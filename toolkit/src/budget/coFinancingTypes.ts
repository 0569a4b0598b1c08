import type { Fraction } from '../money/divideCents';
import type { Cents } from './types';

/**
 * One co-financing contribution, given either as an amount or as staff time:
 * fte × annual cost per fte × number of years.
 */
export type CoFinancingItem =
  | {
      kind: 'amount';
      /** What the contribution is, in Dutch. */
      description: string;
      /** The amount in cents. Read per year or for the whole period: see {@link CoFinancingInput.amountPeriod}. */
      amountCents: Cents;
    }
  | {
      kind: 'fte';
      description: string;
      /** Full-time equivalents in hundredths: 250 means 2,5 fte. */
      fteHundredths: number;
      /** Cost of one fte for one year, in cents (BOT plan: € 91.604 at scale 11, € 72.461 at scale 9). */
      annualCostCents: Cents;
      /** For how many years the capacity is provided. */
      years: number;
    };

/**
 * How to read the `amount` items: `'whole-period'` means each amount covers
 * the whole budget period; `'per-year'` means it is provided every year, so it
 * counts once per budget year. The BOT plan does not say which: callers must choose.
 */
export type CoFinancingPeriod = 'whole-period' | 'per-year';

/** What the co-financing check needs besides the budget total. */
export interface CoFinancingInput {
  items: CoFinancingItem[];
  /** How `amount` items are read. */
  amountPeriod: CoFinancingPeriod;
  /** Required share of the budget. Default 1/3 (BOTOC scheme). */
  share?: Fraction;
}

/** One item's contribution as counted by the check. */
export interface CoFinancingItemResult {
  description: string;
  /** What the item counts for over the whole period, in cents. */
  providedCents: Cents;
}

/** The outcome of the co-financing check. All amounts in cents. */
export interface CoFinancingResult {
  /** The share used. */
  share: Fraction;
  /** Share × budget total, rounded up to a whole cent (at least this much is needed). */
  requiredCents: Cents;
  /** Sum of all items over the whole period. */
  providedCents: Cents;
  /** `providedCents − requiredCents`: negative is a shortfall, zero or more a surplus. */
  balanceCents: Cents;
  /** What is missing (0 when the requirement is met). */
  shortfallCents: Cents;
  /** What is provided beyond the requirement (0 when there is a shortfall). */
  surplusCents: Cents;
  /** Whether the provided amount reaches the required amount. */
  met: boolean;
  items: CoFinancingItemResult[];
}
