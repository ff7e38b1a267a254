import Fraction from 'fraction.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { children, references, type Checked } from '../dsl/checked.js';
import { RangeAnalysis } from './value-range.js';
import type { RuleSet } from './rule-set.js';

/**
 * What a rule file may mean but probably does not: inputs no formula uses,
 * a deduction that can never reach its cap, a 扣分上限 above full marks
 * (full marks bind anyway), a deduction that can turn into a bonus.
 */
export function ruleWarnings(rules: RuleSet): Diagnostic[] {
  return [...unusedInputs(rules), ...itemWarnings(rules), ...groupScopeWithoutGroups(rules)];
}

function allExpressions(rules: RuleSet): Checked[] {
  return [
    ...rules.derived.map((d) => d.formula),
    ...(rules.eligibility ? [rules.eligibility.condition] : []),
    ...rules.items.flatMap((i) => [i.deduction, ...(i.cap ? [i.cap] : []), ...(i.reason ? [i.reason] : [])]),
    rules.ranking.basis,
    ...rules.dataChecks.map((c) => c.condition),
    ...rules.referenceColumns.flatMap((r) => (r.check ? [r.check] : [])),
    ...rules.reports.flatMap((r) => [...(r.filter ? [r.filter] : []), ...r.order.map((o) => o.by), ...r.columns.map((c) => c.value)]),
  ];
}

/** 范围=本组 in a rule file that declares no 分组: every unit is then one group. */
function groupScopeWithoutGroups(rules: RuleSet): Diagnostic[] {
  if (rules.groups) return [];
  const found: Diagnostic[] = [];
  const visit = (expr: Checked): void => {
    if (expr.kind === 'call' && expr.fn.population && expr.choices.范围 === 'group') {
      found.push(diagnostic('E323', { fn: expr.fn.name }, { span: expr.span }, 'warning'));
    }
    children(expr).forEach(visit);
  };
  allExpressions(rules).forEach(visit);
  return found;
}

function unusedInputs(rules: RuleSet): Diagnostic[] {
  const used = new Set<string>();
  for (const expr of allExpressions(rules)) references(expr, used);
  return rules.inputs
    .filter((input) => !used.has(input.name))
    .map((input) => diagnostic('E313', { name: input.name }, { span: input.span }, 'warning'));
}

function itemWarnings(rules: RuleSet): Diagnostic[] {
  const ranges = new RangeAnalysis(
    new Map(rules.inputs.map((i) => [i.name, i.type])),
    new Map(rules.derived.map((d) => [d.name, d.formula])),
  );
  const warnings: Diagnostic[] = [];
  for (const item of rules.items) {
    const fullMarks = item.fullMarks ? new Fraction(item.fullMarks) : undefined;
    const explicitCap = item.cap ? ranges.of(item.cap) : undefined;
    const capValue = explicitCap?.lo && explicitCap.hi?.equals(explicitCap.lo) ? explicitCap.lo : undefined;
    if (fullMarks && capValue && capValue.compare(fullMarks) > 0) {
      warnings.push(diagnostic('E315', { item: item.name, cap: capValue.toString(), fullMarks: fullMarks.toString() }, { span: item.cap!.span }, 'warning'));
    }
    const effectiveCap = fullMarks && capValue ? (capValue.compare(fullMarks) < 0 ? capValue : fullMarks) : (capValue ?? fullMarks);
    const range = ranges.of(item.deduction);
    if (effectiveCap && range.hi && range.hi.compare(effectiveCap) < 0) {
      const most = range.hi.toString();
      warnings.push(diagnostic('E314', { item: item.name, most, cap: effectiveCap.toString() }, { span: item.deduction.span }, 'warning'));
    }
    if (fullMarks && (range.lo === null || range.lo.compare(0) < 0)) {
      warnings.push(diagnostic('E316', { item: item.name, least: range.lo?.toString() ?? '-∞' }, { span: item.deduction.span }, 'warning'));
    }
  }
  return warnings;
}
