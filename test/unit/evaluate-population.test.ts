import { describe, expect, it } from 'vitest';
import { ruleYaml, scores, totalOf, valueOf } from './helpers.js';

/*
 * Population functions over the ranked units. Group A holds 甲 5, 乙 3,
 * 丙 5, 丁 1 and 庚 0 (庚 is not ranked: 参与排名 needs 数 > 0); group B holds
 * 戊 2 and 己 4.
 */

const derived: Record<string, string> = {
  名次: '排名(数)',
  组内名次: '排名(数, 范围=本组)',
  升序名次: '排名(数, 从低到高)',
  条件名次: '排名(数, 条件=数 < 5)',
  密集: '密集排名(数)',
  组内密集: '密集排名(数, 从低到高, 条件=数 > 1, 范围=本组)',
  合计值: '合计(数)',
  组合计: '合计(数, 范围=本组)',
  条件合计: '合计(数, 条件=数 > 2)',
  个数: '单位数()',
  组个数: '单位数(范围=本组)',
  大者个数: '单位数(条件=数 > 4, 范围=本组)',
  大者合计: '合计(数, 条件=数 > 4, 范围=本组)',
  大者最大: '最大值(数, 条件=数 > 4, 范围=本组)',
  最小: '最小值(数)',
  组最大: '最大值(数, 范围=本组)',
  平均: '平均值(数)',
  组平均: '平均值(数, 范围=本组)',
  高于平均: '数 > 平均值(数)',
};

const rules = ruleYaml({
  inputs: { 数: '数值' },
  groups: ['A', 'B'],
  derived,
  eligibility: { condition: '数 > 0', reason: '无数据' },
  items: [{ name: '名次扣分', full: '10', deduction: '组内名次 × 0.1' }],
});

const units = scores(rules, ['类别,单位,数', 'A,甲,5', 'A,乙,3', 'A,丙,5', 'A,丁,1', 'B,戊,2', 'B,己,4', 'A,庚,0'].join('\n'));
const all = ['甲', '乙', '丙', '丁', '戊', '己', '庚'];
const column = (name: string) => all.map((u) => valueOf(units, u, name));

describe('排名 and 密集排名', () => {
  it('排名 over all ranked units, ties sharing, the next skipping', () => {
    expect(column('名次')).toEqual(['1', '4', '1', '6', '5', '3', null]);
  });

  it('范围=本组 ranks within the unit’s group', () => {
    expect(column('组内名次')).toEqual(['1', '3', '1', '4', '2', '1', null]);
  });

  it('从低到高 ranks the smallest first', () => {
    expect(column('升序名次')).toEqual(['5', '3', '5', '1', '2', '4', null]);
  });

  it('条件= leaves units outside the condition unranked (missing)', () => {
    expect(column('条件名次')).toEqual([null, '2', null, '4', '3', '1', null]);
  });

  it('密集排名 counts distinct values before', () => {
    expect(column('密集')).toEqual(['1', '3', '1', '5', '4', '2', null]);
    expect(column('组内密集')).toEqual(['2', '1', '2', null, '1', '2', null]);
  });
});

describe('aggregates', () => {
  it('合计 over all, per group, and under a condition', () => {
    expect(column('合计值')).toEqual(Array(7).fill('20'));
    expect(column('组合计')).toEqual(['14', '14', '14', '14', '6', '6', '14']);
    expect(column('条件合计')).toEqual(Array(7).fill('17'));
  });

  it('单位数 counts ranked units only', () => {
    expect(column('个数')).toEqual(Array(7).fill('6'));
    expect(column('组个数')).toEqual(['4', '4', '4', '4', '2', '2', '4']);
  });

  it('a group with no unit meeting the condition: count and sum 0, extremes missing', () => {
    expect(column('大者个数')).toEqual(['2', '2', '2', '2', '0', '0', '2']);
    expect(column('大者合计')).toEqual(['10', '10', '10', '10', '0', '0', '10']);
    expect(column('大者最大')).toEqual(['5', '5', '5', '5', null, null, '5']);
  });

  it('最小值, 最大值 and 平均值, exactly', () => {
    expect(column('最小')).toEqual(Array(7).fill('1'));
    expect(column('组最大')).toEqual(['5', '5', '5', '5', '4', '4', '5']);
    expect(column('平均')).toEqual(Array(7).fill('3.333333'));
    expect(column('组平均')).toEqual(['3.5', '3.5', '3.5', '3.5', '3', '3', '3.5']);
    expect(column('高于平均')).toEqual([true, false, true, false, false, true, false]);
  });
});

describe('population values in items', () => {
  it('an item deduction can use a population-dependent derived value', () => {
    expect(all.map((u) => totalOf(units, u))).toEqual(['9.9', '9.7', '9.9', '9.6', '9.8', '9.9', undefined]);
  });

  it('an item can call a population function directly', () => {
    const direct = ruleYaml({
      inputs: { 数: '数值' },
      items: [{ name: '低于平均', full: '10', deduction: '如果 数 < 平均值(数) 则 1 否则 0' }],
    });
    const u = scores(direct, '单位,数\n甲,1\n乙,2\n丙,6\n');
    expect(['甲', '乙', '丙'].map((n) => totalOf(u, n))).toEqual(['9', '9', '10']);
  });
});
