// Indexes a built site with Pagefind (Dutch stemming) into <outDir>/pagefind/.
// Only elements marked data-pagefind-body are indexed: docs, newsletter issues
// and the home page; lists, tag pages and the 404 page are not.
//
// Pagefind reads each page with spaces around its block elements (see
// spaceBlocks.mjs), so excerpts do not glue words together.
//
// Runs as its own Node process (`node indexSite.mjs <outDir>`): Pagefind's
// package is ESM-only, which the config loader of Docusaurus cannot require.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { spaceBlocks } from './spaceBlocks.mjs';

/** Every HTML file of the build, except Pagefind's own output. */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(file);
    return entry.name.endsWith('.html') ? [file] : [];
  });
}

/** The URL Pagefind gives a file when it reads a folder: `x/index.html` is `/x/`. */
function pageUrl(relativePath) {
  const url = `/${relativePath.split(path.sep).join('/')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

const outDir = process.argv[2];
if (!outDir) throw new Error('Gebruik: node indexSite.mjs <build-map>');

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
if (!index) throw new Error(`Pagefind kon niet starten: ${errors.join('; ')}`);
try {
  const files = htmlFiles(outDir);
  for (const file of files) {
    const added = await index.addHTMLFile({
      url: pageUrl(path.relative(outDir, file)),
      content: spaceBlocks(readFileSync(file, 'utf8')),
    });
    if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  // Only pages with data-pagefind-body are in the index; the entry file counts them.
  const entry = JSON.parse(
    readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
  );
  const indexed = Object.values(entry.languages).reduce(
    (sum, language) => sum + language.page_count,
    0,
  );
  if (indexed === 0) {
    throw new Error('Pagefind vond geen pagina met data-pagefind-body in de build.');
  }
  console.log(
    `[local-search] Pagefind: ${indexed} pagina's geïndexeerd (nl) uit ${files.length} HTML-bestanden.`,
  );
} finally {
  await pagefind.close();
}
