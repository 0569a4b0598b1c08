import Papa from 'papaparse';
import { parseEuroAmount } from '../money/parseEuroAmount';
import type { Budget, BudgetLine, Cents } from './types';

/** The outcome of {@link parseBudgetCsv}: a budget, or a Dutch message naming the row to fix. */
export type ParseBudgetCsvResult = { ok: true; budget: Budget } | { ok: false; message: string };

/**
 * One cell of a budget table as {@link budgetToRows} gives it and
 * {@link parseBudgetRows} reads it: text, a number (an amount in euros), or
 * `null` for an empty cell. A spreadsheet library maps these onto its own
 * cells one to one.
 */
export type BudgetTableCell = string | number | null;

/** One row of a budget table: see {@link BudgetTableCell}. */
export type BudgetTableRow = BudgetTableCell[];

export const HEADER_PILLAR = 'Pijler';
export const HEADER_ACTION = 'Actie';

/**
 * A budget's table as rows of cells, the layout that the CSV and XLSX files
 * share: a header `Pijler`, `Actie`, one column per year (the year as text),
 * then one row per line with the pillar (its label when `pillarLabels` has
 * one), the action, and per year the amount in euros as a number
 * (`cents / 100`) or `null` where the line leaves the year out.
 *
 * The numbers are the doubles nearest to the exact amounts, so
 * `Math.round(value * 100)` gives back the cents exactly for every amount
 * under {@link MAX_SPREADSHEET_CENTS}; {@link parseBudgetRows} does just that
 * (with {@link euroNumberToCents}).
 * Co-financing and participant numbers are not part of the table.
 *
 * @example budgetToRows({ years: [2024], lines: [{ pillar: 'a', action: 'b', amounts: { 2024: 150 } }] })
 * // [['Pijler', 'Actie', '2024'], ['a', 'b', 1.5]]
 */
export function budgetToRows(budget: Budget): BudgetTableRow[] {
  const rows: BudgetTableRow[] = [[HEADER_PILLAR, HEADER_ACTION, ...budget.years.map(String)]];
  for (const line of budget.lines) {
    rows.push([
      budget.pillarLabels?.[line.pillar] ?? line.pillar,
      line.action,
      ...budget.years.map((year) => {
        const cents = line.amounts[year];
        return cents === undefined ? null : cents / 100;
      }),
    ]);
  }
  return rows;
}

/**
 * Writes a budget's table ({@link budgetToRows}) as CSV the way Dutch
 * spreadsheets read it: semicolon-separated, a header `Pijler;Actie;<year>;…`,
 * one row per line, amounts in euros with a decimal comma and no thousands
 * separator (`6700,00`), an empty cell where a line leaves a year out.
 * Fields holding `;`, `"`, a tab, a line break or a leading or trailing space
 * are quoted (RFC 4180, written by papaparse). Lines end in CRLF, the last one
 * too.
 *
 * @example budgetToCsv({ years: [2024], lines: [{ pillar: 'a', action: 'b', amounts: { 2024: 150 } }] })
 * // "Pijler;Actie;2024\r\na;b;1,50\r\n"
 */
export function budgetToCsv(budget: Budget): string {
  const rows = budgetToRows(budget).map((row) =>
    row.map((cell) =>
      typeof cell === 'number' ? centsToPlain(Math.round(cell * 100)) : (cell ?? ''),
    ),
  );
  const csv = Papa.unparse(rows, {
    delimiter: ';',
    newline: '\r\n',
    // papaparse quotes separators, quotes and line breaks itself; tabs too, so a
    // reader that splits on tabs never cuts a field.
    quotes: (value: unknown) => typeof value === 'string' && value.includes('\t'),
  });
  return csv + '\r\n';
}

/**
 * Reads a CSV written by {@link budgetToCsv}, or typed in a spreadsheet in the
 * same layout (`;` or tab as separator, taken from the first line; amounts as
 * {@link parseEuroAmount} accepts them, so `€ 1.234,56` works too). The pillar
 * column's text becomes the pillar key. `budgetToCsv` then `parseBudgetCsv`
 * gives back the same years, lines and amounts. The splitting (RFC 4180
 * quotes) is done by papaparse; a leading byte-order mark is ignored.
 *
 * Never throws: a wrong file gives `ok: false` with a Dutch message that names
 * the row and column and says what to change.
 */
export function parseBudgetCsv(text: string): ParseBudgetCsvResult {
  const clean = String(text).replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ';';
  if (clean === '') return parseBudgetRows([]);
  // The first line break sets the line ending (CRLF, LF or CR), so a line
  // break inside a quoted field never confuses papaparse's guess.
  const newline = (/\r\n|\n|\r/.exec(clean)?.[0] ?? '\r\n') as '\r\n' | '\n' | '\r';
  const { data } = Papa.parse<string[]>(clean, { delimiter, newline, skipEmptyLines: false });
  return parseBudgetRows(data);
}

/**
 * Reads a budget table given as rows of cells (the layout of
 * {@link budgetToRows}: header `Pijler`, `Actie`, one column per year). The
 * CSV reader and the site's XLSX reader share it.
 *
 * - Text amounts are read with {@link parseEuroAmount} (Dutch notation).
 * - Number amounts are euros, as a spreadsheet stores them: they become
 *   `Math.round(value * 100)` cents ({@link euroNumberToCents}). A number
 *   that is not finite, negative, too large, or has more than two decimals
 *   (beyond the float noise a spreadsheet adds, so `1234.5599999999999` is
 *   1234,56 but `12.345` is refused) gives a Dutch message naming the row
 *   and year.
 * - Blank rows are skipped; the header may hold a year as a number.
 *
 * Never throws.
 */
export function parseBudgetRows(
  allRows: readonly (readonly (BudgetTableCell | undefined)[])[],
): ParseBudgetCsvResult {
  const rows = allRows.filter((row) => row.some((cell) => cellText(cell) !== ''));
  const header = rows[0];
  if (!header || header.length < 2) {
    return {
      ok: false,
      message: `Het bestand heeft geen kopregel. De eerste regel moet zijn: ${HEADER_PILLAR};${HEADER_ACTION};2024;2025 (één kolom per jaar).`,
    };
  }
  const years: number[] = [];
  for (const [index, cell] of header.slice(2).entries()) {
    const text = cellText(cell);
    const year = Number(text);
    if (!/^\d{4}$/.test(text) || years.includes(year)) {
      return {
        ok: false,
        message: `Kolom ${index + 3} van de kopregel is geen (nieuw) jaartal: "${text}". Zet er een jaartal van vier cijfers neer, bijvoorbeeld 2025.`,
      };
    }
    years.push(year);
  }
  const lines: BudgetLine[] = [];
  for (const [rowIndex, row] of rows.slice(1).entries()) {
    const amounts: Partial<Record<number, Cents>> = {};
    for (const [index, year] of years.entries()) {
      const cell = row[index + 2];
      const where = `Regel ${rowIndex + 2}, jaar ${year}`;
      if (typeof cell === 'number') {
        const cents = euroNumberToCents(cell);
        if (!cents.ok) return { ok: false, message: `${where}: ${cents.message}` };
        amounts[year] = cents.cents;
        continue;
      }
      const text = cellText(cell);
      if (text === '') continue;
      const parsed = parseEuroAmount(text);
      if (!parsed.ok) {
        return { ok: false, message: `${where}: "${text}" is geen bedrag. ${parsed.message}` };
      }
      amounts[year] = parsed.cents;
    }
    lines.push({ pillar: cellText(row[0]), action: cellText(row[1]), amounts });
  }
  return { ok: true, budget: { years, lines } };
}

/**
 * The largest amount, in cents, that {@link euroNumberToCents} accepts:
 * € 10.000.000.000.000 (exclusive). Below it a number in euros keeps whole
 * cents exactly, also in Excel (15 significant digits); above it a
 * spreadsheet number can no longer tell neighbouring cents apart.
 */
export const MAX_SPREADSHEET_CENTS = 1e15;

/**
 * An amount in euros stored as a number (a spreadsheet cell) as whole cents:
 * `Math.round(value * 100)`. Refuses, with a Dutch message, a value that is
 * not finite, negative, at or above {@link MAX_SPREADSHEET_CENTS}, or that
 * has more than two decimals. Float noise is tolerated: the scaled value may
 * differ from whole cents by at most 1e-6, or 1e-15 of its size for large
 * amounts (so `1234.5599999999999` is 123456 cents, `12.345` is refused).
 * For every whole `cents` below the maximum, `euroNumberToCents(cents / 100)`
 * gives back `cents`.
 */
export function euroNumberToCents(
  value: number,
): { ok: true; cents: Cents } | { ok: false; message: string } {
  if (!Number.isFinite(value)) {
    return {
      ok: false,
      message: 'de cel bevat geen bruikbaar getal. Typ een bedrag in euro’s, bijvoorbeeld 1234,56.',
    };
  }
  if (value < 0) {
    return {
      ok: false,
      message: `${String(value).replace('.', ',')} is negatief. Een begroting bevat alleen bedragen van 0 of meer.`,
    };
  }
  const scaled = value * 100;
  const cents = Math.round(scaled);
  if (!(cents < MAX_SPREADSHEET_CENTS)) {
    return {
      ok: false,
      message:
        'dit bedrag is te groot voor een spreadsheetcel. Typ een bedrag onder € 10.000.000.000.000, of gebruik CSV.',
    };
  }
  if (Math.abs(scaled - cents) > Math.max(1e-6, scaled * 1e-15)) {
    return {
      ok: false,
      message: `${String(value).replace('.', ',')} heeft meer dan twee decimalen. Rond af op hele centen, bijvoorbeeld ${centsToPlain(cents)}.`,
    };
  }
  return { ok: true, cents };
}

/** Cents as plain euros with a decimal comma and no grouping: 123456 → "1234,56". */
export function centsToPlain(cents: Cents): string {
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)},${digits.slice(-2)}`;
}

/** A cell as trimmed text: numbers as JavaScript writes them, `null` as empty. */
function cellText(cell: BudgetTableCell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}
