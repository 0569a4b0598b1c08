/**
 * The budget files on /downloads, made from the toolkit's `zaanstadBudget`
 * so that they always match the calculator. `write-budget-downloads.ts`
 * writes them into static/downloads/; a unit test fails when the committed
 * files drift from the toolkit data.
 */
import { budgetToCsv, zaanstadBudget } from '@bot075/toolkit';

/** A byte-order mark, so that Excel reads the CSV as UTF-8 (the pillar labels hold "·" and "’"). */
const BOM = '\uFEFF';

/** File name (under static/downloads/) → contents. */
export function budgetDownloads(): Record<string, string> {
  return {
    'begroting-zaanstad.csv': BOM + budgetToCsv(zaanstadBudget),
  };
}
