/** fast-check generators shared by the CSV (toolkit) and XLSX (site) round-trip tests. */
import fc from 'fast-check';
import type { Budget } from '../types';

/** Text with the characters that break hand-written CSV: separators, quotes, line breaks. */
const trickyText = (maxLength: number) =>
  fc
    .string({
      unit: fc.constantFrom('a', 'B', ' ', ';', '"', '\t', '\r', '\n', ',', '.', '1', '€', 'é'),
      maxLength,
    })
    .map((text) => text.trim());

/** Any budget: tricky pillar and action texts, lines may leave years out. */
export const anyBudget = (maxCents: number): fc.Arbitrary<Budget> =>
  fc.uniqueArray(fc.integer({ min: 2000, max: 2099 }), { maxLength: 5 }).chain((years) =>
    fc.record({
      years: fc.constant(years),
      lines: fc.array(
        fc.record({
          pillar: trickyText(12),
          action: trickyText(20),
          amounts: fc
            .tuple(...years.map(() => fc.option(fc.integer({ min: 0, max: maxCents }))))
            .map((values) => {
              const amounts: Partial<Record<number, number>> = {};
              values.forEach((value, index) => {
                if (value !== null) amounts[years[index]!] = value;
              });
              return amounts;
            }),
        }),
        { maxLength: 15 },
      ),
    }),
  );

/** What a reader gives back: blank lines (no pillar, action or amount) are skipped, as in a spreadsheet. */
export const keptLines = (budget: Budget) =>
  budget.lines.filter(
    (line) => line.pillar !== '' || line.action !== '' || Object.keys(line.amounts).length > 0,
  );
