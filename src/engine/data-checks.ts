import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { BoundData } from '../data/bind-data.js';
import { columnKey } from '../data/bind-data.js';
import { readCell } from '../data/cell-value.js';
import { references } from '../dsl/checked.js';
import { formatDecimal, Fraction, roundTo } from './exact.js';
import type { Plan } from './plan.js';
import type { RowState } from './population-call.js';

/**
 * The rule file's 数据校验: a unit whose data breaks a condition is a data
 * error naming the unit, its row, the condition's own words and the values
 * it read. A condition that cannot be decided (missing data) passes.
 */
export function failedDataChecks(plan: Plan, rows: readonly RowState[], data: BoundData): Diagnostic[] {
  const failures: Diagnostic[] = [];
  for (const check of plan.dataChecks) {
    const names = [...references(check.check.condition)];
    const inputs = new Map(plan.rules.inputs.map((i) => [i.name, i]));
    const firstInput = names.map((n) => inputs.get(n)).find((i) => i !== undefined);
    for (const row of rows) {
      if (check.evaluate(row) !== false) continue;
      const unit = data.units[row.index]!;
      const values = names.map((n) => `${n}=${show(row.slots[plan.slotOf.get(n)!] ?? null)}`).join(', ');
      failures.push(
        diagnostic(
          'E420',
          { unit: unit.unit, rule: check.check.message, values },
          { cell: { file: data.table.file, row: unit.line, ...(firstInput ? { column: firstInput.column } : {}) } },
        ),
      );
    }
  }
  return failures;
}

/**
 * 参考列 with 核对: the column as written should equal the computed value
 * at the column's own precision (98.18% is compared with the exact rate
 * rounded half up to two decimals of a percent). A mismatch is a warning:
 * published tables are sometimes truncated, and the score uses the counts.
 */
export function referenceMismatches(plan: Plan, rows: readonly RowState[], data: BoundData): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const { header } = data.table;
  const missingMarks = new Set(plan.rules.missingMarks.map((m) => m.trim()));
  for (const reference of plan.referenceChecks) {
    const column = header.findIndex((h) => columnKey(h) === columnKey(reference.column));
    if (column < 0) continue;
    for (const row of rows) {
      const unit = data.units[row.index]!;
      const written = (unit.cells[column] ?? '').trim();
      const computed = reference.evaluate(row);
      const shown = asWritten(computed instanceof Fraction ? computed : null, written, missingMarks);
      if (shown === undefined) continue;
      warnings.push(
        diagnostic(
          'W421',
          { unit: unit.unit, column: header[column]!, written, computed: shown },
          { cell: { file: data.table.file, row: unit.line, column: header[column]! } },
          'warning',
        ),
      );
    }
  }
  return warnings;
}

/** The computed value as the cell would show it, or undefined when they agree. */
function asWritten(computed: Fraction | null, written: string, missingMarks: Set<string>): string | undefined {
  const writtenMissing = missingMarks.has(written);
  if (computed === null) return writtenMissing ? undefined : '/';
  if (writtenMissing) return formatDecimal(computed, 4);
  const percent = /[%％]$/.test(written);
  const reading = readCell(written, percent ? 'rate' : 'number');
  if (!reading.ok || !(reading.value instanceof Fraction)) return formatDecimal(computed, 4);
  const digits = (written.replace(/[%％]$/, '').split(/[.．]/)[1] ?? '').length;
  const scale = percent ? 100 : 1;
  const rounded = roundTo(computed.mul(scale), digits, 'half-up');
  if (rounded.equals(reading.value.mul(scale))) return undefined;
  return `${formatDecimal(rounded, digits, true)}${percent ? '%' : ''}`;
}

function show(value: unknown): string {
  if (value instanceof Fraction) return formatDecimal(value, 4);
  if (value === null) return '/';
  return String(value);
}
