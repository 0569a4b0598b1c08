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
