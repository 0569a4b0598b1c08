import { readFileSync } from 'node:fs';
import path from 'node:path';

const buildDir = process.env.BUILD_DIR ?? 'build';

/**
 * The paths of every page in the production build's sitemap.xml, read from
 * disk when the spec loads so that each page becomes its own test.
 */
export function sitemapPaths(): string[] {
  const file = path.join(buildDir, 'sitemap.xml');
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} ontbreekt: bouw de site eerst (npm run build).`);
  }
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  if (paths.length === 0) throw new Error(`${file} bevat geen URL's.`);
  return [...new Set(paths)].sort();
}
