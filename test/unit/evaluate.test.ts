import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../src/engine/exact.js';
import { deductionsOf, failure, run, ruleYaml, scores, totalOf, unitOf, valueOf } from './helpers.js';

/* Item deductions: steps and their boundaries, partial steps, caps, rounding, missing values. */

const onTimeRules = ruleYaml({
  inputs: { 办结数: '计数', 未按时办结数: '计数' },
  derived: { 按时办结率: '(办结数 - 未按时办结数) / 办结数' },
  rounding: { digits: 1, mode: '四舍五入' },
  items: [
    {
      name: '按时办结',
      full: '10',
      deduction: '阶梯扣分(若缺失(按时办结率, 100%), 低于=100%, 每=0.1%, 扣=0.2, 不足一步=按一步)',
    },
  ],
});

describe('阶梯扣分 below a threshold (the Furong 按时办结 rule)', () => {
  const units = scores(onTimeRules, ['单位,办结数,未按时办结数', '甲,1000,3', '乙,1000,7', '丙,1000,0', '丁,1000,1', '戊,0,0', '己,1000,51', '庚,3,1'].join('\n'));

  it('997 of 1000 on time is three steps, 0.6', () => {
    expect(deductionsOf(units, '甲')).toEqual({ 按时办结: '0.6' });
    expect(totalOf(units, '甲')).toBe('9.4');
  });

  it('993 of 1000 is seven steps, 1.4', () => {
    expect(deductionsOf(units, '乙')).toEqual({ 按时办结: '1.4' });
  });

  it('all on time, one late, and nothing closed (若缺失 → 100%)', () => {
    expect(deductionsOf(units, '丙')).toEqual({ 按时办结: '0' });
    expect(deductionsOf(units, '丁')).toEqual({ 按时办结: '0.2' });
    expect(valueOf(units, '戊', '按时办结率')).toBeNull();
    expect(deductionsOf(units, '戊')).toEqual({ 按时办结: '0' });
  });

  it('caps at full marks (扣完为止): 51 steps would be 10.2', () => {
    const item = unitOf(units, '己').items[0]!;
    expect([formatDecimal(item.raw), formatDecimal(item.deduction), item.capped]).toEqual(['10.2', '10', true]);
    expect(formatDecimal(item.score!)).toBe('0');
    expect(totalOf(units, '己')).toBe('0');
  });

  it('2 of 3 on time is 33.33… points short: 334 steps, capped at 10', () => {
    expect(formatDecimal(unitOf(units, '庚').items[0]!.raw)).toBe('66.8');
  });
});

describe('阶梯扣分 above a threshold (the Furong 延期办理 rule)', () => {
  const rules = ruleYaml({
    inputs: { 延期办理率: '比率' },
    items: [
      { name: '按一步', full: '10', deduction: '阶梯扣分(延期办理率, 超过=30%, 每=1%, 扣=0.2, 不足一步=按一步)' },
      { name: '舍去', full: '10', deduction: '阶梯扣分(延期办理率, 超过=30%, 每=1%, 扣=0.2, 不足一步=舍去)' },
      { name: '按比例', full: '10', deduction: '阶梯扣分(延期办理率, 超过=30%, 每=1%, 扣=0.2, 不足一步=按比例)' },
    ],
  });
  const units = scores(rules, ['单位,延期办理率', '甲,31.00%', '乙,30.00%', '丙,30.01%', '丁,29.99%', '戊,32.50%', '己,0.00%'].join('\n'));

  it('31.00% is one step, 30.00% none, 30.01% one (a partial step counts whole)', () => {
    expect(deductionsOf(units, '甲').按一步).toBe('0.2');
    expect(deductionsOf(units, '乙').按一步).toBe('0');
    expect(deductionsOf(units, '丙').按一步).toBe('0.2');
    expect(deductionsOf(units, '丁').按一步).toBe('0');
  });

  it('2.5 steps: 按一步 3, 舍去 2, 按比例 2.5', () => {
    expect(deductionsOf(units, '戊')).toEqual({ 按一步: '0.6', 舍去: '0.4', 按比例: '0.5' });
    expect(totalOf(units, '戊')).toBe('28.5');
  });

  it('0.01 of a step: 按一步 one step, 舍去 nothing, 按比例 a fiftieth of 0.2', () => {
    expect(deductionsOf(units, '丙')).toEqual({ 按一步: '0.2', 舍去: '0', 按比例: '0.002' });
    expect(deductionsOf(units, '己')).toEqual({ 按一步: '0', 舍去: '0', 按比例: '0' });
  });
});

describe('rounding of item deductions', () => {
  const rulesWith = (mode: string) =>
    ruleYaml({
      inputs: { 延期办理率: '比率' },
      rounding: { digits: 1, mode },
      items: [{ name: '延期', full: '10', deduction: '阶梯扣分(延期办理率, 超过=30%, 每=1%, 扣=0.2, 不足一步=按比例)' }],
    });
  // 30.25% → 0.25 of a step → 0.05; 30.75% → 0.15; 31.25% → 0.25
  const csv = ['单位,延期办理率', '甲,30.25%', '乙,30.75%', '丙,31.25%'].join('\n');

  it.each([
    ['四舍五入', '0.1', '0.2', '0.3'],
    ['四舍六入五成双', '0', '0.2', '0.2'],
    ['进一法', '0.1', '0.2', '0.3'],
    ['去尾', '0', '0.1', '0.2'],
  ])('%s gives %s, %s, %s', (mode, a, b, c) => {
    const units = scores(rulesWith(mode), csv);
    expect(['甲', '乙', '丙'].map((u) => deductionsOf(units, u).延期)).toEqual([a, b, c]);
    expect(formatDecimal(unitOf(units, '甲').items[0]!.raw)).toBe('0.05');
  });
});

describe('caps', () => {
  const rules = ruleYaml({
    inputs: { 次数: '计数', 上限数: '计数' },
    items: [
      { name: '扣完为止', full: '10', deduction: '次数 × 0.5' },
      { name: '上限', full: '10', deduction: '次数 × 0.5', cap: '3' },
      { name: '按列上限', full: '10', deduction: '次数 × 0.5', cap: '上限数 × 1' },
      { name: '至多', full: '5', deduction: '至多(次数 × 0.5, 2)' },
      { name: '至少', full: '5', deduction: '至少(次数 × 0.5, 1)' },
      { name: '无满分', deduction: '次数 × 0.5' },
    ],
  });
  const units = scores(rules, ['单位,次数,上限数', '甲,25,4', '乙,1,4', '丙,0,0'].join('\n'));

  it('caps each item as its rule says', () => {
    expect(deductionsOf(units, '甲')).toEqual({ 扣完为止: '10', 上限: '3', 按列上限: '4', 至多: '2', 至少: '5', 无满分: '12.5' });
    expect(deductionsOf(units, '乙')).toEqual({ 扣完为止: '0.5', 上限: '0.5', 按列上限: '0.5', 至多: '0.5', 至少: '1', 无满分: '0.5' });
    expect(totalOf(units, '甲')).toBe('3.5');
    expect(totalOf(units, '丙')).toBe('39');
  });

  it('marks capped items and keeps the raw deduction', () => {
    const items = unitOf(units, '甲').items;
    expect(items.map((i) => i.capped)).toEqual([true, true, true, false, true, false]);
    expect(items.map((i) => formatDecimal(i.raw))).toEqual(['12.5', '12.5', '12.5', '2', '12.5', '12.5']);
    expect(items.map((i) => (i.score ? formatDecimal(i.score) : '-'))).toEqual(['0', '7', '6', '3', '0', '-']);
  });

  it('never deducts more than full marks, even under a larger 扣分上限', () => {
    const units = scores(
      ruleYaml({ inputs: { 次数: '计数' }, items: [{ name: '甲项', full: '5', deduction: '次数 × 1', cap: '8' }] }),
      '单位,次数\n甲,7\n',
    );
    const item = unitOf(units, '甲').items[0]!;
    expect([formatDecimal(item.deduction), formatDecimal(item.score!)]).toEqual(['5', '0']);
  });

  it('keeps the full-marks cap when 扣分上限 is missing for a unit', () => {
    const units = scores(
      ruleYaml({
        inputs: { 次数: '计数', 上限数: '{类型: 计数, 可缺失: 是}' },
        items: [{ name: '甲项', full: '10', deduction: '次数 × 1', cap: '上限数' }],
      }),
      '单位,次数,上限数\n甲,12,\n',
    );
    expect(deductionsOf(units, '甲')).toEqual({ 甲项: '10' });
    expect(totalOf(units, '甲')).toBe('0');
  });
});

describe('missing values', () => {
  const rules = ruleYaml({
    inputs: { 满意数: '计数', 回访数: '计数' },
    derived: { 满意度: '满意数 / 回访数' },
    eligibility: { condition: '回访数 > 0 或 满意数 > 0', reason: '无回访' },
    items: [
      { name: '满意度', full: '10', deduction: '阶梯扣分(若缺失(满意度, 100%), 低于=100%, 每=10%, 扣=1)' },
      { name: '比值', full: '10', deduction: '满意数 / 回访数' },
    ],
  });

  it('a division by zero is missing, and 若缺失 supplies the default', () => {
    const units = scores(rules, '单位,满意数,回访数\n甲,0,0\n乙,3,4\n');
    expect(valueOf(units, '甲', '满意度')).toBeNull();
    expect(valueOf(units, '乙', '满意度')).toBe('0.75');
    expect(deductionsOf(units, '乙')).toEqual({ 满意度: '3', 比值: '0.75' });
    expect(unitOf(units, '甲')).toMatchObject({ ranked: false, exclusion: '无回访', items: [] });
  });

  it('an item that is missing for a ranked unit is an error (E501) naming the unit and row', () => {
    const ds = failure(run(rules, '单位,满意数,回访数\n甲,1,4\n乙,2,0\n'));
    expect(ds).toEqual([expect.objectContaining({ code: 'E501', args: { item: '比值', units: ['乙'], count: 1 }, cell: { file: 'data.csv', row: 3 } })]);
  });

  it('a ranking basis that is missing for a ranked unit is an error (E501)', () => {
    const byRatio = ruleYaml({
      inputs: { 满意数: '计数', 回访数: '计数' },
      items: [{ name: '项', full: '1', deduction: '0' }],
      ranking: { 依据: '满意数 / 回访数' },
    });
    expect(failure(run(byRatio, '单位,满意数,回访数\n甲,1,4\n乙,2,0\n'))).toMatchObject([
      { code: 'E501', args: { item: '排名依据', units: ['乙'], count: 1 }, cell: { row: 3 } },
    ]);
  });
});
