import { diagnostic, fail, ok, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { decimal, percent } from '../engine/exact.js';
import type { Value } from '../engine/value.js';
import type { InputDeclaration, RuleSet } from '../rules/rule-set.js';
import { nearestName } from '../dsl/nearest-name.js';
import { readCell } from './cell-value.js';
import type { DataTable } from './read-table.js';

/** One unit's row, with its inputs read as the rule file declares them. */
export interface UnitRow {
  readonly line: number;
  readonly unit: string;
  readonly group: string;
  /** In the order of `RuleSet.inputs`. */
  readonly inputs: readonly Value[];
  readonly cells: readonly string[];
}

export interface BoundData {
  readonly table: DataTable;
  readonly units: readonly UnitRow[];
  /** Header cells no input, reference, unit or group column claims. */
  readonly unusedColumns: readonly string[];
}

/**
 * Header cells are matched ignoring spaces (half and full width) and line
 * breaks, which spreadsheets put in long titles.
 */
export function columnKey(name: string): string {
  // NFKC folds full-width forms, so （含上月流转工单） matches (含上月流转工单).
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** Matches the data's columns to the rule file and reads every cell. */
export function bindData(rules: RuleSet, table: DataTable): Result<BoundData> {
  const diagnostics: Diagnostic[] = [];
  const file = table.file;
  const columns = new Map<string, number>();
  table.header.forEach((name, i) => {
    const key = columnKey(name);
    if (columns.has(key)) diagnostics.push(diagnostic('E406', { column: name }, { cell: { file, row: 1, column: name } }));
    columns.set(key, i);
  });

  const find = (names: readonly string[]) => names.map((n) => columns.get(columnKey(n))).find((i) => i !== undefined);
  const claimed = new Set<number>();
  const claim = (i: number | undefined) => (i === undefined ? undefined : (claimed.add(i), i));

  const unitIndex = claim(find([rules.unitColumn]));
  const otherSheets = (table.sheets ?? []).filter((s) => s !== table.sheet);
  const sheetHint = otherSheets.length > 0 ? { sheets: otherSheets.join('、') } : {};
  const missingColumn = (column: string, input: string) =>
    diagnostic('E402', { column, input, ...columnHints(column, table.header), ...sheetHint }, { cell: { file, row: 1 } });
  if (unitIndex === undefined) diagnostics.push(missingColumn(rules.unitColumn, '单位列'));
  const groupIndex = rules.groups ? claim(find([rules.groups.column])) : undefined;
  if (rules.groups && groupIndex === undefined) {
    diagnostics.push(missingColumn(rules.groups.column, '分组'));
  }

  const inputIndexes = rules.inputs.map((input) => {
    const i = claim(find([input.column, ...input.aliases]));
    if (i === undefined && !input.optional) {
      diagnostics.push(missingColumn(input.column, input.name));
    }
    return i;
  });
  for (const ref of rules.referenceColumns) claim(find([ref.column]));
  if (diagnostics.length > 0) return fail(diagnostics);

  const units = readUnits(rules, table, unitIndex!, groupIndex, inputIndexes, diagnostics);
  if (units.length === 0 && diagnostics.length === 0) diagnostics.push(diagnostic('E408', {}, { cell: { file, row: 2 } }));
  if (diagnostics.length > 0) return fail(diagnostics);

  const unusedColumns = table.header.filter((_, i) => !claimed.has(i));
  return ok({ table, units, unusedColumns });
}

function readUnits(
  rules: RuleSet,
  table: DataTable,
  unitIndex: number,
  groupIndex: number | undefined,
  inputIndexes: (number | undefined)[],
  diagnostics: Diagnostic[],
): UnitRow[] {
  const file = table.file;
  const firstRowOf = new Map<string, number>();
  const missingMarks = new Set(rules.missingMarks.map((m) => m.trim()));
  const units: UnitRow[] = [];

  for (const row of table.rows) {
    const at = (column: number) => ({ cell: { file, row: row.line, column: table.header[column]! } });
    if (row.cells.length !== table.header.length) {
      diagnostics.push(
        diagnostic('E409', { expected: table.header.length, found: row.cells.length }, { cell: { file, row: row.line } }),
      );
      continue;
    }
    const unit = row.cells[unitIndex]!.trim();
    if (unit === '') {
      diagnostics.push(diagnostic('E418', {}, at(unitIndex)));
      continue;
    }
    const first = firstRowOf.get(unit);
    if (first !== undefined) diagnostics.push(diagnostic('E404', { unit, firstRow: first }, at(unitIndex)));
    firstRowOf.set(unit, row.line);

    const group = groupIndex === undefined ? '' : row.cells[groupIndex]!.trim();
    if (rules.groups && !rules.groups.values.includes(group)) {
      diagnostics.push(diagnostic('E405', { group, known: rules.groups.values.join('、') }, at(groupIndex!)));
    }

    const inputs = rules.inputs.map((input, k) => {
      const column = inputIndexes[k];
      const raw = column === undefined ? undefined : row.cells[column]!;
      const reading = readInput(input, raw, missingMarks);
      if (reading === 'invalid') {
        diagnostics.push(
          diagnostic('E403', { value: raw ?? '', expected: { kind: input.type, missingAllowed: input.missingAllowed } }, at(column!)),
        );
        return null;
      }
      return reading;
    });
    units.push({ line: row.line, unit, group, inputs, cells: row.cells });
  }
  return units;
}

function readInput(input: InputDeclaration, raw: string | undefined, missingMarks: Set<string>): Value | 'invalid' {
  if (raw === undefined || missingMarks.has(raw.trim())) {
    if (input.whenMissing !== undefined) {
      if (typeof input.whenMissing === 'boolean' || input.type === 'text') return input.whenMissing;
      const written = input.whenMissing;
      return written.endsWith('%') ? percent(written.slice(0, -1)) : decimal(written);
    }
    return input.missingAllowed || raw === undefined ? null : 'invalid';
  }
  const reading = readCell(raw, input.type);
  return reading.ok ? reading.value : 'invalid';
}

/**
 * Why a column may look absent: a header cell spelt a little differently,
 * or a file separated by semicolons or tabs (read as one long column).
 */
function columnHints(column: string, header: readonly string[]): { suggestion?: string; separator?: boolean } {
  if (header.length === 1 && /[;\t]/.test(header[0]!)) return { separator: true };
  const suggestion = nearestName(columnKey(column), header.map(columnKey));
  const original = suggestion === undefined ? undefined : header.find((h) => columnKey(h) === suggestion);
  return original ? { suggestion: original } : {};
}
