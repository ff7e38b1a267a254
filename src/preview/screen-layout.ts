/**
 * Where things go on a terminal of a given size: the title and the group
 * tabs on top, the status line at the bottom, and between them the ranking
 * with the breakdown beside it (wide) or below it (narrow).
 *
 * The frame is one line shorter than the terminal: Ink redraws a frame that
 * fills the whole screen by clearing it, which flickers.
 */
export interface ScreenLayout {
  readonly width: number;
  readonly height: number;
  readonly wide: boolean;
  readonly nameWidth: number;
  readonly table: { readonly width: number; readonly height: number };
  readonly pane: { readonly width: number; readonly height: number };
  /** Ranking rows on screen at once. */
  readonly page: number;
}

/** Cells of the table's columns other than the name: cursor, rank, move, total, change and the gaps. */
export const FIXED_COLUMNS = 2 + 4 + 2 + 4 + 2 + 2 + 7 + 2 + 7;
/** The table's lines that are not units: the header and the line under the rows. */
export const TABLE_CHROME = 2;
/** The title, the group tabs and the status line. */
export const SCREEN_CHROME = 3;
const MIN_PANE = 50;
const GAP = 3;

export function screenLayout(columns: number, rows: number, longestName: number, rowCount: number): ScreenLayout {
  const width = Math.max(40, columns);
  const height = Math.max(12, rows - 1);
  const body = height - SCREEN_CHROME;
  const nameWidth = Math.min(28, Math.max(8, longestName));
  const wide = width >= nameWidth + FIXED_COLUMNS + GAP + MIN_PANE;
  if (wide) {
    const tableWidth = nameWidth + FIXED_COLUMNS;
    return {
      width,
      height,
      wide,
      nameWidth,
      table: { width: tableWidth, height: body },
      pane: { width: width - tableWidth - GAP, height: body },
      page: body - TABLE_CHROME,
    };
  }
  const narrowName = Math.max(6, Math.min(nameWidth, width - FIXED_COLUMNS));
  const tableHeight = Math.min(Math.max(1, rowCount) + TABLE_CHROME, Math.max(TABLE_CHROME + 4, Math.floor(body * 0.55)));
  return {
    width,
    height,
    wide,
    nameWidth: narrowName,
    table: { width: Math.min(width, narrowName + FIXED_COLUMNS), height: tableHeight },
    pane: { width, height: body - tableHeight },
    page: tableHeight - TABLE_CHROME,
  };
}
