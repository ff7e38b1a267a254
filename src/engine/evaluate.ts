import { fail, ok, type Result } from '../diagnostics/diagnostic.js';
import { MissingResults } from './missing-results.js';
import type { BoundData, UnitRow } from '../data/bind-data.js';
import { Fraction, roundTo } from './exact.js';
import type { ItemStep, Plan, Step } from './plan.js';
import { computePopulation } from './population.js';
import type { RowState } from './population-call.js';
import { failedDataChecks, referenceMismatches } from './data-checks.js';
import { assignRanks } from './ranking.js';
import type { TraceSink } from './trace.js';
import { ELIGIBLE } from '../rules/rule-set.js';
import type { Value } from './value.js';

export interface ItemResult {
  readonly name: string;
  /** After rounding and the cap: what the item costs. */
  readonly deduction: Fraction;
  /** Full marks less the deduction, for items that have full marks. */
  readonly score?: Fraction;
  /** Before rounding and the cap. */
  readonly raw: Fraction;
  readonly capped: boolean;
  readonly reason?: string;
}

export interface UnitResult {
  readonly source: UnitRow;
  readonly unit: string;
  readonly group: string;
  readonly ranked: boolean;
  readonly exclusion?: string;
  readonly items: readonly ItemResult[];
  readonly total?: Fraction;
  readonly rank?: number;
  /** Every named value of the row (inputs and derived), by name. */
  readonly values: ReadonlyMap<string, Value>;
}

export interface Evaluation {
  readonly plan: Plan;
  readonly data: BoundData;
  /** In the data's order. */
  readonly units: readonly UnitResult[];
}

/**
 * Runs a plan over the rows, step by step across all rows (column-wise):
 * population tables need every row's earlier values before they can be
 * built, and this order gives that without per-row bookkeeping.
 */
export interface EvaluateOptions {
  /** Report what is done for the unit at this index of the data, as events. */
  readonly trace?: { readonly unit: number; readonly sink: TraceSink };
}

export function evaluate(plan: Plan, data: BoundData, options: EvaluateOptions = {}): Result<Evaluation> {
  const slotCount = plan.slotOf.size;
  const rows: RowState[] = data.units.map((unit, index) => {
    const slots: Value[] = new Array<Value>(slotCount).fill(null);
    plan.inputSlots.forEach((slot, k) => (slots[slot] = unit.inputs[k] ?? null));
    const traced = options.trace?.unit === index ? { trace: options.trace.sink } : {};
    return { index, group: unit.group, slots, ...traced };
  });
  const traced = rows.find((row) => row.trace);
  plan.rules.inputs.forEach((input, k) =>
    traced?.trace?.({ kind: 'value', name: input.name, value: traced.slots[plan.inputSlots[k]!] ?? null }),
  );
  const eligibleSlot = plan.slotOf.get('参与排名')!;
  const isRanked = (row: RowState) => row.slots[eligibleSlot] === true;

  for (const step of plan.rowSteps) runStep(step, rows, isRanked, traced);
  if (plan.eligibility) runStep(plan.eligibility, rows, isRanked, traced);
  else for (const row of rows) row.slots[eligibleSlot] = true;
  for (const step of plan.populationSteps) runStep(step, rows, isRanked, traced);
  for (const check of [...plan.dataChecks, ...plan.referenceChecks]) {
    for (const call of check.populationCalls) computePopulation(call, rows, isRanked);
  }
  const failures = failedDataChecks(plan, rows, data);
  if (failures.length > 0) return fail(failures);
  const warnings = referenceMismatches(plan, rows, data);

  for (const item of plan.items) for (const call of item.populationCalls) computePopulation(call, rows, isRanked);
  const missing = new MissingResults(data.table.file);
  const itemResults = rows.map((row) =>
    isRanked(row) ? plan.items.map((item) => scoreItem(plan, item, row, data.units[row.index]!, missing)) : [],
  );
  if (missing.diagnostics().length > 0) return fail(missing.diagnostics());

  rows.forEach((row, i) => {
    if (!isRanked(row)) return;
    const deductions = itemResults[i]!.reduce((acc, r) => acc.add(r.deduction), new Fraction(0));
    const total = plan.fullScore.sub(deductions);
    row.slots[plan.totalSlot] = total;
    row.trace?.({ kind: 'total', fullScore: plan.fullScore, deductions, total });
  });
  runStep(plan.ranking, rows, isRanked, traced);
  const ranks = assignRanks(plan, rows, isRanked, data, missing);
  if (missing.diagnostics().length > 0) return fail(missing.diagnostics());
  if (traced) traceRank(plan, rows, ranks, traced);

  const units = rows.map((row, i): UnitResult => unitResult(plan, row, data.units[i]!, itemResults[i]!, ranks[i], isRanked(row)));
  return ok({ plan, data, units }, warnings);
}

function runStep(step: Step, rows: RowState[], isRanked: (row: RowState) => boolean, traced: RowState | undefined): void {
  for (const call of step.populationCalls) computePopulation(call, rows, isRanked);
  for (const row of rows) row.slots[step.slot] = step.evaluate(row);
  if (!traced?.trace) return;
  const value = traced.slots[step.slot] ?? null;
  if (step.name === ELIGIBLE) traced.trace({ kind: 'eligibility', ranked: value === true });
  else traced.trace({ kind: 'value', name: step.name, value });
}

function traceRank(plan: Plan, rows: RowState[], ranks: (number | undefined)[], row: RowState): void {
  const rank = ranks[row.index];
  if (rank === undefined) return;
  const scope = plan.rules.ranking.scope;
  const of = rows.filter((r) => ranks[r.index] !== undefined && (scope === 'all' || r.group === row.group)).length;
  row.trace!({ kind: 'rank', rank, of, group: row.group, scope });
}

function scoreItem(
  plan: Plan,
  step: ItemStep,
  row: RowState,
  unit: UnitRow,
  missing: MissingResults,
): ItemResult {
  const name = step.item.name;
  row.trace?.({ kind: 'item-start', name });
  const raw = step.deduction(row);
  if (!(raw instanceof Fraction)) {
    missing.add(name, unit);
    return { name, deduction: new Fraction(0), raw: new Fraction(0), capped: false };
  }
  const { rounded, cap, capped, deduction } = limitDeduction(plan, step, row, raw);
  const reason = deduction.equals(0) ? undefined : step.reason?.(row);
  const result = {
    name,
    deduction,
    raw,
    capped,
    ...(step.fullMarks ? { score: step.fullMarks.sub(deduction) } : {}),
    ...(typeof reason === 'string' && reason !== '' ? { reason } : {}),
  };
  row.trace?.({ kind: 'item', ...result, rounded, ...(cap ? { cap } : {}) });
  return result;
}

/**
 * An item's deduction as it counts: rounded by the rule file's policy, at
 * most its cap, and for an item with full marks never below zero (a
 * negative deduction, which `check` warns about, never becomes a bonus).
 */
export function limitDeduction(plan: Plan, step: ItemStep, row: RowState, raw: Fraction) {
  const rounding = plan.rules.rounding;
  const rounded = rounding ? roundTo(raw, rounding.digits, rounding.mode) : raw;
  const cap = smallest([step.cap?.(row), step.fullMarks]);
  const capped = cap !== undefined && rounded.compare(cap) > 0;
  const limited = capped ? cap : rounded;
  const deduction = step.fullMarks && limited.compare(0) < 0 ? new Fraction(0) : limited;
  return { rounded, cap, capped, deduction };
}

/**
 * The binding cap: an explicit 扣分上限 never lifts the full-marks limit
 * (扣完为止), and a 扣分上限 that is missing for a unit adds no limit.
 */
function smallest(caps: (Value | undefined)[]): Fraction | undefined {
  let least: Fraction | undefined;
  for (const cap of caps) {
    if (cap instanceof Fraction && (least === undefined || cap.compare(least) < 0)) least = cap;
  }
  return least;
}

function unitResult(
  plan: Plan,
  row: RowState,
  source: UnitRow,
  items: ItemResult[],
  rank: number | undefined,
  ranked: boolean,
): UnitResult {
  const values = new Map<string, Value>();
  for (const [name, slot] of plan.slotOf) if (!name.startsWith('项目#')) values.set(name, row.slots[slot] ?? null);
  const total = row.slots[plan.totalSlot];
  return {
    source,
    unit: source.unit,
    group: source.group,
    ranked,
    ...(ranked ? {} : { exclusion: plan.rules.eligibility?.reason ?? '' }),
    items,
    ...(total instanceof Fraction ? { total } : {}),
    ...(rank !== undefined ? { rank } : {}),
    values,
  };
}
