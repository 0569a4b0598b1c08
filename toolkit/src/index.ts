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
