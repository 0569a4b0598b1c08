import type {
  ChecklistAnswers,
  ChecklistDefinition,
  ChecklistItemResult,
  ChecklistItemStatus,
  ChecklistOutcomeCondition,
  ChecklistResult,
  ChecklistSectionResult,
} from './types';

function statusOf(answer: ChecklistAnswers[string]): ChecklistItemStatus {
  if (answer === 'yes') return 'covered';
  if (answer === 'no') return 'missing';
  return 'unanswered';
}

function holds(
  condition: ChecklistOutcomeCondition,
  answers: ChecklistAnswers,
  sections: readonly ChecklistSectionResult[],
): boolean {
  switch (condition.kind) {
    case 'item-answer':
      return answers[condition.itemId] === condition.answer;
    case 'section-any-covered':
      return sections.some((s) => s.id === condition.sectionId && s.covered.length > 0);
    case 'section-has-missing':
      return sections.some((s) => s.id === condition.sectionId && s.missing.length > 0);
  }
}

/**
 * Evaluates answers against a checklist: per section, which items are covered
 * (answered yes), missing (answered no) and unanswered, plus the outcome
 * texts whose conditions hold. Pure; answers for unknown item ids are
 * ignored. There is no score: the result only groups and counts.
 */
export function evaluateChecklist(
  definition: ChecklistDefinition,
  answers: ChecklistAnswers,
): ChecklistResult {
  const sections = definition.sections.map((section): ChecklistSectionResult => {
    const items = section.items.map((item): ChecklistItemResult => ({
      id: item.id,
      label: item.label,
      status: statusOf(answers[item.id]),
    }));
    const unanswered = items.filter((item) => item.status === 'unanswered');
    return {
      id: section.id,
      title: section.title,
      items,
      covered: items.filter((item) => item.status === 'covered'),
      missing: items.filter((item) => item.status === 'missing'),
      unanswered,
      complete: unanswered.length === 0,
    };
  });
  const itemCount = sections.reduce((sum, section) => sum + section.items.length, 0);
  const answeredCount = sections.reduce(
    (sum, section) => sum + section.items.length - section.unanswered.length,
    0,
  );
  return {
    id: definition.id,
    title: definition.title,
    sections,
    answeredCount,
    itemCount,
    outcomes: definition.outcomes
      .filter((rule) => holds(rule.when, answers, sections))
      .map((rule) => ({ id: rule.id, text: rule.text })),
  };
}
