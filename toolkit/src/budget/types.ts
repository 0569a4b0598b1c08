import type { CoFinancingInput } from './coFinancingTypes';

/** Amounts are integer euro cents throughout the toolkit. */
export type Cents = number;

/** One line of a budget: an action within a pillar, with an amount per year. */
export interface BudgetLine {
  /** The pillar (or other grouping) this line belongs to; lines with the same pillar are summed together. */
  pillar: string;
  /** What the money is for, as the plan names it. */
  action: string;
  /** Integer cents per year. A year the line leaves out counts as nothing spent. */
  amounts: Partial<Record<number, Cents>>;
}

/**
 * A budget by pillar, action and year, like the financial table of a BOTOC
 * application. Later fields are optional so a bare table is a valid budget.
 */
export interface Budget {
  /** The budget's years, in display order. */
  years: number[];
  lines: BudgetLine[];
  /** Readable names for pillar keys used in `lines` (the key itself is shown where none is given). */
  pillarLabels?: Record<string, string>;
  /** Co-financing items and how to read them; without it the check counts nothing as provided. */
  coFinancing?: CoFinancingInput;
  /** Target number of participants per pillar key, for the cost per participant. */
  participants?: Partial<Record<string, number>>;
}
