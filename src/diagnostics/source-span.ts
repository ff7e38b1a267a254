/**
 * Where something sits in a source file. Lines and columns are 1-based and
 * count UTF-16 code units, so a CJK character is one column here; the
 * terminal renderer widens it when it draws the underline.
 */
export interface SourceSpan {
  readonly file: string;
  readonly offset: number;
  readonly length: number;
  readonly line: number;
  readonly column: number;
}

/** A cell of a data file: row as the spreadsheet numbers it (header is 1). */
export interface CellRef {
  readonly file: string;
  readonly row: number;
  readonly column?: string;
}

export function compareSpans(a: SourceSpan, b: SourceSpan): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.offset - b.offset;
}
