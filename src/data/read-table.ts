import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { diagnostic, fail, ok, type Result } from '../diagnostics/diagnostic.js';

export interface DataRow {
  /** The line the row starts on in the file (the header is line 1). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface DataTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly DataRow[];
  /** Rows with every cell blank, as spreadsheets leave at the end. */
  readonly blankRows: number;
}

/** Reads a UTF-8 CSV file (a BOM is allowed) into a header and rows. */
export function readTable(file: string): Result<DataTable> {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    return fail([diagnostic('E401', { file, problem: (e as NodeJS.ErrnoException).code ?? String(e) })]);
  }
  return parseTable(file, content);
}

export function parseTable(file: string, content: string): Result<DataTable> {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as typeof records;
  } catch (e) {
    const err = e as { message: string; lines?: number };
    return fail([diagnostic('E401', { file, problem: err.message }, { cell: { file, row: err.lines ?? 0 } })]);
  }
  const [first, ...rest] = records;
  if (!first) return fail([diagnostic('E408', {}, { cell: { file, row: 1 } })]);

  const rows: DataRow[] = [];
  let blankRows = 0;
  // csv-parse tells the line a record ends on; a record starts on the line
  // after the previous one ended (a quoted cell may span several lines).
  let previousEnd = first.info.lines;
  for (const { record, info } of rest) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (record.every((c) => c.trim() === '')) {
      blankRows += 1;
      continue;
    }
    rows.push({ line, cells: record });
  }
  return ok({ file, header: first.record, rows, blankRows });
}
