import { ChecklistValidationError } from './ChecklistValidationError';
import type { ChecklistDefinition } from './types';
import { validateChecklist } from './validateChecklist';

/**
 * Like `validateChecklist`, but throws a {@link ChecklistValidationError}
 * naming `source` (the data file) and each wrong field. The build plugin and
 * the data tests use it.
 */
export function assertValidChecklist(input: unknown, source: string): ChecklistDefinition {
  const result = validateChecklist(input);
  if (!result.ok) throw new ChecklistValidationError(source, result.issues);
  return result.checklist;
}
