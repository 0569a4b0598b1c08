// Indexes a built site with Pagefind (Dutch stemming) into <outDir>/pagefind/.
// Only elements marked data-pagefind-body are indexed: docs, newsletter issues
// and the home page; lists, tag pages and the 404 page are not.
//
// Runs as its own Node process (`node indexSite.mjs <outDir>`): Pagefind's
// package is ESM-only, which the config loader of Docusaurus cannot require.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

const outDir = process.argv[2];
if (!outDir) throw new Error('Gebruik: node indexSite.mjs <build-map>');

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
if (!index) throw new Error(`Pagefind kon niet starten: ${errors.join('; ')}`);
try {
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  if (added.page_count === 0) {
    throw new Error('Pagefind vond geen pagina met data-pagefind-body in de build.');
  }
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  // addDirectory counts every HTML file it read; the entry file counts the pages in the index.
  const entry = JSON.parse(
    readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
  );
  const indexed = Object.values(entry.languages).reduce(
    (sum, language) => sum + language.page_count,
    0,
  );
  console.log(
    `[local-search] Pagefind: ${indexed} pagina's geïndexeerd (nl) uit ${added.page_count} HTML-bestanden.`,
  );
} finally {
  await pagefind.close();
}
