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
