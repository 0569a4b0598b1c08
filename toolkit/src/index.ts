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

// The BOT approach per pillar (issue #3): sources, pillars, conditions, annex, 2021 results, quotes.
export * from './data/sources';
export * from './data/zaanstad/pillars';
export * from './data/zaanstad/conditions';
export * from './data/zaanstad/initiatives';
export * from './data/zaanstad/results2021';
export * from './data/zaanstad/quotes';
export * from './data/zaanstad/pageSources';
// Peer plans: schema, validation, views on the data, and the plans themselves.
export * from './peerPlans/schema';
export * from './peerPlans/validatePeerPlan';
export * from './peerPlans/filterPeerPlans';
export * from './peerPlans/sortPeerPlans';
export * from './peerPlans/buildPillarMatrix';
export * from './peerPlans/findPeerPlan';
export * from './peerPlans/buildPeerPlanOpenData';
export * from './peerPlans/formatPeerPlanBudget';
export * from './data/peerPlans/registry';
// Budget calculator (issue #6): parsing, rounding, co-financing, cost per participant, CSV.
export * from './money/parseEuroAmount';
export * from './money/divideCents';
export * from './budget/coFinancingTypes';
export * from './budget/checkCoFinancing';
export * from './budget/describeCoFinancing';
export * from './budget/costPerParticipant';
export {
  budgetToCsv,
  budgetToRows,
  euroNumberToCents,
  MAX_SPREADSHEET_CENTS,
  parseBudgetCsv,
  parseBudgetRows,
  type BudgetTableCell,
  type BudgetTableRow,
  type ParseBudgetCsvResult,
} from './budget/budgetCsv';
// Checklists: engine, schema and the site's checklist definitions (issue 7).
export * from './checklists/types';
export * from './checklists/ChecklistValidationError';
export * from './checklists/checklistSchema';
export * from './checklists/validateChecklist';
export * from './checklists/assertValidChecklist';
export * from './checklists/evaluateChecklist';
export * from './checklists/buildChecklistMarkdown';
export * from './checklists/parseStoredAnswers';
export * from './checklists/serializeAnswers';
export * from './data/checklists/pgaCriteria';
export * from './data/checklists/planCheck';
export * from './data/checklists/index';
