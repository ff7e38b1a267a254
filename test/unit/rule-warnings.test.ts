import { describe, expect, it } from 'vitest';
import { buildRuleSet } from '../../src/rules/build-rule-set.js';
import { FURONG_RULES, ruleYaml, type ItemSpec } from './helpers.js';

function warnings(items: ItemSpec[], inputs: Record<string, string> = { 甲数: '计数', 乙率: '比率' }) {
  const result = buildRuleSet('r.yaml', ruleYaml({ inputs, items }));
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.warnings.map((w) => [w.code, w.severity, w.args]);
}

describe('rule warnings', () => {
  it('names an input that no formula uses', () => {
    expect(warnings([{ name: '项', full: '5', deduction: '甲数 × 0.2' }])).toEqual([
      ['E313', 'warning', { name: '乙率' }],
    ]);
  });

  it('says when a deduction can never reach its cap', () => {
    // 乙率 ≤ 100%: at most 70 steps of 1% past 30%, 0.1 each, so 7 of 10.
    const deduction = '阶梯扣分(乙率, 超过=30%, 每=1%, 扣=0.1, 不足一步=按一步) + 甲数 × 0';
    expect(warnings([{ name: '项', full: '10', deduction }])).toEqual([
      ['E314', 'warning', { item: '项', most: '7', cap: '10' }],
    ]);
    expect(warnings([{ name: '项', full: '10', deduction: '至多(甲数 × 0.2, 3)' }], { 甲数: '计数' })).toEqual([
      ['E314', 'warning', { item: '项', most: '3', cap: '10' }],
    ]);
  });

  it('is silent when the cap can be reached', () => {
    const deduction = '阶梯扣分(乙率, 超过=30%, 每=1%, 扣=0.2, 不足一步=按一步) + 甲数 × 0.2';
    expect(warnings([{ name: '项', full: '10', deduction }])).toEqual([]);
  });

  it('says when an explicit cap exceeds full marks', () => {
    expect(warnings([{ name: '项', full: '5', deduction: '甲数 × 0.2', cap: '8' }], { 甲数: '计数' })).toEqual([
      ['E315', 'warning', { item: '项', cap: '8', fullMarks: '5' }],
    ]);
  });

  it('says when a deduction can be negative on an item with full marks', () => {
    expect(warnings([{ name: '项', full: '5', deduction: '甲数 × 0.2 - 甲数 × 乙率' }])).toEqual([
      ['E316', 'warning', { item: '项', least: '-∞' }],
    ]);
  });

  it('finds nothing to warn about in the Furong rule file', () => {
    const result = buildRuleSet('furong.yaml', FURONG_RULES);
    expect(result.ok && result.warnings).toEqual([]);
  });
});

describe('population scope without groups', () => {
  it('warns that 范围=本组 means all units when no 分组 is declared', () => {
    const result = buildRuleSet(
      'r.yaml',
      ruleYaml({ inputs: { 甲数: '计数' }, items: [{ name: '项', full: '5', deduction: '至多(排名(甲数, 范围=本组), 5)' }] }),
    );
    expect(result.ok && result.warnings.map((w) => [w.code, w.args])).toEqual([['E323', { fn: '排名' }]]);
  });
});

describe('a negative cap', () => {
  it('is an error (E317): a cap below zero would turn a deduction into a bonus', () => {
    const result = buildRuleSet('r.yaml', ruleYaml({ inputs: { 甲数: '计数' }, items: [{ name: '项', full: '5', deduction: '甲数 × 0.2', cap: '-1' }] }));
    expect(result.ok ? [] : result.diagnostics.map((d) => [d.code, d.args])).toEqual([['E317', { item: '项', cap: '-1' }]]);
  });
});
