import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertValidChecklist, type ChecklistDefinition } from '@bot075/toolkit';

/** A validated checklist with the data file it came from. */
export interface ChecklistFile {
  /** Path relative to the site root, e.g. `toolkit/src/data/checklists/planCheck.ts`. */
  file: string;
  /** The export that holds the checklist. */
  exportName: string;
  checklist: ChecklistDefinition;
}

/** True for exports that are meant to be checklists (objects with `sections`). */
function looksLikeChecklist(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'sections' in value && 'id' in value;
}

/**
 * Imports every data file in `dir` (except `index.ts`) and validates each
 * exported checklist. Throws a `ChecklistValidationError` naming the file,
 * the export and the wrong field; throws too when a file exports no checklist.
 */
export async function loadChecklistFiles(siteDir: string, dir: string): Promise<ChecklistFile[]> {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && !name.endsWith('.d.ts'))
    .sort();
  const result: ChecklistFile[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(siteDir, path);
    const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    const exports = Object.entries(module).filter(([, value]) => looksLikeChecklist(value));
    if (exports.length === 0) {
      throw new Error(
        `Checklist ${file} is ongeldig: het bestand exporteert geen checklist (een object met id en sections).`,
      );
    }
    for (const [exportName, value] of exports) {
      result.push({
        file,
        exportName,
        checklist: assertValidChecklist(value, `${file} (export ${exportName})`),
      });
    }
  }
  const seen = new Map<string, string>();
  for (const { file, checklist } of result) {
    const other = seen.get(checklist.id);
    if (other) throw new Error(`Checklist ${file}: id: "${checklist.id}" staat ook in ${other}`);
    seen.set(checklist.id, file);
  }
  return result;
}
