import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EMAIL_EDITION_DIR } from '../../src/plugins/newsletter/paths';
import { collectInlineSources, type InlineSources } from './collectInlineSources';

/**
 * Email editions are standalone files with inline CSS by design (mail clients
 * ignore style sheets). nginx serves them with their own policy
 * (deploy/nginx/email-headers.conf), so they do not widen the site's CSP.
 */
const emailEditionDir = path.normalize(EMAIL_EDITION_DIR);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(dir, file).startsWith(emailEditionDir + path.sep))
    .sort();
}

/** The inline scripts and styles of every HTML file in a build folder, each listed once. */
export function collectBuildInlineSources(buildDir: string): InlineSources & { pages: number } {
  const files = htmlFiles(buildDir);
  if (files.length === 0) {
    throw new Error(`Geen HTML in ${buildDir}: bouw de site eerst (npm run build).`);
  }
  const scripts = new Set<string>();
  const styleElements = new Set<string>();
  const styleAttributes = new Set<string>();
  for (const file of files) {
    const found = collectInlineSources(readFileSync(file, 'utf8'));
    found.scripts.forEach((source) => scripts.add(source));
    found.styleElements.forEach((source) => styleElements.add(source));
    found.styleAttributes.forEach((source) => styleAttributes.add(source));
  }
  return {
    scripts: [...scripts],
    styleElements: [...styleElements],
    styleAttributes: [...styleAttributes],
    pages: files.length,
  };
}
