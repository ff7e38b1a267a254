import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../src/engine/exact.js';
import { deductionsOf, FURONG_DATA, FURONG_RULES, scores, totalOf, unitOf } from './helpers.js';

/*
 * Policy changes made in a copy of the Furong rule file text, evaluated on
 * examples/2021-07-furong.csv. Each moves named units by a hand-computed amount.
 */

function edited(from: string, to: string): string {
  const parts = FURONG_RULES.split(from);
  if (parts.length !== 2) throw new Error(`“${from}” occurs ${parts.length - 1} times in the rule file`);
  return parts.join(to);
}

const baseline = scores(FURONG_RULES, FURONG_DATA);

describe('the rule file as published', () => {
  it('gives the bulletin’s totals and ranks for the units below', () => {
    const rows: [string, string, number][] = [
      ['交通运输局', '67.2', 32],
      ['住房和城乡建设局', '69.8', 26],
      ['市场监督管理局', '68.4', 29],
      ['东岸街道办事处', '68.2', 10],
      ['人力资源和社会保障局', '62.6', 33],
      ['马坡岭街道办事处', '63.5', 13],
      ['东屯渡街道办事处', '70', 1],
      ['隆平高科技园管理委员会', '60', 14],
      ['文艺路街道办事处', '69.2', 6],
    ];
    expect(rows.map(([u]) => [u, totalOf(baseline, u), unitOf(baseline, u).rank])).toEqual(rows);
  });

  it('caps 按时办结 at its full marks for 80.00% on time (200 steps would be 40)', () => {
    const item = unitOf(baseline, '隆平高科技园管理委员会').items.find((i) => i.name === '按时办结')!;
    expect([formatDecimal(item.raw), formatDecimal(item.deduction), item.capped]).toEqual(['40', '10', true]);
  });

  it('carries the 其他扣分 column and its reason', () => {
    const other = (u: string) => unitOf(baseline, u).items.find((i) => i.name === '其他扣分')!;
    expect(formatDecimal(other('火星街道办事处').deduction)).toBe('0.2');
    expect(other('火星街道办事处').reason).toBe('由通报总分推算：比附件各列所得低 0.2 分，附件未列明原因');
    expect([formatDecimal(other('湘湖管理局').deduction), other('湘湖管理局').reason]).toEqual(['0', undefined]);
  });
});

describe('回访满意度: 扣 0.2 → 0.3 per tier', () => {
  const units = scores(edited('若缺失(满意度档次, 0) × 0.2', '若缺失(满意度档次, 0) × 0.3'), FURONG_DATA);

  it('交通运输局, tier 14, loses 4.2 instead of 2.8', () => {
    expect(deductionsOf(units, '交通运输局').回访满意度).toBe('4.2');
    expect(totalOf(units, '交通运输局')).toBe('65.8');
  });

  it('住房和城乡建设局 (tier 1), 人力资源和社会保障局 (tier 2), 文艺路 (tier 4)', () => {
    expect(totalOf(units, '住房和城乡建设局')).toBe('69.7');
    expect(totalOf(units, '人力资源和社会保障局')).toBe('62.4');
    expect(totalOf(units, '文艺路街道办事处')).toBe('68.8');
  });

  it('leaves units at 100% where they were', () => {
    expect(totalOf(units, '东屯渡街道办事处')).toBe('70');
  });
});

describe('延期办理: 超过=30% → 超过=2%', () => {
  const units = scores(edited('超过=30%', '超过=2%'), FURONG_DATA);

  it('市场监督管理局 at 22.00% loses 20 steps, 4.0', () => {
    expect(deductionsOf(units, '市场监督管理局').延期办理).toBe('4');
    expect(totalOf(units, '市场监督管理局')).toBe('64.4');
  });

  it('住房和城乡建设局 at exactly 2.00% loses nothing more', () => {
    expect(deductionsOf(units, '住房和城乡建设局').延期办理).toBe('0');
    expect(totalOf(units, '住房和城乡建设局')).toBe('69.8');
  });

  it('东岸 at 5.00% loses 0.6; 人力资源和社会保障局 at 3.00% adds 0.2 to its rejected extensions', () => {
    expect(totalOf(units, '东岸街道办事处')).toBe('67.6');
    expect(deductionsOf(units, '人力资源和社会保障局').延期办理).toBe('0.6');
    expect(totalOf(units, '人力资源和社会保障局')).toBe('62.4');
  });

  it('东屯渡 at 3.00% drops to 69.8 and ties 火星 for 4th in 街道', () => {
    expect(totalOf(units, '东屯渡街道办事处')).toBe('69.8');
    expect([unitOf(units, '东屯渡街道办事处').rank, unitOf(units, '火星街道办事处').rank]).toEqual([4, 4]);
    expect(unitOf(units, '文艺路街道办事处').rank).toBe(6);
  });
});

describe('按时办结: 每=0.1% → 每=1%', () => {
  const units = scores(edited('每=0.1%', '每=1%'), FURONG_DATA);

  it('马坡岭 at 98.18% loses 2 steps (0.4) instead of 19 (3.8)', () => {
    expect(deductionsOf(units, '马坡岭街道办事处').按时办结).toBe('0.4');
    expect(totalOf(units, '马坡岭街道办事处')).toBe('66.9');
  });

  it('人力资源和社会保障局 at 97.17% loses 3 steps; 隆平高科 at 80.00% 20 steps, no longer capped', () => {
    expect(totalOf(units, '人力资源和社会保障局')).toBe('67.8');
    expect(totalOf(units, '隆平高科技园管理委员会')).toBe('66');
    expect(totalOf(units, '征地事务中心')).toBe('60');
  });
});

describe('按时办结 prorated, then rounded by the file’s 舍入', () => {
  const prorated = edited('不足一步=按一步)\n    原文: 按时办结率', '不足一步=按比例)\n    原文: 按时办结率');

  it('四舍五入: 马坡岭 18.18… steps → 3.636… → 3.6; 人社 28.30… steps → 5.660… → 5.7', () => {
    const units = scores(prorated, FURONG_DATA);
    expect(formatDecimal(unitOf(units, '马坡岭街道办事处').items[1]!.raw, 6)).toBe('3.636364');
    expect(deductionsOf(units, '马坡岭街道办事处').按时办结).toBe('3.6');
    expect(totalOf(units, '马坡岭街道办事处')).toBe('63.7');
    expect(totalOf(units, '人力资源和社会保障局')).toBe('62.7');
  });

  it('进一法: 3.7 and 5.7', () => {
    const units = scores(prorated.replace('方式: 四舍五入', '方式: 进一法'), FURONG_DATA);
    expect(totalOf(units, '马坡岭街道办事处')).toBe('63.6');
    expect(totalOf(units, '人力资源和社会保障局')).toBe('62.7');
  });

  it('去尾: 3.6 and 5.6', () => {
    const units = scores(prorated.replace('方式: 四舍五入', '方式: 去尾'), FURONG_DATA);
    expect(totalOf(units, '马坡岭街道办事处')).toBe('63.7');
    expect(totalOf(units, '人力资源和社会保障局')).toBe('62.8');
  });
});
