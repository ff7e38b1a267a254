import type { Checked } from '../dsl/checked.js';
import { references, usesPopulation } from '../dsl/checked.js';
import { ELIGIBLE, TOTAL, type DataCheck, type Item, type RuleSet } from '../rules/rule-set.js';
import { decimal, type Fraction } from './exact.js';
import { ExpressionCompiler } from './compile-expression.js';
import type { Compiled, PopulationCall } from './population-call.js';

/** One named value computed for every row, after its population tables. */
export interface Step {
  readonly name: string;
  readonly slot: number;
  readonly evaluate: Compiled;
  readonly populationCalls: readonly PopulationCall[];
}

export interface CheckStep {
  readonly check: DataCheck;
  readonly evaluate: Compiled;
  readonly populationCalls: readonly PopulationCall[];
}

export interface ReferenceStep {
  readonly column: string;
  readonly evaluate: Compiled;
  readonly populationCalls: readonly PopulationCall[];
}

export interface ItemStep {
  readonly item: Item;
  readonly fullMarks?: Fraction;
  readonly deduction: Compiled;
  readonly cap?: Compiled;
  readonly reason?: Compiled;
  readonly slot: number;
  readonly populationCalls: readonly PopulationCall[];
}

/**
 * The evaluation plan: slots for every name, and the steps in the order
 * that makes each one's inputs ready. Derived values that do not depend on
 * population results come first, then eligibility (which population
 * functions need), then the rest, the items, the total and the ranking basis.
 */
export interface Plan {
  readonly rules: RuleSet;
  readonly inputSlots: readonly number[];
  readonly rowSteps: readonly Step[];
  readonly eligibility?: Step;
  readonly populationSteps: readonly Step[];
  /** Run once every derived value is known, before any item is scored. */
  readonly dataChecks: readonly CheckStep[];
  readonly referenceChecks: readonly ReferenceStep[];
  readonly items: readonly ItemStep[];
  readonly totalSlot: number;
  readonly fullScore: Fraction;
  readonly ranking: Step;
  readonly slotOf: ReadonlyMap<string, number>;
}

export function compilePlan(rules: RuleSet): Plan {
  const slotOf = new Map<string, number>();
  const slot = (name: string) => {
    if (!slotOf.has(name)) slotOf.set(name, slotOf.size);
    return slotOf.get(name)!;
  };
  const inputSlots = rules.inputs.map((i) => slot(i.name));
  for (const d of rules.derived) slot(d.name);
  slot(ELIGIBLE);
  const totalSlot = slot(TOTAL);

  const step = (name: string, expr: Checked): Step => {
    const compiler = new ExpressionCompiler(slot);
    const evaluate = compiler.compile(expr);
    return { name, slot: slot(name), evaluate, populationCalls: compiler.populationCalls };
  };

  const compiled = (expr: Checked) => {
    const compiler = new ExpressionCompiler(slot);
    return { evaluate: compiler.compile(expr), populationCalls: compiler.populationCalls };
  };

  const populationDependent = new Set<string>();
  for (const d of rules.derived) {
    // 参与排名 itself is only known after the eligibility step.
    const viaRefs = [...references(d.formula)].some((r) => r === ELIGIBLE || populationDependent.has(r));
    if (usesPopulation(d.formula) || viaRefs) populationDependent.add(d.name);
  }

  const items = rules.items.map((item, i): ItemStep => {
    const compiler = new ExpressionCompiler(slot);
    return {
      item,
      ...(item.fullMarks ? { fullMarks: decimal(item.fullMarks) } : {}),
      deduction: compiler.compile(item.deduction),
      ...(item.cap ? { cap: compiler.compile(item.cap) } : {}),
      ...(item.reason ? { reason: compiler.compile(item.reason) } : {}),
      slot: slot(`项目#${i}`),
      populationCalls: compiler.populationCalls,
    };
  });

  return {
    rules,
    inputSlots,
    rowSteps: rules.derived.filter((d) => !populationDependent.has(d.name)).map((d) => step(d.name, d.formula)),
    ...(rules.eligibility ? { eligibility: step(ELIGIBLE, rules.eligibility.condition) } : {}),
    populationSteps: rules.derived.filter((d) => populationDependent.has(d.name)).map((d) => step(d.name, d.formula)),
    dataChecks: rules.dataChecks.map((check) => ({ check, ...compiled(check.condition) })),
    referenceChecks: rules.referenceColumns.flatMap((r) => (r.check ? [{ column: r.column, ...compiled(r.check) }] : [])),
    items,
    totalSlot,
    fullScore: decimal(rules.fullScore),
    ranking: step('排名依据', rules.ranking.basis),
    slotOf,
  };
}
