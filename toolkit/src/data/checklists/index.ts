/**
 * All checklist definitions of the site, keyed by id. Adding a checklist:
 * add a data file beside this one and list it here (see the README).
 */
import type { ChecklistDefinition } from '../../checklists/types';
import { planCheckChecklist } from './planCheck';
import { pgaCriteriaChecklist } from './pgaCriteria';

export const checklists = {
  'pga-criteria': pgaCriteriaChecklist,
  'plan-check': planCheckChecklist,
} as const satisfies Record<string, ChecklistDefinition>;
