/** Writes the budget downloads into static/downloads/. Run: `npx tsx scripts/write-budget-downloads.ts`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetDownloads } from './budgetDownloads';

const dir = join(import.meta.dirname, '..', 'static', 'downloads');
mkdirSync(dir, { recursive: true });
for (const [name, contents] of Object.entries(budgetDownloads())) {
  writeFileSync(join(dir, name), contents);
  console.log(`wrote static/downloads/${name}`);
}
