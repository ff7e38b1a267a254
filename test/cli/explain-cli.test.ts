import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

const rules = 'rules/2021-changsha-furong.yaml';
const data = 'examples/2021-07-furong.csv';
const appendix = 'examples/2021-07-furong-appendix.csv';

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(['--lang', 'zh', ...args], { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr, lines: stdout.split('\n') };
}

/** The lines of one item's section, from its 【name】 heading to the blank line after it. */
function section(lines: string[], heading: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(`【${heading}】`));
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
}

describe('rules-engine explain', () => {
  it('explains 马坡岭街道办事处 item by item (hand-computed)', async () => {
    const { code, lines } = await cli('explain', '--rules', rules, data, '--unit', '马坡岭');
    expect(code).toBe(0);
    // Which rules and data: title, then both files with their hashes.
    expect(lines[0]).toBe('芙蓉区12345政务热线成员单位工单办理主要考核指标综合得分（2021-07）');
    expect(lines[1]).toMatch(/^规则文件：rules\/2021-changsha-furong.yaml（sha256 [0-9a-f]{12}）　数据：examples\/2021-07-furong.csv（48 个单位，sha256 [0-9a-f]{12}）$/);
    expect(lines[3]).toBe('马坡岭街道办事处（街道）');
    // 108 of 110 closed on time: 54/55; 98 of 104 satisfied: 49/52.
    expect(lines).toContain('  按时办结率 = 54/55 ≈ 98.1818…%（显示为 98.18%）');
    expect(lines).toContain('  回访满意度 = 49/52 ≈ 94.2307…%（显示为 94.23%）');
    // 94.23% is the 12th distinct rate below 100% among ranked units of both groups.
    expect(lines).toContain('  满意度档次 = 12');
    expect(lines).toContain('    密集排名：在 14 个符合条件的参与排名单位中计算，结果为 12');
    expect(lines).toContain(
      '      排在前面的不同值（11 个）：99.73%、99.53%、99.44%、99.34%、99.30%、99.23%、98.97%、98.37%、97.14%、95.83%、95.61%',
    );
    expect(section(lines, '签收').slice(3)).toEqual([
      '  公式：(未按时签收数 + 未及时退回数) × 0.1',
      '  用到：未按时签收数 = 0，未及时退回数 = 1',
      '  扣分上限 10，未达到',
      '  扣分 0.1；得分 9.9',
    ]);
    // 1/55 short of 100% is 18.18… steps of 0.1%; a partial step counts whole: 19 × 0.2.
    expect(section(lines, '按时办结').slice(3)).toEqual([
      '  用到：按时办结率 = 54/55 ≈ 98.1818…%（显示为 98.18%）',
      '  阶梯：54/55 ≈ 98.1818…% 低于 100% 的部分为 1/55 ≈ 1.8181…%',
      '        每 0.1% 为一步 → 200/11 ≈ 18.1818… 步，不足一步按一步计 → 19 步',
      '        每步扣 0.2 → 3.8',
      '  扣分上限 10，未达到',
      '  扣分 3.8；得分 6.2',
    ]);
    expect(section(lines, '回访满意度').slice(-3)).toEqual([
      '  用到：满意度档次 = 12',
      '  扣分上限 20，未达到',
      '  扣分 2.4；得分 17.6',
    ]);
    expect(section(lines, '其他扣分').slice(-2)).toEqual([
      '  扣分 0.2',
      '  原因：由通报总分推算：比附件各列所得低 0.2 分，附件未列明原因',
    ]);
    // 0.1 + 3.8 + 2.4 + 0.2 = 6.5.
    expect(lines).toContain('总分 = 70 − 6.5 = 63.5');
    expect(lines).toContain('排名：街道 第 13 名（共 14 个参与排名的单位）');
  });

  it('explains 人力资源和社会保障局 item by item (hand-computed)', async () => {
    const { code, lines, stderr } = await cli('explain', '--rules', rules, data, '--unit', '人力资源');
    expect(code).toBe(0);
    // 412 of 424 on time = 103/106: 3/106 short is 28.30… steps, counted 29: 5.8.
    expect(section(lines, '按时办结').slice(4, 8)).toEqual([
      '  阶梯：103/106 ≈ 97.1698…% 低于 100% 的部分为 3/106 ≈ 2.8301…%',
      '        每 0.1% 为一步 → 1500/53 ≈ 28.3018… 步，不足一步按一步计 → 29 步',
      '        每步扣 0.2 → 5.8',
      '  扣分上限 10，未达到',
    ]);
    // 3% is under the 30% threshold; two rejected extensions cost 0.2 each.
    expect(section(lines, '延期办理').slice(-4)).toEqual([
      '  用到：延期办理率 = 3%，延期驳回数 = 2',
      '  阶梯：3% 未超过 30%，不扣分',
      '  扣分上限 10，未达到',
      '  扣分 0.4；得分 9.6',
    ]);
    expect(section(lines, '签收').at(-1)).toBe('  扣分 0.6；得分 9.4');
    // 420/422 = 99.526…% is second only to 99.73% (住房和城乡建设局): tier 2.
    expect(lines).toContain('  满意度档次 = 2');
    expect(lines).toContain('      排在前面的不同值（1 个）：99.73%');
    expect(section(lines, '回访满意度').at(-1)).toBe('  扣分 0.4；得分 19.6');
    // 0.6 + 5.8 + 0.4 + 0.4 + 0.2 = 7.4.
    expect(lines).toContain('总分 = 70 − 7.4 = 62.6');
    expect(lines).toContain('排名：区直部门 第 33 名（共 34 个参与排名的单位）');
    // Its own warning is kept: the bulletin prints 97.16% for 97.17%.
    expect(stderr).toContain('W421');
  });

  it('quotes formulas exactly from a rule file saved with a BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-engine-explain-'));
    const bom = join(dir, 'bom.yaml');
    writeFileSync(bom, `\uFEFF${readFileSync(rules, 'utf8')}`);
    const { lines } = await cli('explain', '--rules', bom, data, '--unit', '马坡岭');
    expect(lines).toContain('    公式：(办结数 - 未按时办结数) / 办结数');
  });

  it('gives the same facts as JSON events', async () => {
    const { code, stdout } = await cli('explain', '--rules', rules, data, '--unit', '马坡岭', '--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { unit: string; events: Record<string, unknown>[] };
    expect(doc.unit).toBe('马坡岭街道办事处');
    const steps = doc.events.find((e) => e.kind === 'steps');
    expect(steps).toEqual({
      kind: 'steps',
      quantity: '54/55',
      threshold: '1',
      direction: 'below',
      excess: '1/55',
      step: '0.001',
      steps: '200/11',
      counted: '19',
      partial: 'whole',
      amount: '0.2',
      deduction: '3.8',
    });
    expect(doc.events.at(-1)).toEqual({ kind: 'rank', rank: 13, of: 14, group: '街道', scope: 'group' });
  });

  it('asks for more of a name that several units share, and suggests a near one', async () => {
    const many = await cli('explain', '--rules', rules, data, '--unit', '街道');
    expect(many.code).toBe(3);
    expect(many.stderr).toContain('U714');
    const partial = await cli('explain', '--rules', rules, data, '--unit', '马坡岭街道办事');
    expect(partial.code).toBe(0);
    const wrong = await cli('explain', '--rules', rules, data, '--unit', '马波岭街道办事处');
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toContain('是否应为“马坡岭街道办事处”？');
  });
});

describe('rules-engine evaluate --check-against', () => {
  it('lists exactly the seven units of DOMAIN.md without the other deductions, exit 4', async () => {
    const { code, stdout } = await cli('evaluate', '--rules', rules, appendix, '--check-against', '总分');
    expect(code).toBe(4);
    const report = stdout.slice(stdout.indexOf('核对“总分”'));
    const units = report.split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0]);
    expect(units).toEqual([
      '火星街道办事处',
      '韭菜园街道办事处',
      '马坡岭街道办事处',
      '城市管理局',
      '园林绿化维护中心',
      '行政执法局',
      '人力资源和社会保障局',
    ]);
    expect(report).toContain('马坡岭街道办事处      63.7  63.5  -0.2  延期驳回数 +1（“延期办理”扣分 0 → 0.2）');
  });

  it('agrees everywhere with them, exit 0; an unknown column is a usage error', async () => {
    const agree = await cli('evaluate', '--rules', rules, data, '--check-against', '总分');
    expect(agree.code).toBe(0);
    expect(agree.stdout).toContain('核对“总分”：全部一致');
    expect((await cli('evaluate', '--rules', rules, data, '--check-against', '得分')).code).toBe(3);
  });
});
