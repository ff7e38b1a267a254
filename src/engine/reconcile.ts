import { references } from '../dsl/checked.js';
import type { Evaluation, UnitResult } from './evaluate.js';
import { limitDeduction } from './evaluate.js';
import { Fraction } from './exact.js';
import type { ItemStep, Plan } from './plan.js';
import type { RowState } from './population-call.js';
import type { Value } from './value.js';

/** How far the input search goes; a count off by more is no "small change". */
export const MAX_CHANGE = 200;

export interface Difference {
  readonly unit: UnitResult;
  /** Absent for a unit left out of the ranking, which has no total. */
  readonly computed?: Fraction;
  readonly published: Fraction;
  /** The smallest change of one input that moves one item by the difference. */
  readonly explanation?: Explanation;
}

export interface Explanation {
  readonly item: string;
  readonly input: string;
  readonly change: number;
  readonly from: Fraction;
  readonly to: Fraction;
}

/**
 * Compares computed totals with published ones (a column of the data) and,
 * for each unit that differs, finds the smallest change to one count input
 * that makes one item's deduction account for the whole difference.
 * Population results (ranks, tiers) are held as computed: the search asks
 * what this unit's own data would have to be, not how others would move.
 */
export function reconcile(evaluation: Evaluation, published: (unit: UnitResult) => Fraction | undefined): Difference[] {
  const differences: Difference[] = [];
  for (const [index, unit] of evaluation.units.entries()) {
    const expected = published(unit);
    if (expected === undefined) continue;
    if (!unit.total) {
      differences.push({ unit, published: expected });
      continue;
    }
    if (unit.total.equals(expected)) continue;
    const explanation = explain(evaluation.plan, unit, index, unit.total.sub(expected));
    differences.push({ unit, computed: unit.total, published: expected, ...(explanation ? { explanation } : {}) });
  }
  return differences;
}

function explain(plan: Plan, unit: UnitResult, index: number, missingDeduction: Fraction): Explanation | undefined {
  const counts = new Set(plan.rules.inputs.filter((i) => i.type === 'count').map((i) => i.name));
  // Each (item, input, direction) is searched outward from the unit's own
  // count, smallest change first across all of them; a direction is dropped
  // once its deduction stops moving or has passed the difference.
  const searches = plan.items.flatMap((step) => {
    // The unit's own deduction for the item, as scored.
    const from = unit.items.find((i) => i.name === step.item.name)?.deduction;
    if (!from) return [];
    return inputsOf(plan, step)
      .filter((input) => counts.has(input))
      .flatMap((input) => [1, -1].map((sign) => ({ step, input, sign, from, open: true })));
  });
  for (let k = 1; k <= MAX_CHANGE; k += 1) {
    for (const search of searches) {
      if (!search.open) continue;
      const to = deductionWith(plan, unit, index, search.step, search.input, search.sign * k);
      if (!to) {
        search.open = false;
        continue;
      }
      const shift = to.sub(search.from);
      if (shift.equals(missingDeduction)) {
        return { item: search.step.item.name, input: search.input, change: search.sign * k, from: search.from, to };
      }
      if (shift.abs().compare(missingDeduction.abs()) > 0) search.open = false;
    }
  }
  return undefined;
}

function deductionWith(plan: Plan, unit: UnitResult, index: number, step: ItemStep, input: string, change: number) {
  const slots: Value[] = new Array<Value>(plan.slotOf.size).fill(null);
  for (const [name, value] of unit.values) slots[plan.slotOf.get(name)!] = value;
  const slot = plan.slotOf.get(input)!;
  const original = slots[slot];
  if (!(original instanceof Fraction)) return undefined;
  const changed = original.add(change);
  if (changed.compare(0) < 0) return undefined;
  slots[slot] = changed;
  const row: RowState = { index, group: unit.group, slots };
  for (const s of [...plan.rowSteps, ...plan.populationSteps]) slots[s.slot] = s.evaluate(row);
  const raw = step.deduction(row);
  return raw instanceof Fraction ? limitDeduction(plan, step, row, raw).deduction : undefined;
}

/** Inputs an item reads, directly or through derived values. */
function inputsOf(plan: Plan, step: ItemStep): string[] {
  const derived = new Map(plan.rules.derived.map((d) => [d.name, d.formula]));
  const inputs = new Set(plan.rules.inputs.map((i) => i.name));
  const found: string[] = [];
  const visit = (names: Set<string>, seen: Set<string>) => {
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      if (inputs.has(name) && !found.includes(name)) found.push(name);
      const formula = derived.get(name);
      if (formula) visit(references(formula), seen);
    }
  };
  visit(references(step.item.deduction), new Set());
  return found;
}
