import type * as z from 'zod';
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
 * zod's own messages are English; the ones a contributor is likely to meet
 * are given in Dutch with what to do. Messages set in the schema pass as they are.
 */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    return issue.input === undefined
      ? `ontbreekt: dit veld is verplicht (${issue.expected})`
      : `verkeerd type: verwacht ${issue.expected}`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `onbekend veld: ${issue.keys.map((key) => `"${key}"`).join(', ')} (een checklist kent alleen de velden van ChecklistDefinition; vrije tekstvelden bestaan niet)`;
  }
  if (issue.code === 'invalid_union') {
    return 'past bij geen van de toegestane vormen (controleer "kind" en de velden die daarbij horen)';
  }
  return issue.message;
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
      message: describeIssue(issue),
    })),
  };
}
