import type { ChecklistAnswer, ChecklistAnswers, ChecklistDefinition } from './types';

/** The version of the stored format; a different version is ignored. */
export const storedAnswersVersion = 1;

/**
 * Reads answers saved by {@link serializeAnswers} (e.g. from localStorage).
 * Anything unexpected is dropped rather than trusted: invalid JSON, another
 * version, unknown item ids and values other than `yes`/`no` give no answer.
 */
export function parseStoredAnswers(
  definition: ChecklistDefinition,
  raw: string | null | undefined,
): ChecklistAnswers {
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const { version, answers } = parsed as { version?: unknown; answers?: unknown };
  if (version !== storedAnswersVersion || typeof answers !== 'object' || answers === null) {
    return {};
  }
  const known = new Set(definition.sections.flatMap((s) => s.items.map((item) => item.id)));
  const result: Record<string, ChecklistAnswer> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (known.has(id) && (value === 'yes' || value === 'no')) result[id] = value;
  }
  return result;
}
