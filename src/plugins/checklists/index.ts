import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { findUnknownLinks } from './findUnknownLinks';
import { loadChecklistFiles, type ChecklistFile } from './loadChecklistFiles';

/** Where the checklist data files live, relative to the site. */
export const checklistDataDir = 'toolkit/src/data/checklists';

/**
 * Fails the build when a checklist data file is wrong: while loading content
 * it validates every file in `toolkit/src/data/checklists/` against the
 * schema (naming the file and the field), and after the build it checks that
 * every example link is a route of the site.
 */
export default function checklistsPlugin(context: LoadContext): Plugin {
  let files: ChecklistFile[] = [];
  return {
    name: 'bot075-checklists',
    async loadContent() {
      files = await loadChecklistFiles(context.siteDir, join(context.siteDir, checklistDataDir));
    },
    async postBuild({ routesPaths }) {
      const unknown = findUnknownLinks(files, routesPaths);
      if (unknown.length > 0) {
        throw new Error(
          'Checklist verwijst naar een pagina die niet bestaat:\n' +
            unknown.map((link) => `  - ${link.file}: ${link.path}: "${link.to}"`).join('\n'),
        );
      }
    },
  };
}
