import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { diagnostic, fail, ok, type Result } from '../diagnostics/diagnostic.js';
import { sha256 } from './content-hash.js';
import { decodeText, type TextEncoding } from './decode-text.js';

export type { TextEncoding } from './decode-text.js';

export interface DataRow {
  /** The row number as a spreadsheet shows it: the header is row 1. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface DataTable {
  readonly file: string;
  /** What the file was read as. */
  readonly format: 'csv' | 'xlsx';
  /** The encoding a CSV file was decoded with (given, or detected). Absent for a workbook. */
  readonly encoding?: TextEncoding;
  /** The worksheet a workbook was read from. Absent for CSV. */
  readonly sheet?: string;
  /** Every worksheet of a workbook, for hints when the one read lacks columns. */
  readonly sheets?: readonly string[];
  readonly header: readonly string[];
  readonly rows: readonly DataRow[];
  /** Rows with every cell blank, as spreadsheets leave at the end. */
  readonly blankRows: number;
  /** sha256 of the file's bytes (of the text, for text parsed directly). */
  readonly hash: string;
}

export interface ReadOptions {
  /** A CSV file's encoding; detected when not given (UTF-8 BOM, valid UTF-8, else GB18030). */
  readonly encoding?: TextEncoding;
  /** A workbook's worksheet, by name; the first one when not given. */
  readonly sheet?: string;
}

/**
 * Reads a CSV file into a header and rows. The encoding is `options.encoding`
 * or detected: a UTF-8 BOM means UTF-8; bytes that are valid UTF-8 are
 * UTF-8; anything else is GB18030 (which GBK is part of). Workbooks cannot be
 * read synchronously: use `readDataFile`, which reads both.
 */
export function readTable(file: string, options: Pick<ReadOptions, 'encoding'> = {}): Result<DataTable> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return fail([diagnostic('E401', { file, problem: (e as NodeJS.ErrnoException).code ?? String(e) })]);
  }
  const decoded = decodeText(file, bytes, options.encoding);
  if (!decoded.ok) return decoded;
  const table = parseTable(file, decoded.value.text, decoded.value.encoding);
  return table.ok ? { ...table, value: { ...table.value, hash: sha256(bytes) } } : table;
}

/** Whether a data file is read as an XLSX workbook: by its extension. */
export function isWorkbook(file: string): boolean {
  return /\.xlsx$/i.test(file);
}

/**
 * Reads a data file of either kind: a file ending .xlsx as a workbook
 * (`options.sheet`, or the first worksheet), anything else as CSV.
 */
export async function readDataFile(file: string, options: ReadOptions = {}): Promise<Result<DataTable>> {
  if (!isWorkbook(file)) return readTable(file, { encoding: options.encoding });
  // exceljs is large: only runs that read a workbook load it.
  const { readXlsx } = await import('./read-xlsx.js');
  return readXlsx(file, { sheet: options.sheet });
}

/** Parses CSV text already decoded; `encoding` records what it was decoded from. */
export function parseTable(file: string, content: string, encoding: TextEncoding = 'utf8'): Result<DataTable> {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as typeof records;
  } catch (e) {
    // csv-parse errors carry a code and the zero-based cell; words come from the catalogue.
    const err = e as { code?: string; message: string; lines?: number; index?: number };
    const column = err.index === undefined ? {} : { column: err.index + 1 };
    // An unclosed quote is only noticed at the end of the file: name the
    // line where it was opened (the first with an odd number of quotes).
    const row = err.code === 'CSV_QUOTE_NOT_CLOSED' ? (lineWithOddQuotes(content) ?? err.lines) : err.lines;
    return fail([diagnostic('E419', { code: err.code ?? err.message, ...column }, { cell: { file, row: row ?? 0 } })]);
  }
  const [first, ...rest] = records;
  if (!first) return fail([diagnostic('E408', {}, { cell: { file, row: 1 } })]);

  const rows: DataRow[] = [];
  let blankRows = 0;
  // Rows are numbered as a spreadsheet numbers them (the header is row 1),
  // not by text line: a cell with a line break (Alt+Enter) is still one row.
  for (const [index, { record }] of rest.entries()) {
    const line = index + 2;
    if (record.every((c) => c.trim() === '')) {
      blankRows += 1;
      continue;
    }
    rows.push({ line, cells: record });
  }
  return ok({ file, format: 'csv', encoding, header: first.record, rows, blankRows, hash: sha256(content) });
}

function lineWithOddQuotes(content: string): number | undefined {
  const index = content.split(/\r?\n/).findIndex((line) => (line.split('"').length - 1) % 2 === 1);
  return index < 0 ? undefined : index + 1;
}
