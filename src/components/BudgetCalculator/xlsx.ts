/**
 * Excel (.xlsx) export and import for the budget calculator. The file format
 * is handled by write-excel-file and read-excel-file (their `universal`
 * entries, which work on `Blob`/`ArrayBuffer` in the browser and in Node);
 * the table layout and the checks on every cell come from the toolkit
 * (`budgetToRows`, `parseBudgetRows`), shared with the CSV files.
 *
 * The calculator loads this module with a dynamic `import()` only when the
 * user exports or imports a workbook, so the page's first JavaScript does not
 * carry the spreadsheet libraries.
 */
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import { readSheet, InvalidInputError } from 'read-excel-file/universal';
import {
  budgetToRows,
  parseBudgetRows,
  type Budget,
  type BudgetTableCell,
  type ParseBudgetCsvResult,
} from '@bot075/toolkit';

/** The sheet's name in the workbook. */
export const XLSX_SHEET_NAME = 'Begroting';
/** Amounts show with two decimals and grouping (Dutch Excel: `1.234,56`). */
export const XLSX_AMOUNT_FORMAT = '#,##0.00';
export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Writes a budget as a workbook with one sheet "Begroting" in the layout of
 * `budgetToRows`: header row in bold, amounts as numbers in euros with the
 * format `#,##0.00`, an empty cell where a line leaves a year out.
 * `readBudgetXlsx` reads it back with the same cents.
 */
export async function budgetToXlsx(budget: Budget): Promise<Blob> {
  const rows = budgetToRows(budget);
  const data: SheetData = rows.map((row, rowIndex) =>
    row.map((cell): Cell => {
      if (cell === null) return null;
      if (typeof cell === 'number')
        return { value: cell, type: Number, format: XLSX_AMOUNT_FORMAT };
      return rowIndex === 0
        ? { value: cell, type: String, fontWeight: 'bold' }
        : { value: cell, type: String };
    }),
  );
  const years = rows[0]!.length - 2;
  return writeXlsxFile(data, {
    sheet: XLSX_SHEET_NAME,
    columns: [
      { width: 40 },
      { width: 60 },
      ...Array.from({ length: years }, () => ({ width: 14 })),
    ],
  }).toBlob();
}

/**
 * Reads the first sheet of a workbook as a budget (see `parseBudgetRows` for
 * the checks). Never throws: a file that is not a workbook, or a wrong cell,
 * gives `ok: false` with a Dutch message.
 */
export async function readBudgetXlsx(data: ArrayBuffer | Blob): Promise<ParseBudgetCsvResult> {
  let sheet: unknown[][];
  try {
    sheet = await readSheet(data);
  } catch (error) {
    return {
      ok: false,
      message:
        error instanceof InvalidInputError
          ? 'Dit is geen Excel-bestand (.xlsx). Sla het op als Excel-werkmap of als CSV en probeer het opnieuw.'
          : 'Het Excel-bestand kon niet worden gelezen. Sla het opnieuw op als Excel-werkmap (.xlsx) of als CSV en probeer het opnieuw.',
    };
  }
  return parseBudgetRows(sheet.map((row) => row.map(toTableCell)));
}

/** A cell value from read-excel-file as a toolkit table cell. */
function toTableCell(value: unknown): BudgetTableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  // A date is no amount; as text it gets the toolkit's "geen bedrag" message.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
