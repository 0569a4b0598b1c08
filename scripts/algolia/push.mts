/**
 * Pushes the site's content to Algolia (see README, "Search").
 *
 *   ALGOLIA_APP_ID=… ALGOLIA_INDEX_NAME=… ALGOLIA_ADMIN_API_KEY=… npm run search:algolia
 *
 * Without ALGOLIA_ADMIN_API_KEY it only builds the records and prints a summary
 * (a dry run), so it is safe to run anywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildRecords, type ContentFile } from './buildRecords';

const root = path.resolve(import.meta.dirname, '../..');

function contentFiles(dir: string): ContentFile[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return { path: path.relative(root, full), source: readFileSync(full, 'utf8') };
    });
}

const siteUrl = process.env.SITE_URL ?? 'https://kennisbank.bot075.nl';
const records = buildRecords([...contentFiles('docs'), ...contentFiles('blog')], siteUrl);
const byType = Object.entries(
  records.reduce<Record<string, number>>((count, record) => {
    count[record.type] = (count[record.type] ?? 0) + 1;
    return count;
  }, {}),
)
  .map(([type, count]) => `${count} ${type}`)
  .join(', ');
console.log(`${records.length} records (${byType}).`);

const { ALGOLIA_APP_ID: appId, ALGOLIA_INDEX_NAME: indexName } = process.env;
const adminKey = process.env.ALGOLIA_ADMIN_API_KEY;
if (!adminKey) {
  console.log('ALGOLIA_ADMIN_API_KEY is niet gezet: niets verstuurd (proefrun).');
  process.exit(0);
}
if (!appId || !indexName) {
  console.error('Zet ALGOLIA_APP_ID en ALGOLIA_INDEX_NAME om naar Algolia te sturen.');
  process.exit(1);
}

const { algoliasearch } = await import('algoliasearch');
const client = algoliasearch(appId, adminKey);
await client.setSettings({
  indexName,
  indexSettings: {
    searchableAttributes: ['title', 'keywords', 'description', 'content'],
    attributesToSnippet: ['content:24'],
    queryLanguages: ['nl'],
    indexLanguages: ['nl'],
    ignorePlurals: ['nl'],
    decompoundQuery: true,
  },
});
await client.replaceAllObjects({
  indexName,
  objects: records as unknown as Record<string, unknown>[],
});
console.log(`Verstuurd naar Algolia-index ${indexName}.`);
