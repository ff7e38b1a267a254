import type { ColumnFormat, ReportSection } from '../rules/rule-set.js';
import { RANK } from '../rules/rule-set.js';
import { ExpressionCompiler } from './compile-expression.js';
import type { Evaluation, UnitResult } from './evaluate.js';
import { formatDecimal, formatPercent, Fraction } from './exact.js';
import type { Compiled, RowState } from './population-call.js';
import { computePopulation } from './population.js';
import type { Value } from './value.js';

export interface ReportCell {
  /** The exact value, for renderers that store numbers (a workbook). */
  readonly value: Value;
  /** As the column displays it: 98.18%, 70, 湘湖管理局, "/" when missing. */
  readonly text: string;
}

export interface ReportTable {
  readonly section: ReportSection;
  readonly rows: readonly { readonly unit: string; readonly cells: readonly ReportCell[] }[];
}

/**
 * The rule file's 报告 sections over an evaluation: each a filtered, sorted
 * table of ranked units. Expressions run on the same compiled closures as
 * scoring, over each unit's final values plus 排名 and its name and group.
 */
export function reportTables(evaluation: Evaluation): ReportTable[] {
  const { plan } = evaluation;
  const rules = plan.rules;
  const slotOf = new Map(plan.slotOf);
  const extra: [string, (u: UnitResult) => Value][] = [
    [RANK, (u) => (u.rank === undefined ? null : new Fraction(u.rank))],
    [rules.unitColumn, (u) => u.unit],
    ...(rules.groups ? [[rules.groups.column, (u: UnitResult) => u.group] as [string, (u: UnitResult) => Value]] : []),
  ];
  for (const [name] of extra) if (!slotOf.has(name)) slotOf.set(name, slotOf.size);

  const rows: RowState[] = evaluation.units.map((unit, index) => {
    const slots: Value[] = new Array<Value>(slotOf.size).fill(null);
    for (const [name, value] of unit.values) slots[slotOf.get(name)!] = value;
    for (const [name, read] of extra) slots[slotOf.get(name)!] = read(unit);
    return { index, group: unit.group, slots };
  });
  const isRanked = (row: RowState) => evaluation.units[row.index]!.ranked;

  return rules.reports.map((section) => {
    const compiler = new ExpressionCompiler((name) => slotOf.get(name)!);
    const filter = section.filter ? compiler.compile(section.filter) : undefined;
    const order = section.order.map((o) => ({ key: compiler.compile(o.by), direction: o.direction }));
    const columns = section.columns.map((c) => ({ column: c, value: compiler.compile(c.value) }));
    for (const call of compiler.populationCalls) computePopulation(call, rows, isRanked);

    const members = rows.filter((row) => isRanked(row) && (!filter || filter(row) === true));
    const sorted = sortRows(members, order);
    return {
      section,
      rows: sorted.map((row) => ({
        unit: evaluation.units[row.index]!.unit,
        cells: columns.map(({ column, value }) => cell(value(row), column.format, column.digits)),
      })),
    };
  });
}

function sortRows(rows: RowState[], order: { key: Compiled; direction: 'descending' | 'ascending' }[]): RowState[] {
  const keyed = rows.map((row) => ({ row, keys: order.map((o) => o.key(row)) }));
  keyed.sort((a, b) => {
    for (const [i, o] of order.entries()) {
      const ka = a.keys[i] ?? null;
      const kb = b.keys[i] ?? null;
      // Missing values sort after all others, whichever the direction.
      if (ka === null || kb === null) {
        if (ka !== kb) return ka === null ? 1 : -1;
        continue;
      }
      const c = compareValues(ka, kb) * (o.direction === 'descending' ? -1 : 1);
      if (c !== 0) return c;
    }
    return a.row.index - b.row.index;
  });
  return keyed.map((k) => k.row);
}

function compareValues(a: Exclude<Value, null>, b: Exclude<Value, null>): number {
  if (a instanceof Fraction && b instanceof Fraction) return a.compare(b);
  return String(a).localeCompare(String(b), 'zh');
}

export function cell(value: Value, format: ColumnFormat, digits?: number): ReportCell {
  return { value, text: cellText(value, format, digits) };
}

function cellText(value: Value, format: ColumnFormat, digits?: number): string {
  if (value === null) return '/';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (!(value instanceof Fraction)) return value;
  switch (format) {
    case 'percent':
      return formatPercent(value, digits ?? 2);
    case 'decimal':
      return digits === undefined ? formatDecimal(value) : formatDecimal(value, digits, true);
    case 'integer':
      return formatDecimal(value, 0);
    default:
      return formatDecimal(value);
  }
}
