/**
 * @bot075/toolkit: the public API. This file only re-exports; each topic
 * keeps its own folder (money, budget, data, checklists, …).
 */
export * from './money/formatEuro';
export * from './budget/types';
export * from './data/zaanstad/budget';
export * from './data/zaanstad/targets';
export * from './data/zaanstad/coFinancing';
export * from './budget/summarizeBudget';

// Charts (issue #3): the axis scale behind the site's bar charts.
export * from './chart/niceScale';

// Budget calculator (issue #6): parsing, rounding, co-financing, cost per participant, CSV.
export * from './money/parseEuroAmount';
export * from './money/divideCents';
export * from './budget/coFinancingTypes';
export * from './budget/checkCoFinancing';
export * from './budget/costPerParticipant';
export { budgetToCsv, parseBudgetCsv, type ParseBudgetCsvResult } from './budget/budgetCsv';
export { budgetToXlsx, parseBudgetXlsx } from './budget/budgetXlsx';
