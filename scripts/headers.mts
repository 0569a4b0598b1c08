/**
 * Generates deploy/nginx/security-headers.conf from the production build:
 * the CSP allows exactly the inline scripts (and styles) the build contains,
 * by their sha256 hash.
 *
 *   npm run headers         write the file (after `npm run build`)
 *   npm run headers:check   fail when the committed file no longer matches the build
 *
 * Reads NEWSLETTER_FORM_ACTION and ALGOLIA_APP_ID like the build does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSecurityHeaders, renderNginxHeaders } from './headers/buildSecurityHeaders';
import { collectBuildInlineSources } from './headers/collectBuildInlineSources';
import { cspHash } from './headers/collectInlineSources';

const root = path.resolve(import.meta.dirname, '..');
const buildDir = path.resolve(root, process.env.BUILD_DIR ?? 'build');
const target = path.join(root, 'deploy/nginx/security-headers.conf');
const check = process.argv.includes('--check');

const found = collectBuildInlineSources(buildDir);
const headers = buildSecurityHeaders({
  scriptHashes: found.scripts.map(cspHash),
  styleHashes: [...found.styleElements, ...found.styleAttributes].map(cspHash),
  styleAttributes: found.styleAttributes.length > 0,
  newsletterFormAction: process.env.NEWSLETTER_FORM_ACTION || null,
  algoliaAppId: process.env.ALGOLIA_APP_ID || null,
});
const output = renderNginxHeaders(headers, 'scripts/headers.mts');

const summary =
  `${found.pages} HTML-bestanden: ${found.scripts.length} inline scripts, ` +
  `${found.styleElements.length} style-elementen, ${found.styleAttributes.length} style-attributen`;

if (check) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // handled below as a mismatch
  }
  if (committed !== output) {
    console.error(
      `${path.relative(root, target)} past niet bij de build (${summary}).\n` +
        'De inline scripts of styles van de site zijn veranderd: voer `npm run headers` uit, ' +
        'controleer de wijziging en commit het bestand.',
    );
    if (found.styleAttributes.length > 0) {
      console.error('style-attributen in de build:\n  ' + found.styleAttributes.join('\n  '));
    }
    process.exit(1);
  }
  console.log(`security-headers.conf klopt met de build (${summary}).`);
} else {
  writeFileSync(target, output);
  console.log(`${path.relative(root, target)} geschreven (${summary}).`);
  for (const style of found.styleAttributes) console.log(`  style-attribuut: ${style}`);
}
