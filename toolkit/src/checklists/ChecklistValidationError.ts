/** One problem in a checklist definition: where (a field path) and what. */
export interface ChecklistIssue {
  /** The field, e.g. `sections[2].items[0].link.to`; empty for the whole file. */
  path: string;
  /** What is wrong and how to fix it, in Dutch. */
  message: string;
}

/**
 * Thrown when a checklist definition is invalid. The message names the file
 * (when known) and every wrong field, one per line, so a build log says
 * exactly what to fix.
 */
export class ChecklistValidationError extends Error {
  override readonly name = 'ChecklistValidationError';

  constructor(
    /** The data file, e.g. `toolkit/src/data/checklists/planCheck.ts`, or the checklist id. */
    readonly source: string,
    readonly issues: readonly ChecklistIssue[],
  ) {
    super(
      `Checklist ${source} is ongeldig:\n` +
        issues
          .map(
            (issue) =>
              `  - ${source}: ${issue.path === '' ? '(geheel)' : issue.path}: ${issue.message}`,
          )
          .join('\n'),
    );
  }
}
