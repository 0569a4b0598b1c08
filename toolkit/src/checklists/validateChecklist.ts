import { checklistSchema } from './checklistSchema';
import type { ChecklistIssue } from './ChecklistValidationError';
import type { ChecklistDefinition } from './types';

/** The outcome of {@link validateChecklist}. */
export type ChecklistValidation =
  { ok: true; checklist: ChecklistDefinition } | { ok: false; issues: ChecklistIssue[] };

/** Writes a zod path as `sections[2].items[0].link.to`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/**
 * Checks unknown data against the checklist schema and lists every problem
 * with the path of the field it is in. Pure: it never throws.
 */
export function validateChecklist(input: unknown): ChecklistValidation {
  const result = checklistSchema.safeParse(input);
  if (result.success) return { ok: true, checklist: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}
