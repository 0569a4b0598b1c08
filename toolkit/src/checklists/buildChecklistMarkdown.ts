import { evaluateChecklist } from './evaluateChecklist';
import type { ChecklistAnswers, ChecklistDefinition, ChecklistItemStatus } from './types';

/** Options for {@link buildChecklistMarkdown}. */
export interface ChecklistMarkdownOptions {
  /**
   * The site's origin (e.g. `https://kennisbank.bot075.nl`). With it, and with
   * `linkMissingInSummary` in the definition, each missing item gets its
   * example link; without it, links are left out.
   */
  siteUrl?: string;
}

const statusOrder: readonly ChecklistItemStatus[] = ['covered', 'missing', 'unanswered'];

/** Keeps Markdown punctuation in labels from being read as formatting. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]#|<>])/g, '\\$1');
}

/**
 * A Markdown summary of a checklist: per section, the items under each status
 * (the checklist's own labels), then the outcome texts that apply and the
 * sources. Pure; the same answers always give the same text.
 */
export function buildChecklistMarkdown(
  definition: ChecklistDefinition,
  answers: ChecklistAnswers,
  options: ChecklistMarkdownOptions = {},
): string {
  const result = evaluateChecklist(definition, answers);
  const itemsById = new Map(
    definition.sections.flatMap((section) => section.items).map((item) => [item.id, item]),
  );
  const lines: string[] = [`# ${escapeMarkdown(definition.title)}`, ''];
  lines.push(`${result.answeredCount} van ${result.itemCount} vragen beantwoord.`, '');
  if (definition.notice) lines.push(`> ${escapeMarkdown(definition.notice)}`, '');

  for (const section of result.sections) {
    lines.push(`## ${escapeMarkdown(section.title)}`, '');
    for (const status of statusOrder) {
      const items = section[status];
      if (items.length === 0) continue;
      lines.push(`### ${definition.labels.statuses[status]} (${items.length})`, '');
      for (const item of items) {
        const link = itemsById.get(item.id)?.link;
        const suffix =
          status === 'missing' && definition.linkMissingInSummary && link && options.siteUrl
            ? ` (voorbeeld: [${escapeMarkdown(link.label)}](${options.siteUrl.replace(/\/$/, '')}${link.to}))`
            : '';
        lines.push(`- ${escapeMarkdown(item.label)}${suffix}`);
      }
      lines.push('');
    }
  }

  if (result.outcomes.length > 0) {
    lines.push('## Toelichting', '');
    for (const outcome of result.outcomes) lines.push(`- ${escapeMarkdown(outcome.text)}`);
    lines.push('');
  }
  lines.push(`Bronnen: ${definition.sources.map((source) => `bron ${source}`).join(', ')}.`);
  return `${lines.join('\n')}\n`;
}
