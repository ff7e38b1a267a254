import { describe, expect, it } from 'vitest';
import { FURONG_RULES, ruleYaml, scores, totalOf, unitOf, valueOf, type RuleSpec } from './helpers.js';

/* The final ranking (排名 section) and who takes part in it (参与排名). */

function ranking(ranking: RuleSpec['ranking'], groups?: string[]): string {
  return ruleYaml({
    inputs: { 扣: '数值' },
    items: [{ name: '总', full: '70', deduction: '扣' }],
    ranking,
    ...(groups ? { groups } : {}),
  });
}

function ranks(units: ReturnType<typeof scores>, names: string[]): (number | undefined)[] {
  return names.map((n) => unitOf(units, n).rank);
}

const five = ['单位,扣', '甲,0', '乙,0', '丙,0', '丁,0', '戊,0.2'].join('\n');

describe('ties', () => {
  it('tied units share a rank and the next skips (70,70,70,70,69.8 → 1,1,1,1,5)', () => {
    const units = scores(ranking({ 并列: '跳号' }), five);
    expect(ranks(units, ['甲', '乙', '丙', '丁', '戊'])).toEqual([1, 1, 1, 1, 5]);
    expect(totalOf(units, '戊')).toBe('69.8');
  });

  it('跳号 is the default', () => {
    expect(ranks(scores(ranking({}), five), ['丁', '戊'])).toEqual([1, 5]);
  });

  it('不跳号 gives 1,1,1,1,2', () => {
    const units = scores(ranking({ 并列: '不跳号' }), five);
    expect(ranks(units, ['甲', '乙', '丙', '丁', '戊'])).toEqual([1, 1, 1, 1, 2]);
  });

  it('ties after the first place too: 70, 69.8, 69.8, 69.5 → 1, 2, 2, 4', () => {
    const units = scores(ranking({}), ['单位,扣', '甲,0', '乙,0.2', '丙,0.2', '丁,0.5'].join('\n'));
    expect(ranks(units, ['甲', '乙', '丙', '丁'])).toEqual([1, 2, 2, 4]);
  });
});

describe('order, basis and scope', () => {
  const csv = ['类别,单位,扣', 'A,甲,1', 'A,乙,0', 'B,丙,0.5', 'B,丁,2', 'A,戊,0.5'].join('\n');

  it('本组 ranks within each group', () => {
    const units = scores(ranking({ 范围: '本组' }, ['A', 'B']), csv);
    expect(ranks(units, ['乙', '戊', '甲', '丙', '丁'])).toEqual([1, 2, 3, 1, 2]);
  });

  it('全部 ranks all groups together', () => {
    const units = scores(ranking({ 范围: '全部' }, ['A', 'B']), csv);
    expect(ranks(units, ['乙', '戊', '丙', '甲', '丁'])).toEqual([1, 2, 2, 4, 5]);
  });

  it('从低到高 ranks the lowest first', () => {
    const units = scores(ranking({ 顺序: '从低到高', 范围: '全部' }, ['A', 'B']), csv);
    expect(ranks(units, ['丁', '甲', '戊', '丙', '乙'])).toEqual([1, 2, 3, 3, 5]);
  });

  it('依据 ranks by another expression than the total', () => {
    const units = scores(ranking({ 依据: '扣', 范围: '全部' }, ['A', 'B']), csv);
    expect(ranks(units, ['丁', '甲', '戊', '丙', '乙'])).toEqual([1, 2, 3, 3, 5]);
  });
});

/** A Furong row; counts not given are 0, rates 0.00%. */
function furongRow(group: string, unit: string, v: Partial<Record<'签收' | '办结' | '回访' | '满意' | '迟签', number>>): string {
  return [group, unit, v.签收 ?? 0, v.迟签 ?? 0, 0, 0, v.办结 ?? 0, 0, 0, 0, v.回访 ?? 0, v.满意 ?? 0, '0.00%', '0.00%'].join(',');
}
const furongHeader =
  '类别,部门名称,签收总数,未按时签收数,未及时退回数,退单驳回数,办结工单（含上月流转工单）,未按时办结数,延期驳回数,发回重办数,回访工单总数,回访满意数,延期办理率,重复交办率';

describe('参与排名 (with the Furong rules)', () => {
  const units = scores(
    FURONG_RULES,
    [
      furongHeader,
      furongRow('街道', '甲街道', { 签收: 10, 办结: 10, 回访: 10, 满意: 10 }),
      furongRow('街道', '乙街道', { 签收: 3, 迟签: 1 }),
      furongRow('街道', '丙街道', { 签收: 5, 办结: 5 }),
      furongRow('街道', '丁街道', { 签收: 4, 办结: 4, 回访: 4, 满意: 3 }),
      furongRow('区直部门', '戊局', { 回访: 2, 满意: 1 }),
    ].join('\n'),
  );

  it('leaves a unit with nothing closed and nothing visited unranked, with the rule file’s reason', () => {
    expect(unitOf(units, '乙街道')).toMatchObject({ ranked: false, exclusion: '当月无办结、无回访的不纳入考核排名', items: [] });
    expect(unitOf(units, '乙街道').rank).toBeUndefined();
    expect(unitOf(units, '乙街道').total).toBeUndefined();
  });

  it('a unit with nothing visited (“/”) loses nothing for satisfaction', () => {
    expect(valueOf(units, '丙街道', '回访满意度')).toBeNull();
    expect(valueOf(units, '丙街道', '满意度档次')).toBeNull();
    expect(totalOf(units, '丙街道')).toBe('70');
  });

  it('ranks the rest per group; visited without closing still counts', () => {
    expect(ranks(units, ['甲街道', '丙街道', '丁街道', '戊局'])).toEqual([1, 1, 3, 1]);
    // tiers over both groups: 75% is tier 1, 50% tier 2
    expect(totalOf(units, '丁街道')).toBe('69.8');
    expect(totalOf(units, '戊局')).toBe('69.6');
  });
});

describe('参与排名 as a name', () => {
  it('a derived value can read whether the unit is ranked', () => {
    const rules = ruleYaml({
      inputs: { 数: '数值' },
      derived: { 计入: '如果 参与排名 则 1 否则 0' },
      eligibility: { condition: '数 > 0' },
      items: [{ name: '项', full: '10', deduction: '数' }],
    });
    const units = scores(rules, '单位,数\n甲,1\n乙,0\n');
    expect([valueOf(units, '甲', '计入'), valueOf(units, '乙', '计入')]).toEqual(['1', '0']);
  });
});
