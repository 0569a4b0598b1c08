import type { ChecklistFile } from './loadChecklistFiles';

/** A checklist link whose target is not a page of the built site. */
export interface UnknownChecklistLink {
  file: string;
  /** The field, e.g. `sections[0].items[2].link.to`. */
  path: string;
  to: string;
}

/** Lists every item link that points at a route the site does not have. */
export function findUnknownLinks(
  files: readonly ChecklistFile[],
  routes: Iterable<string>,
): UnknownChecklistLink[] {
  const known = new Set(Array.from(routes, (route) => route.replace(/(.)\/$/, '$1')));
  const unknown: UnknownChecklistLink[] = [];
  for (const { file, checklist } of files) {
    checklist.sections.forEach((section, s) => {
      section.items.forEach((item, i) => {
        if (item.link && !known.has(item.link.to)) {
          unknown.push({ file, path: `sections[${s}].items[${i}].link.to`, to: item.link.to });
        }
      });
    });
  }
  return unknown;
}
