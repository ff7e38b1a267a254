import { describe, expect, it } from 'vitest';
import { buildRuleSet } from '../../src/rules/build-rule-set.js';
import { codes, failure, FURONG_RULES, loadRules, ruleYaml, unwrap } from './helpers.js';

const head = ['名称: 测试', '满分: 10', '单位列: 单位', '输入:', '  甲数: 计数'];

/** A rule file from lines, so tests can say on which line something sits. */
function file(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

function diagnosticsOf(text: string) {
  return failure(buildRuleSet('r.yaml', text));
}

describe('the Furong rule file', () => {
  const rules = unwrap(buildRuleSet('rules/2021-changsha-furong.yaml', FURONG_RULES));

  it('loads with its header, groups and rounding', () => {
    expect(rules.fullScore).toBe('70');
    expect(rules.unitColumn).toBe('部门名称');
    expect(rules.groups).toEqual({ column: '类别', values: ['街道', '区直部门'] });
    expect(rules.missingMarks).toEqual(['/', '']);
    expect(rules.rounding).toEqual({ digits: 1, mode: 'half-up' });
  });

  it('declares its inputs with columns and missing-value policies', () => {
    expect(rules.inputs).toHaveLength(14);
    const closed = rules.inputs.find((i) => i.name === '办结数')!;
    expect(closed).toMatchObject({ column: '办结工单（含上月流转工单）', type: 'count', optional: false });
    const other = rules.inputs.find((i) => i.name === '其他扣分')!;
    expect(other).toMatchObject({ type: 'number', optional: true, missingAllowed: true, whenMissing: '0' });
  });

  it('orders derived values so that each follows what it uses', () => {
    expect(rules.derived.map((d) => [d.name, d.formula.type])).toEqual([
      ['按时办结率', 'rate'],
      ['回访满意度', 'rate'],
      ['满意度档次', 'count'],
    ]);
  });

  it('has eight items whose full marks add up to 70, and ranks by group', () => {
    expect(rules.items.map((i) => i.name)).toEqual([
      '签收', '按时办结', '延期办理', '重复交办', '退单驳回', '发回重办', '回访满意度', '其他扣分',
    ]);
    expect(rules.items.map((i) => i.fullMarks ?? '-').join(' ')).toBe('10 10 10 5 5 10 20 -');
    expect(rules.eligibility?.reason).toBe('当月无办结、无回访的不纳入考核排名');
    expect(rules.ranking).toMatchObject({ order: 'descending', scope: 'group', ties: 'skip' });
  });
});

describe('relations between expressions', () => {
  it('reports derived values that refer to each other (E310)', () => {
    const [d, ...rest] = diagnosticsOf(
      file(...head, '派生:', '  甲: 乙 + 1', '  乙: 丙 + 1', '  丙: 甲 + 1',
        '考核项目:', '  - 名称: 甲项', '    满分: 10', '    扣分: 甲数 × 0.1', '排名: {}'),
    );
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'E310', args: { cycle: '甲 → 乙 → 丙 → 甲' } });
    expect(d!.span).toMatchObject({ line: 7, column: 3 });
  });

  it('reports item full marks that do not add up to 满分 (E105), at 满分', () => {
    const text = ruleYaml({
      inputs: { 甲数: '计数' },
      items: [
        { name: '甲', full: '10', deduction: '甲数 × 0.1' },
        { name: '乙', full: '5.5', deduction: '甲数 × 0.2' },
      ],
      fullScore: '15',
    });
    const [d, ...rest] = diagnosticsOf(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'E105', args: { declared: '15', sum: '15.5' } });
    expect(d!.span).toMatchObject({ line: 2, column: 5 });
  });

  // A broken item's full marks still count: no false E105 on top of the E301.
  it('reports only the expression error when full marks do add up', () => {
    const text = ruleYaml({ inputs: { 甲数: '计数' }, items: [{ name: '甲', full: '10', deduction: '乙数 × 0.1' }] });
    expect(codes(diagnosticsOf(text))).toEqual(['E301']);
  });

  it('refuses a population function in the eligibility condition (E311)', () => {
    const direct = ruleYaml({
      inputs: { 甲数: '计数' },
      eligibility: { condition: '排名(甲数) > 1 且 甲数 > 0' },
      items: [{ name: '甲', full: '10', deduction: '甲数 × 0.1' }],
    });
    expect(diagnosticsOf(direct)).toMatchObject([{ code: 'E311', args: { fn: '排名' } }]);

    const viaDerived = ruleYaml({
      inputs: { 甲数: '计数' },
      derived: { 位次: '排名(甲数)', 前列: '位次 < 3' },
      eligibility: { condition: '前列' },
      items: [{ name: '甲', full: '10', deduction: '甲数 × 0.1' }],
    });
    expect(diagnosticsOf(viaDerived)).toMatchObject([{ code: 'E311', args: { fn: '前列' } }]);
  });

  it('reports an item name used twice (E106)', () => {
    const text = ruleYaml({
      inputs: { 甲数: '计数' },
      items: [
        { name: '甲', full: '5', deduction: '甲数 × 0.1' },
        { name: '甲', full: '5', deduction: '甲数 × 0.2' },
      ],
    });
    expect(diagnosticsOf(text)).toMatchObject([{ code: 'E106', args: { name: '甲' } }]);
  });
});

describe('structure', () => {
  it('reports an unknown key (E104) at the key', () => {
    const ds = diagnosticsOf(
      file(...head, '考核项目:', '  - 名称: 甲', '    满分: 10', '    扣分: 甲数 × 0.1', '    扣分上线: 5',
        '排名:', '  范畴: 本组'),
    );
    expect(ds.map((d) => [d.code, (d.args as { key: string }).key, d.span?.line, d.span?.column])).toEqual([
      ['E104', '扣分上线', 10, 5],
      ['E104', '范畴', 12, 3],
    ]);
  });

  it('lists the entries that are allowed where an unknown key was found', () => {
    const [d] = diagnosticsOf(file(...head, '考核项目:', '  - 名称: 甲', '    满分: 10', '    扣分: 甲数', '    扣分上线: 5', '排名: {}'));
    expect((d!.args as { known: string }).known.split('、')).toContain('扣分上限');
  });

  it('reports a missing required key (E103) and a value of the wrong type (E102)', () => {
    const ds = diagnosticsOf(
      file('名称: 测试', '满分: 七十', '单位列: 单位', '输入:', '  甲数: 计数', '考核项目:', '  - 名称: 甲', '    满分: 10',
        '舍入:', '  位数: 1.5', '  方式: 四舍五入', '排名:', '  顺序: 从大到小'),
    );
    expect(ds.map((d) => [d.code, d.args, d.span?.line, d.span?.column])).toEqual([
      ['E102', { field: '满分', expected: { keyword: 'type', params: { type: 'number' } }, found: '七十' }, 2, 5],
      ['E103', { field: '考核项目 › 第1项', missing: '扣分' }, 7, 5],
      ['E102', { field: '舍入 › 位数', expected: { keyword: 'type', params: { type: 'integer' } }, found: '1.5' }, 10, 7],
      ['E102', { field: '排名 › 顺序', expected: { keyword: 'enum', params: { allowedValues: ['从高到低', '从低到高'] } }, found: '从大到小' }, 13, 7],
    ]);
  });

  it('reports a missing top-level section (E103)', () => {
    const ds = diagnosticsOf(file(...head, '排名: {}'));
    expect(ds).toMatchObject([{ code: 'E103', args: { field: '规则文件', missing: '考核项目' } }]);
  });

  it('reports a duplicate YAML key (E101) at the second key', () => {
    const ds = diagnosticsOf(file(...head, '  甲数: 比率', '考核项目:', '  - 名称: 甲', '    满分: 10', '    扣分: 甲数', '排名: {}'));
    expect(ds).toMatchObject([{ code: 'E101', args: { code: 'DUPLICATE_KEY' }, span: { line: 6, column: 3 } }]);
  });
});

describe('positions of expression errors in the file', () => {
  const items = (...lines: string[]) => file(...head, '考核项目:', '  - 名称: 甲', '    满分: 10', ...lines, '排名: {}');

  it('inside a double-quoted scalar', () => {
    const [d] = diagnosticsOf(items('    扣分: "甲数 × 0.1 + 乙数"'));
    expect(d).toMatchObject({ code: 'E301', args: { name: '乙数' }, span: { line: 9, column: 21, length: 2 } });
  });

  it('inside a plain scalar, for a syntax error at its end', () => {
    const [d] = diagnosticsOf(items('    扣分: (甲数 + '));
    expect(d).toMatchObject({ code: 'E202', args: { found: { end: true } }, span: { line: 9, column: 14 } });
  });

  it('inside a literal block scalar (|), on its second line', () => {
    const [d] = diagnosticsOf(items('    扣分: |', '      甲数 × 0.1', '        + 乙数'));
    expect(d).toMatchObject({ code: 'E301', args: { name: '乙数' }, span: { line: 11, column: 11, length: 2 } });
  });

  it('inside a folded block scalar (>)', () => {
    const [d] = diagnosticsOf(items('    扣分: >', '      甲数 ×', '      乙数'));
    expect(d).toMatchObject({ code: 'E301', span: { line: 11, column: 7 } });
  });

  it('after an escape in a double-quoted scalar', () => {
    const [d] = diagnosticsOf(items('    扣分: "甲数 \\u002B 乙数"'));
    expect(d).toMatchObject({ code: 'E301', args: { name: '乙数' }, span: { line: 9, column: 20, length: 2 } });
  });

  it("after a '' escape in a single-quoted scalar", () => {
    const ds = diagnosticsOf(items("    扣分: '甲数 + ''x'' + 乙数'"));
    expect(ds.map((d) => [d.code, d.span?.line, d.span?.column, d.span?.length])).toEqual([
      ['E304', 9, 13, 1],
      ['E301', 9, 23, 2],
    ]);
  });

});

describe('numbers written in YAML', () => {
  it('keep their decimal text, and full marks add up exactly (0.1 + 0.2 = 0.3)', () => {
    const rules = loadRules(
      ruleYaml({
        inputs: { 甲数: '计数' },
        items: [
          { name: '甲', full: '0.1', deduction: '0' },
          { name: '乙', full: '0.2', deduction: '0' },
        ],
        fullScore: '0.3',
      }),
    );
    expect(rules.fullScore).toBe('0.3');
    expect(rules.items.map((i) => i.fullMarks)).toEqual(['0.1', '0.2']);
  });
});
