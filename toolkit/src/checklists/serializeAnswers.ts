import { storedAnswersVersion } from './parseStoredAnswers';
import type { ChecklistAnswers } from './types';

/** The stored form of answers: `{"version":1,"answers":{"item-id":"yes"}}`. */
export function serializeAnswers(answers: ChecklistAnswers): string {
  const clean: Record<string, string> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (value === 'yes' || value === 'no') clean[id] = value;
  }
  return JSON.stringify({ version: storedAnswersVersion, answers: clean });
}
