import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBudgetCsv, summarizeBudget } from '@bot075/toolkit';
import { budgetDownloads } from '../budgetDownloads';

describe('budget downloads', () => {
  for (const [name, contents] of Object.entries(budgetDownloads())) {
    it(`static/downloads/${name} matches the toolkit data`, () => {
      const committed = readFileSync(
        join(import.meta.dirname, '../../static/downloads', name),
        'utf8',
      );
      expect(
        committed,
        'Run `npx tsx scripts/write-budget-downloads.ts` and commit the result.',
      ).toBe(contents);
    });
  }

  it('the Zaanstad CSV reads back to € 1.635.650', () => {
    const parsed = parseBudgetCsv(budgetDownloads()['begroting-zaanstad.csv']!);
    expect(parsed.ok && summarizeBudget(parsed.budget).totalCents).toBe(163_565_000);
  });
});
