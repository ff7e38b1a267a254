/*
 * Small builders shared by the unit tests: a minimal rule file written as
 * YAML text (valid for schemas/rules.schema.json, with 满分 the exact sum of
 * the items' 满分), and the whole pipeline run over a CSV string.
 */
import { readFileSync } from 'node:fs';
import { bindData, type BoundData } from '../../src/data/bind-data.js';
import { parseTable } from '../../src/data/read-table.js';
import type { Diagnostic, Result } from '../../src/diagnostics/diagnostic.js';
import { evaluate, type Evaluation, type UnitResult } from '../../src/engine/evaluate.js';
import { formatDecimal, Fraction } from '../../src/engine/exact.js';
import { compilePlan } from '../../src/engine/plan.js';
import { buildRuleSet } from '../../src/rules/build-rule-set.js';
import type { RuleSet } from '../../src/rules/rule-set.js';

export const FURONG_RULES = readFileSync(new URL('../../rules/2021-changsha-furong.yaml', import.meta.url), 'utf8');
export const FURONG_DATA = readFileSync(new URL('../../examples/2021-07-furong.csv', import.meta.url), 'utf8');

export interface ItemSpec {
  readonly name: string;
  /** Omitted: an item without full marks (like 其他扣分). */
  readonly full?: string;
  readonly deduction: string;
  readonly cap?: string;
  readonly reason?: string;
}

export interface RuleSpec {
  /** Input name → YAML value: a type name (计数) or a flow map ({类型: 数值, 可选: 是}). */
  readonly inputs: Record<string, string>;
  readonly derived?: Record<string, string>;
  readonly eligibility?: { readonly condition: string; readonly reason?: string };
  readonly items: readonly ItemSpec[];
  /** Declared groups, read from column 类别. Omitted: no groups. */
  readonly groups?: readonly string[];
  readonly rounding?: { readonly digits: number; readonly mode: string };
  readonly ranking?: { readonly 依据?: string; readonly 顺序?: string; readonly 范围?: string; readonly 并列?: string };
  readonly referenceColumns?: readonly string[];
  /** Overrides the computed total full score (to provoke E105). */
  readonly fullScore?: string;
}

/** A YAML double-quoted scalar: JSON strings are valid ones. */
export function q(text: string): string {
  return JSON.stringify(text);
}

export function ruleYaml(spec: RuleSpec): string {
  const sum = spec.items.reduce((acc, i) => (i.full ? acc.add(new Fraction(i.full)) : acc), new Fraction(0));
  const lines = ['名称: 测试规则', `满分: ${spec.fullScore ?? sum.toString()}`, '单位列: 单位'];
  if (spec.groups) lines.push('分组:', '  列: 类别', `  取值: [${spec.groups.join(', ')}]`);
  if (spec.rounding) lines.push('舍入:', `  位数: ${spec.rounding.digits}`, `  方式: ${spec.rounding.mode}`);
  lines.push('输入:', ...Object.entries(spec.inputs).map(([name, type]) => `  ${name}: ${type}`));
  if (spec.referenceColumns) lines.push('参考列:', ...spec.referenceColumns.map((c) => `  ${c}: 参考`));
  if (spec.derived) lines.push('派生:', ...Object.entries(spec.derived).map(([name, f]) => `  ${name}: ${q(f)}`));
  if (spec.eligibility) {
    lines.push('参与排名:', `  条件: ${q(spec.eligibility.condition)}`);
    if (spec.eligibility.reason) lines.push(`  说明: ${q(spec.eligibility.reason)}`);
  }
  lines.push('考核项目:');
  for (const item of spec.items) {
    lines.push(`  - 名称: ${item.name}`);
    if (item.full) lines.push(`    满分: ${item.full}`);
    lines.push(`    扣分: ${q(item.deduction)}`);
    if (item.cap) lines.push(`    扣分上限: ${q(item.cap)}`);
    if (item.reason) lines.push(`    原因: ${q(item.reason)}`);
  }
  const ranking = Object.entries(spec.ranking ?? {}).filter(([, v]) => v !== undefined);
  if (ranking.length === 0) lines.push('排名: {}');
  else lines.push('排名:', ...ranking.map(([k, v]) => `  ${k}: ${k === '依据' ? q(v) : v}`));
  return `${lines.join('\n')}\n`;
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code);
}

/** The value of a Result, failing the test with its diagnostics otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`unexpected diagnostics: ${JSON.stringify(result.diagnostics)}`);
  return result.value;
}

/** The diagnostics of a Result that must have failed. */
export function failure<T>(result: Result<T>): Diagnostic[] {
  if (result.ok) throw new Error('expected diagnostics, got a value');
  return result.diagnostics;
}

export function loadRules(yaml: string, file = 'rules.yaml'): RuleSet {
  return unwrap(buildRuleSet(file, yaml));
}

export function bind(rules: RuleSet, csv: string, file = 'data.csv'): Result<BoundData> {
  return bindData(rules, unwrap(parseTable(file, csv)));
}

export function run(yaml: string, csv: string): Result<Evaluation> {
  const rules = loadRules(yaml);
  return evaluate(compilePlan(rules), unwrap(bind(rules, csv)));
}

/** Runs and indexes the units by name. */
export function scores(yaml: string, csv: string): Map<string, UnitResult> {
  const evaluation = unwrap(run(yaml, csv));
  return new Map(evaluation.units.map((u) => [u.unit, u]));
}

export function unitOf(units: Map<string, UnitResult>, name: string): UnitResult {
  const unit = units.get(name);
  if (!unit) throw new Error(`no unit ${name}`);
  return unit;
}

export function totalOf(units: Map<string, UnitResult>, name: string): string | undefined {
  const total = unitOf(units, name).total;
  return total === undefined ? undefined : formatDecimal(total);
}

/** The item deductions of a unit as decimal strings, by item name. */
export function deductionsOf(units: Map<string, UnitResult>, name: string): Record<string, string> {
  return Object.fromEntries(unitOf(units, name).items.map((i) => [i.name, formatDecimal(i.deduction)]));
}

/** A unit's named value (input or derived) as text: decimals formatted, missing as null. */
export function valueOf(units: Map<string, UnitResult>, unit: string, name: string): string | boolean | null {
  const v = unitOf(units, unit).values.get(name);
  if (v === undefined) throw new Error(`no value ${name}`);
  return v instanceof Fraction ? formatDecimal(v, 6) : v;
}
