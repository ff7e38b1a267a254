import { children, references, type Checked } from '../dsl/checked.js';
import type { ValueType } from '../dsl/types.js';
import type { Value } from '../engine/value.js';
import type { UnitResult } from '../engine/evaluate.js';
import { formatDecimal, formatPercent, type Fraction } from '../engine/exact.js';
import type { TraceEvent } from '../engine/trace.js';
import type { RuleSet } from '../rules/rule-set.js';
import { exactText, shownText } from './explain-values.js';
import { oneLine } from './terminal-text.js';

const partialWords = { whole: '不足一步按一步计', drop: '不足一步的舍去', prorate: '不足一步的按比例计' } as const;

/**
 * One unit's explanation as text, from the engine's trace events: its data,
 * the derived values (exact and as displayed), each item with its policy
 * sentence, formula, steps, cap and deduction, then the total and rank.
 */
export function renderExplanation(rules: RuleSet, unit: UnitResult, events: readonly TraceEvent[]): string {
  const kinds = kindsOf(rules);
  const formula = (span: { offset: number; length: number }) => rules.text.slice(span.offset, span.offset + span.length);
  const show = (name: string, value: Value) => {
      const exact = exactText(value, kinds.get(name));
    const shown = shownText(value, kinds.get(name));
    return `${name} = ${exact}${shown && !exact.startsWith(shown) ? `（显示为 ${shown}）` : ''}`;
  };

  const lines = [`${unit.unit}${unit.group ? `（${unit.group}）` : ''}`, ''];
  const inputNames = new Set(rules.inputs.map((i) => i.name));
  const derived = new Map(rules.derived.map((d) => [d.name, d]));
  const items = new Map(rules.items.map((i) => [i.name, i]));

  lines.push('数据');
  for (const e of events) if (e.kind === 'value' && inputNames.has(e.name)) lines.push(`  ${show(e.name, e.value)}`);

  lines.push('派生值');
  let pending: TraceEvent[] = [];
  for (const e of events) {
    if (e.kind === 'item-start') break;
    if (e.kind === 'population') pending.push(e);
    if (e.kind === 'value' && derived.has(e.name)) {
      const d = derived.get(e.name)!;
      lines.push(`  ${show(e.name, e.value)}`, `    公式：${formula(d.formula.span)}`);
      for (const p of pending) lines.push(...populationLines(p, '    '));
      pending = [];
    }
  }
  const eligibility = events.find((e) => e.kind === 'eligibility');
  if (eligibility?.kind === 'eligibility') {
    lines.push('', `参与排名：${eligibility.ranked ? '是' : `否（${rules.eligibility?.reason ?? ''}）`}`);
  }

  let item: string | undefined;
  let itemDetails: TraceEvent[] = [];
  for (const e of events) {
    if (e.kind === 'item-start') {
      item = e.name;
      itemDetails = [];
    } else if (e.kind === 'item') {
      lines.push('', ...itemLines(items.get(e.name)!, e, itemDetails, formula, (n, v) => show(n, v), valuesOf(events)));
      item = undefined;
    } else if (item !== undefined) {
      itemDetails.push(e);
    }
    if (e.kind === 'total') {
      lines.push('', `总分 = ${formatDecimal(e.fullScore)} − ${formatDecimal(e.deductions)} = ${formatDecimal(e.total)}`);
    }
    if (e.kind === 'rank') {
      const where = e.scope === 'group' && e.group ? `${e.group} ` : '';
      lines.push(`排名：${where}第 ${e.rank} 名（共 ${e.of} 个参与排名的单位）`);
    }
  }
  // Text from the data may hold line breaks or control characters.
  return `${lines.map(oneLine).join('\n')}\n`;
}

function itemLines(
  item: RuleSet['items'][number],
  e: Extract<TraceEvent, { kind: 'item' }>,
  details: TraceEvent[],
  formula: (span: { offset: number; length: number }) => string,
  show: (name: string, value: Value) => string,
  values: Map<string, Value>,
): string[] {
  const lines = [`【${item.name}】${item.fullMarks ? `满分 ${item.fullMarks}` : '不计满分'}`];
  if (item.policyText) lines.push(`  原文：${item.policyText}`);
  if (item.note) lines.push(`  说明：${item.note}`);
  lines.push(`  公式：${formula(item.deduction.span)}`);
  const used = [...references(item.deduction)];
  if (used.length > 0) lines.push(`  用到：${used.map((n) => show(n, values.get(n) ?? null)).join('，')}`);
  const rate = stepQuantityIsRate(item.deduction);
  for (const d of details) {
    if (d.kind === 'steps') lines.push(...stepLines(d, rate));
    if (d.kind === 'population') lines.push(...populationLines(d, '  '));
  }
  const computed = formatDecimal(e.raw, 6);
  const rounded = formatDecimal(e.rounded, 6);
  if (computed !== rounded) lines.push(`  舍入：${computed} → ${rounded}`);
  if (item.fullMarks && e.rounded.compare(0) < 0) lines.push(`  公式所得 ${rounded} 为负，扣分按 0 计（得分不超过满分）`);
  if (e.cap) {
    lines.push(`  扣分上限 ${formatDecimal(e.cap)}${e.capped ? `：公式所得 ${rounded} 超过上限，按 ${formatDecimal(e.cap)} 扣（扣完为止）` : '，未达到'}`);
  }
  lines.push(`  扣分 ${formatDecimal(e.deduction)}${e.score ? `；得分 ${formatDecimal(e.score)}` : ''}`);
  if (e.reason) lines.push(`  原因：${e.reason}`);
  return lines;
}

function stepLines(d: Extract<TraceEvent, { kind: 'steps' }>, rate: boolean): string[] {
  const q = (v: Fraction) => (rate ? exactText(v, 'rate') : formatDecimal(v));
  const side = d.direction === 'below' ? `低于 ${q(d.threshold)}` : `超过 ${q(d.threshold)}`;
  if (d.excess.compare(0) <= 0) return [`  阶梯：${q(d.quantity)} 未${side}，不扣分`];
  return [
    `  阶梯：${q(d.quantity)} ${side} 的部分为 ${q(d.excess)}`,
    `        每 ${q(d.step)} 为一步 → ${exactText(d.steps, 'number')} 步，${partialWords[d.partial]} → ${exactText(d.counted, 'number')} 步`,
    `        每步扣 ${formatDecimal(d.amount)} → ${formatDecimal(d.deduction, 6)}`,
  ];
}

function populationLines(d: TraceEvent, indent: string): string[] {
  if (d.kind !== 'population') return [];
  const lines = [`${indent}${d.fn}：在 ${d.size} 个符合条件的参与排名单位中计算，结果为 ${exactText(d.result, 'number')}`];
  if (d.ahead && d.ahead.length > 0) {
    const ahead = d.ahead.map((v) => formatPercentOrNumber(v)).join('、');
    lines.push(`${indent}  排在前面的${d.fn === '密集排名' ? '不同值' : '值'}（${d.ahead.length} 个）：${ahead}`);
  }
  return lines;
}

function formatPercentOrNumber(v: Fraction): string {
  return v.compare(1) <= 0 && v.compare(0) >= 0 ? formatPercent(v, 2) : formatDecimal(v);
}

function kindsOf(rules: RuleSet): Map<string, ValueType> {
  return new Map<string, ValueType>([
    ...rules.inputs.map((i) => [i.name, i.type] as [string, ValueType]),
    ...rules.derived.map((d) => [d.name, d.formula.type] as [string, ValueType]),
  ]);
}

function valuesOf(events: readonly TraceEvent[]): Map<string, Value> {
  const values = new Map<string, Value>();
  for (const e of events) if (e.kind === 'value') values.set(e.name, e.value);
  return values;
}

/** Whether the item's 阶梯扣分 counts steps of a rate (shown as percentages). */
function stepQuantityIsRate(expr: Checked): boolean {
  if (expr.kind === 'call' && expr.fn.id === 'step-deduction') return expr.args.数量!.type === 'rate';
  return children(expr).some(stepQuantityIsRate);
}
