import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/**
 * Local search with Pagefind: a chunked, Dutch-stemmed index written next to
 * the build (`build/pagefind/`), and a search box (`@theme/SearchBar`) that
 * loads Pagefind's script only when a visitor starts to search. Nothing leaves
 * the site. Replaced by Algolia when ALGOLIA_* is set (see docusaurus.config.ts).
 */
export default function localSearchPlugin(): Plugin {
  const themePath = path.join(__dirname, 'theme');
  return {
    name: 'local-search',
    getThemePath: () => themePath,
    getTypeScriptThemePath: () => themePath,
    postBuild({ outDir }) {
      execFileSync(process.execPath, [path.join(__dirname, 'indexSite.mjs'), outDir], {
        stdio: 'inherit',
      });
      return Promise.resolve();
    },
  };
}
