import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadFreshModule } from '@docusaurus/utils';
import { PeerPlanValidationError, validatePeerPlan, type PeerPlan } from '@bot075/toolkit';

/** Files in the plan folder that are not plans: the registry and anything starting with `_` (the template). */
export function isPlanFile(fileName: string): boolean {
  return fileName.endsWith('.ts') && !fileName.startsWith('_') && fileName !== 'registry.ts';
}

export interface LoadPeerPlanFilesOptions {
  /** The folder with one `<id>.ts` per plan. */
  dir: string;
  /** File paths in messages are shown relative to this folder (the site root). */
  root: string;
  /** The ids the toolkit publishes (`peerPlans`); every plan file must be among them and vice versa. */
  registeredIds?: readonly string[];
}

/**
 * Loads every plan file in `dir` on its own and validates it, so an error
 * names the file and the field. Throws one `PeerPlanValidationError` that
 * lists every problem in every file; returns the plans when all are valid.
 */
export async function loadPeerPlanFiles({
  dir,
  root,
  registeredIds,
}: LoadPeerPlanFilesOptions): Promise<PeerPlan[]> {
  const files = readdirSync(dir).filter(isPlanFile).sort();
  const problems: string[] = [];
  const plans: PeerPlan[] = [];
  for (const fileName of files) {
    const absolute = path.join(dir, fileName);
    const shown = path.relative(root, absolute).split(path.sep).join('/');
    let data: unknown;
    try {
      data = await loadFreshModule(absolute);
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      problems.push(
        `${shown}: het bestand is geen geldige TypeScript (${cause instanceof Error ? cause.message : String(cause)}). Vergelijk het met _template.ts: let op komma's, aanhalingstekens en haakjes.`,
      );
      continue;
    }
    const result = validatePeerPlan(data, shown);
    if (result.ok) plans.push(result.plan);
    else problems.push(...result.problems);
  }
  if (registeredIds) {
    const shownDir = path.relative(root, dir).split(path.sep).join('/');
    for (const plan of plans) {
      if (!registeredIds.includes(plan.id)) {
        problems.push(
          `${shownDir}/${plan.id}.ts: het plan staat niet in ${shownDir}/registry.ts. Voeg een import-regel en een regel in de lijst peerPlans toe.`,
        );
      }
    }
    for (const id of registeredIds) {
      if (!files.includes(`${id}.ts`)) {
        problems.push(
          `${shownDir}/registry.ts: plan "${id}" staat in de lijst, maar ${shownDir}/${id}.ts bestaat niet.`,
        );
      }
    }
  }
  if (problems.length > 0) throw new PeerPlanValidationError(problems);
  return plans;
}
