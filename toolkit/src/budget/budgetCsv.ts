import { parseEuroAmount } from '../money/parseEuroAmount';
import type { Budget, BudgetLine, Cents } from './types';

/** The outcome of {@link parseBudgetCsv}: a budget, or a Dutch message naming the row to fix. */
export type ParseBudgetCsvResult = { ok: true; budget: Budget } | { ok: false; message: string };

export const HEADER_PILLAR = 'Pijler';
export const HEADER_ACTION = 'Actie';

/**
 * Writes a budget's table as CSV the way Dutch spreadsheets read it:
 * semicolon-separated, a header `Pijler;Actie;<year>;…`, one row per line,
 * amounts in euros with a decimal comma and no thousands separator
 * (`6700,00`), an empty cell where a line leaves a year out. Pillars are
 * written with their label when `pillarLabels` has one. Fields holding `;`,
 * `"` or a line break are quoted (RFC 4180). Lines end in CRLF.
 *
 * Co-financing and participant numbers are not part of the table and are not written.
 *
 * @example budgetToCsv({ years: [2024], lines: [{ pillar: 'a', action: 'b', amounts: { 2024: 150 } }] })
 * // "Pijler;Actie;2024\r\na;b;1,50\r\n"
 */
export function budgetToCsv(budget: Budget): string {
  const rows: string[][] = [[HEADER_PILLAR, HEADER_ACTION, ...budget.years.map(String)]];
  for (const line of budget.lines) {
    rows.push([
      budget.pillarLabels?.[line.pillar] ?? line.pillar,
      line.action,
      ...budget.years.map((year) => {
        const cents = line.amounts[year];
        return cents === undefined ? '' : centsToPlain(cents);
      }),
    ]);
  }
  return rows.map((row) => row.map(quote).join(';')).join('\r\n') + '\r\n';
}

/**
 * Reads a CSV written by {@link budgetToCsv}, or typed in a spreadsheet in the
 * same layout (`;` or tab as separator; amounts as {@link parseEuroAmount}
 * accepts them, so `€ 1.234,56` works too). The pillar column's text becomes
 * the pillar key. `budgetToCsv` then `parseBudgetCsv` gives back the same
 * years, lines and amounts.
 *
 * Never throws: a wrong file gives `ok: false` with a Dutch message that names
 * the row and column and says what to change.
 */
export function parseBudgetCsv(text: string): ParseBudgetCsvResult {
  const clean = String(text).replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ';';
  return parseBudgetRows(splitRows(clean, separator));
}

/**
 * Reads a budget table given as rows of cell texts (the layout of
 * {@link budgetToCsv}: header `Pijler`, `Actie`, one column per year). The
 * CSV and XLSX readers share it. Blank rows are skipped. Never throws.
 */
export function parseBudgetRows(allRows: string[][]): ParseBudgetCsvResult {
  const rows = allRows.filter((row) => row.some((cell) => cell.trim() !== ''));
  const header = rows[0];
  if (!header || header.length < 2) {
    return {
      ok: false,
      message: `Het bestand heeft geen kopregel. De eerste regel moet zijn: ${HEADER_PILLAR};${HEADER_ACTION};2024;2025 (één kolom per jaar).`,
    };
  }
  const years: number[] = [];
  for (const [index, cell] of header.slice(2).entries()) {
    const year = Number(cell.trim());
    if (!/^\d{4}$/.test(cell.trim()) || years.includes(year)) {
      return {
        ok: false,
        message: `Kolom ${index + 3} van de kopregel is geen (nieuw) jaartal: "${cell}". Zet er een jaartal van vier cijfers neer, bijvoorbeeld 2025.`,
      };
    }
    years.push(year);
  }
  const lines: BudgetLine[] = [];
  for (const [rowIndex, row] of rows.slice(1).entries()) {
    const amounts: Partial<Record<number, Cents>> = {};
    for (const [index, year] of years.entries()) {
      const cell = (row[index + 2] ?? '').trim();
      if (cell === '') continue;
      const parsed = parseEuroAmount(cell);
      if (!parsed.ok) {
        return {
          ok: false,
          message: `Regel ${rowIndex + 2}, jaar ${year}: "${cell}" is geen bedrag. ${parsed.message}`,
        };
      }
      amounts[year] = parsed.cents;
    }
    lines.push({ pillar: (row[0] ?? '').trim(), action: (row[1] ?? '').trim(), amounts });
  }
  return { ok: true, budget: { years, lines } };
}

/** Cents as plain euros with a decimal comma and no grouping: 123456 → "1234,56". */
export function centsToPlain(cents: Cents): string {
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)},${digits.slice(-2)}`;
}

function quote(field: string): string {
  return /[;"\r\n\t]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Splits CSV text into rows of fields, honouring RFC 4180 quotes. */
function splitRows(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
