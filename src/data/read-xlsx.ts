import { readFile } from 'node:fs/promises';
import { sha256 } from './content-hash.js';
import ExcelJS from 'exceljs';
import { diagnostic, fail, ok, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { numberCellText } from './excel-number.js';
import type { DataRow, DataTable } from './read-table.js';

export interface XlsxOptions {
  /** The worksheet to read, by name; the first one when not given. */
  readonly sheet?: string;
}

type Cell = ExcelJS.Cell;
type CellText = { text: string } | { problem: Diagnostic };

/**
 * Reads a worksheet of an XLSX workbook into the same table a CSV of it
 * would give. Row 1 is the header; `line` is the worksheet's row number.
 * Cells become the text a CSV would hold: numbers in their shortest decimal
 * form, percentages as the format shows them, formulas as their saved
 * results, rich text as plain text, empty cells as ''. Every row is as wide
 * as the widest row, as a spreadsheet's CSV export is.
 */
export async function readXlsx(file: string, options: XlsxOptions = {}): Promise<Result<DataTable>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return fail([diagnostic('E401', { file, problem: (e as NodeJS.ErrnoException).code ?? String(e) })]);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings ask for its own Buffer type; a Node Buffer is what it takes.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    return fail([diagnostic('E414', { file, problem: e instanceof Error ? e.message : String(e) })]);
  }

  const sheets = workbook.worksheets;
  const sheet = options.sheet === undefined ? sheets[0] : sheets.find((s) => s.name === options.sheet);
  if (!sheet) {
    if (options.sheet === undefined) return fail([diagnostic('E408', {}, { cell: { file, row: 1 } })]);
    return fail([diagnostic('E413', { file, sheet: options.sheet, known: sheets.map((s) => s.name) })]);
  }
  return tableOf(file, sheet, sha256(bytes), sheets.map((s) => s.name));
}

function tableOf(file: string, sheet: ExcelJS.Worksheet, hash: string, sheets: string[]): Result<DataTable> {
  const lastRow = sheet.rowCount;
  if (lastRow === 0) return fail([diagnostic('E408', {}, { cell: { file, row: 1 } })]);

  const diagnostics: Diagnostic[] = [];
  const texts: string[][] = [];
  let width = 0;
  for (let r = 1; r <= lastRow; r++) {
    const cells: string[] = [];
    sheet.findRow(r)?.eachCell((cell, column) => {
      const read = cellText(file, cell, r === 1 ? undefined : (texts[0]?.[column - 1] ?? ''));
      if ('problem' in read) {
        diagnostics.push(read.problem);
        return;
      }
      cells[column - 1] = read.text;
      if (read.text !== '') width = Math.max(width, column);
    });
    texts.push(cells);
  }
  if (diagnostics.length > 0) return fail(diagnostics);

  const filled = texts.map((cells) => Array.from({ length: width }, (_, i) => cells[i] ?? ''));
  const [header = [], ...body] = filled;
  const rows: DataRow[] = [];
  let blankRows = 0;
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) blankRows += 1;
    else rows.push({ line: i + 2, cells });
  });
  return ok({ file, format: 'xlsx', sheet: sheet.name, sheets, header, rows, blankRows, hash });
}

/**
 * One cell's CSV text. `columnName` is the header cell above it, to name
 * the place of a problem as data errors are named (row and column).
 */
function cellText(file: string, cell: Cell, columnName: string | undefined): CellText {
  const at = { cell: { file, row: Number(cell.row), column: columnName || cell.address } };
  const { ValueType } = ExcelJS;
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge: // a CSV export holds a merged range's text in its first cell only
      return { text: '' };
    case ValueType.Date:
      return { problem: diagnostic('E415', { cell: cell.address }, at) };
    case ValueType.Formula: {
      const result: unknown = (cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue).result;
      if (result === undefined || result === null) return { problem: diagnostic('E416', { cell: cell.address }, at) };
      return valueText(result, cell, at);
    }
    default:
      return valueText(cell.value, cell, at);
  }
}

function valueText(value: unknown, cell: Cell, at: { cell: { file: string; row: number; column: string } }): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: numberCellText(value, cell.numFmt) };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { problem: diagnostic('E415', { cell: cell.address }, at) };
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return { text: value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('') };
    }
    if ('hyperlink' in value && 'text' in value) return valueText(value.text, cell, at);
    if ('error' in value && typeof value.error === 'string') return { text: value.error };
  }
  return { problem: diagnostic('E417', { cell: cell.address, kind: describe(value) }, at) };
}

function describe(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.keys(value).join(', ') || 'object';
}
