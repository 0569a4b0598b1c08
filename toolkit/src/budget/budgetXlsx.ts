import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  HEADER_ACTION,
  HEADER_PILLAR,
  centsToPlain,
  parseBudgetRows,
  type ParseBudgetCsvResult,
} from './budgetCsv';
import type { Budget, Cents } from './types';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** A fixed time stamp for the zip entries, so the same budget gives the same bytes. */
const ZIP_TIME = new Date('2020-01-01T00:00:00Z');
/** The most decimal digits a number cell may have before we refuse it (no silent rounding of nonsense). */
const MAX_DIGITS = 20;

/**
 * Writes a budget's table as an Excel workbook (.xlsx, Office Open XML) with
 * one sheet "Begroting" in the layout of {@link budgetToCsv}: header
 * `Pijler`, `Actie`, one column per year; amounts as numbers in euros with
 * two decimals (format `#,##0.00`, so Dutch Excel shows `1.234,56`); an
 * empty cell where a line leaves a year out.
 *
 * The amounts are written as exact decimal text from the integer cents (no
 * floating-point step), so {@link parseBudgetXlsx} reads back the same cents.
 * The output is deterministic: the same budget gives the same bytes.
 */
export function budgetToXlsx(budget: Budget): Uint8Array {
  const rows: string[] = [];
  const header = [HEADER_PILLAR, HEADER_ACTION, ...budget.years.map(String)];
  rows.push(
    row(
      1,
      header.map((text, index) => stringCell(index, 1, text, 2)),
    ),
  );
  budget.lines.forEach((line, lineIndex) => {
    const r = lineIndex + 2;
    const cells = [
      stringCell(0, r, budget.pillarLabels?.[line.pillar] ?? line.pillar),
      stringCell(1, r, line.action),
    ];
    budget.years.forEach((year, yearIndex) => {
      const cents = line.amounts[year];
      if (cents !== undefined) cells.push(numberCell(yearIndex + 2, r, centsToDecimal(cents)));
    });
    rows.push(row(r, cells));
  });
  const sheet =
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><cols><col min="1" max="1" width="40" customWidth="1"/>` +
    `<col min="2" max="2" width="60" customWidth="1"/>` +
    (budget.years.length > 0
      ? `<col min="3" max="${budget.years.length + 2}" width="14" customWidth="1"/>`
      : '') +
    `</cols><sheetData>${rows.join('')}</sheetData></worksheet>`;

  const files: Record<string, string> = {
    '[Content_Types].xml':
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '</Types>',
    '_rels/.rels':
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      '<sheets><sheet name="Begroting" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml':
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    'xl/worksheets/sheet1.xml': sheet,
  };
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])),
    { level: 6, mtime: ZIP_TIME },
  );
}

/**
 * Reads the first sheet of an .xlsx workbook in the layout of
 * {@link budgetToXlsx} (as written by this toolkit, or saved by Excel or
 * LibreOffice after editing). Number cells are read from their decimal text
 * and rounded half-up to whole cents without a floating-point step; text cells
 * go through {@link parseEuroAmount}. Never throws: a file that is not a
 * workbook, or a wrong cell, gives `ok: false` with a Dutch message.
 */
export function parseBudgetXlsx(data: Uint8Array): ParseBudgetCsvResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data);
  } catch {
    return { ok: false, message: notWorkbook };
  }
  const sheetPath = firstSheetPath(files);
  const sheetBytes = sheetPath ? files[sheetPath] : undefined;
  if (!sheetBytes) return { ok: false, message: notWorkbook };
  const shared = readSharedStrings(files['xl/sharedStrings.xml']);
  const rows: string[][] = [];
  const rowPattern = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  let nextRow = 1;
  for (const rowMatch of strFromU8(sheetBytes).matchAll(rowPattern)) {
    const rowNumber = Number(/\br="(\d+)"/.exec(rowMatch[1] ?? '')?.[1] ?? nextRow);
    nextRow = rowNumber + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(cellPattern)) {
      const attributes = cellMatch[1] ?? '';
      const reference = /\br="([A-Z]+)\d*"/.exec(attributes)?.[1];
      const column = reference ? columnIndex(reference) : nextColumn;
      nextColumn = column + 1;
      const type = /\bt="(\w+)"/.exec(attributes)?.[1] ?? 'n';
      const body = cellMatch[2] ?? '';
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let text = '';
      if (type === 's') text = shared[Number(value)] ?? '';
      else if (type === 'inlineStr') text = textOf(body);
      else if (type === 'n' && value !== undefined) {
        // Amount columns hold euros: turn the decimal text into cents exactly.
        if (rowNumber > 1 && column >= 2) {
          const cents = decimalToCents(value.trim());
          if (cents === null) {
            return {
              ok: false,
              message: `Rij ${rowNumber}, kolom ${column + 1}: "${value}" is geen bedrag. Typ een bedrag in euro’s, bijvoorbeeld 1234,56.`,
            };
          }
          text = centsToPlain(cents);
        } else text = value.trim();
      } else if (value !== undefined) text = decodeXml(value);
      cells[column] = text;
    }
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  }
  return parseBudgetRows(Array.from(rows, (r) => r ?? []));
}

const notWorkbook =
  'Dit is geen Excel-bestand (.xlsx) dat de rekenhulp kan lezen. Bewaar het in Excel of LibreOffice als “Excel-werkmap (.xlsx)” of als CSV en probeer het opnieuw.';

function firstSheetPath(files: Record<string, Uint8Array>): string | undefined {
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (workbook && rels) {
    const id = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(strFromU8(workbook))?.[1];
    if (id) {
      const relationship = [...strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)]
        .map((match) => match[0])
        .find((tag) => tag.includes(`Id="${id}"`));
      const target = relationship ? /\bTarget="([^"]+)"/.exec(relationship)?.[1] : undefined;
      if (target) {
        const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
        if (files[path]) return path;
      }
    }
  }
  return Object.keys(files)
    .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))[0];
}

function readSharedStrings(bytes: Uint8Array | undefined): string[] {
  if (!bytes) return [];
  return [...strFromU8(bytes).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) =>
    textOf(match[1] ?? ''),
  );
}

/** The text of a shared or inline string: every `<t>` except phonetic runs. */
function textOf(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  return [...withoutPhonetic.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)]
    .map((match) => decodeXml(match[1] ?? ''))
    .join('');
}

function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/**
 * "1234.56", "1234.5599999999999", "1.23456E5" → cents, rounded half-up to
 * a whole cent from the decimal digits (no float arithmetic). `null` for
 * anything else, negative amounts included (the budget reader refuses those
 * with its own message: see `parseEuroAmount`).
 */
export function decimalToCents(text: string): Cents | null {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,3}))?$/.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null;
  const digits = `${match[2]}${match[3] ?? ''}`;
  const point = (match[2] ?? '').length + Number(match[4] ?? 0) + 2; // shift two places: euros → cents
  if (point > MAX_DIGITS) return null;
  const whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const rest = point <= 0 ? '0'.repeat(-point) + digits : digits.slice(point);
  let cents = Number(whole);
  if ((rest[0] ?? '0') >= '5') cents += 1;
  if (!Number.isSafeInteger(cents)) return null;
  return match[1] === '-' && cents !== 0 ? -cents : cents;
}

function centsToDecimal(cents: Cents): string {
  return centsToPlain(cents).replace(',', '.');
}

function row(r: number, cells: string[]): string {
  return `<row r="${r}">${cells.join('')}</row>`;
}

function reference(column: number, r: number): string {
  let letters = '';
  let n = column + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${r}`;
}

function stringCell(column: number, r: number, text: string, style?: number): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  return `<c r="${reference(column, r)}" t="inlineStr"${s}><is><t xml:space="preserve">${encodeXml(text)}</t></is></c>`;
}

function numberCell(column: number, r: number, decimal: string): string {
  return `<c r="${reference(column, r)}" s="1"><v>${decimal}</v></c>`;
}

function encodeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot hold at all are dropped.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity === 'amp') return '&';
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    const code = entity.startsWith('#x')
      ? parseInt(entity.slice(2), 16)
      : parseInt(entity.slice(1), 10);
    return Number.isSafeInteger(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}
