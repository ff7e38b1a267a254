import { describe, expect, it } from 'vitest';
import { renderMessage, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { checkExpression, type Scope } from '../../src/dsl/check-expression.js';
import type { Checked } from '../../src/dsl/checked.js';
import { standaloneSource } from '../../src/dsl/expression-source.js';
import { parseExpression } from '../../src/dsl/parse-expression.js';
import type { ValueType } from '../../src/dsl/types.js';

const names: Record<string, ValueType> = {
  回访满意度: 'rate',
  办结数: 'count',
  未按时办结数: 'count',
  类别: 'text',
  其他扣分: 'number',
  合格: 'boolean',
};

const scope: Scope = { typeOf: (n) => names[n], names: () => Object.keys(names) };

function check(text: string): { checked: Checked | undefined; diagnostics: Diagnostic[] } {
  const source = standaloneSource(text);
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(`did not parse: ${JSON.stringify(parsed.diagnostics)}`);
  const diagnostics: Diagnostic[] = [];
  return { checked: checkExpression(parsed.ast, source, scope, diagnostics), diagnostics };
}

function typeOf(text: string): ValueType {
  const { checked, diagnostics } = check(text);
  expect(diagnostics).toEqual([]);
  if (!checked) throw new Error('no result');
  return checked.type;
}

/** The one diagnostic an expression must produce, and no result. */
function only(text: string): Diagnostic {
  const { checked, diagnostics } = check(text);
  expect(checked).toBeUndefined();
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0]!;
}

describe('kinds', () => {
  it.each<[string, ValueType]>([
    ['办结数 / 未按时办结数', 'rate'],
    ['(办结数 - 未按时办结数) / 办结数', 'rate'],
    ['办结数 + 未按时办结数', 'count'],
    ['回访满意度 - 1%', 'rate'],
    ['20% + 回访满意度', 'rate'],
    ['回访满意度 × 2', 'rate'],
    ['-办结数', 'number'],
    ['办结数 > 0 或 回访满意度 < 100%', 'boolean'],
    ['类别 = "街道"', 'boolean'],
    ['合格 = 否', 'boolean'],
    ['若缺失(回访满意度, 100%)', 'rate'],
    ['如果 合格 则 办结数 否则 0', 'count'],
    ['阶梯扣分(回访满意度, 低于=100%, 每=0.1%, 扣=0.2)', 'number'],
    ['密集排名(回访满意度, 从高到低, 条件=回访满意度 < 100%)', 'count'],
    ['合计(其他扣分, 条件=合格, 范围=本组)', 'number'],
    ['平均值(回访满意度)', 'rate'],
    ['单位数()', 'count'],
    ['至多(其他扣分, 5)', 'number'],
  ])('%s is %s', (text, type) => {
    expect(typeOf(text)).toBe(type);
  });

  it('resolves names to refs with their kinds, and fills in default choices', () => {
    const { checked } = check('排名(办结数)');
    expect(checked).toMatchObject({
      kind: 'call',
      type: 'count',
      args: { 值: { kind: 'ref', symbol: '办结数', type: 'count' } },
      choices: { 顺序: 'descending', 范围: 'all' },
    });
  });
});

describe('names and functions', () => {
  it('reports an unknown name with the nearest known one (E301)', () => {
    const d = only('回访满意率 > 99%');
    expect(d).toMatchObject({ code: 'E301', args: { name: '回访满意率', suggestion: '回访满意度' } });
    expect(d.span).toMatchObject({ offset: 0, length: 5, column: 1 });
  });

  it('gives no suggestion when nothing is close', () => {
    const d = only('发回重办数 × 0.2');
    expect(d.code).toBe('E301');
    expect(d.args).toEqual({ name: '发回重办数' });
  });

  it('hints at spaces around keywords when a name swallowed one', () => {
    const d = only('非合格');
    expect(d).toMatchObject({ code: 'E301', args: { name: '非合格' } });
    expect(renderMessage(d)).toEqual({
      text: '未知名称“非合格”',
      details: ['是否应为“合格”？', '“如果”“则”“否则”“且”“或”“非”是关键字，前后要留空格，如“办结数 > 0 或 回访工单总数 > 0”'],
    });
  });

  it('reports an unknown function at its name (E302), and not its arguments again', () => {
    const { diagnostics } = check('求和(办结数) + 求和(没有这个名字, 不足一步=按一步)');
    expect(diagnostics.map((d) => [d.code, d.span?.offset])).toEqual([
      ['E302', 0],
      ['E302', 10],
    ]);
  });
});

describe('operators', () => {
  it('refuses a rate plus a count (E304), at the operator', () => {
    const d = only('回访满意度 + 办结数');
    expect(d).toMatchObject({ code: 'E304', args: { operator: '+', left: 'rate', right: 'count' } });
    expect(d.span).toMatchObject({ offset: 6, length: 1 });
  });

  it('refuses comparing a rate with a count', () => {
    expect(only('办结数 > 1%')).toMatchObject({ code: 'E304', args: { operator: '>', left: 'count', right: 'rate' } });
  });

  it('refuses comparing text with a number (E304)', () => {
    const d = only('类别 = 1');
    expect(d).toMatchObject({ code: 'E304', args: { operator: '=', left: 'text', right: 'number' } });
    expect(d.span).toMatchObject({ offset: 3, length: 1 });
  });

  it('wants truth values around 且 and after 非', () => {
    expect(only('合格 且 办结数')).toMatchObject({ code: 'E304', args: { operator: '且' } });
    expect(only('非 办结数')).toMatchObject({ code: 'E303', args: { expected: ['boolean'], found: 'count' } });
  });

  it('wants both branches of 如果 of one kind (E303)', () => {
    const d = only('如果 合格 则 办结数 否则 回访满意度');
    expect(d).toMatchObject({ code: 'E303', args: { expected: ['count'], found: 'rate' } });
    expect(d.span).toMatchObject({ offset: 15, length: 5 });
  });
});

describe('arguments', () => {
  it('reports a parameter the function does not have (E305), at the parameter', () => {
    const d = only('阶梯扣分(办结数, 超过=1, 每=1, 扣=0.2, 多余=1)');
    expect(d).toMatchObject({
      code: 'E305',
      args: { fn: '阶梯扣分', parameter: '多余', known: '数量、超过、低于、每、扣、不足一步' },
    });
    expect(d.span).toMatchObject({ offset: 28, length: 2 });
  });

  it('reports a missing required parameter (E306)', () => {
    const d = only('阶梯扣分(办结数, 超过=1, 扣=0.2)');
    expect(d).toMatchObject({ code: 'E306', args: { fn: '阶梯扣分', parameter: '每' } });
    expect(d.span).toMatchObject({ offset: 0, length: 22 });
  });

  it('needs exactly one of 超过 and 低于 (E312)', () => {
    for (const text of ['阶梯扣分(办结数, 每=1, 扣=0.2)', '阶梯扣分(办结数, 超过=1, 低于=2, 每=1, 扣=0.2)']) {
      const d = only(text);
      expect(d).toMatchObject({ code: 'E312', args: { fn: '阶梯扣分', one: '超过', other: '低于' } });
      expect(d.span).toMatchObject({ offset: 0, length: 4 });
    }
  });

  it('reports a choice value that is not allowed (E309)', () => {
    const d = only('阶梯扣分(办结数, 超过=1, 每=1, 扣=0.2, 不足一步=四舍五入)');
    expect(d).toMatchObject({
      code: 'E309',
      args: { parameter: '不足一步', found: '四舍五入', allowed: '按一步、按一步计、舍去、按比例' },
    });
    expect(d.span).toMatchObject({ offset: 33, length: 4 });
    expect(only('排名(办结数, 从左到右)')).toMatchObject({ code: 'E309', args: { parameter: '顺序', found: '从左到右' } });
  });

  it('reports a parameter given twice (E307) and too many positional arguments (E308)', () => {
    expect(only('阶梯扣分(办结数, 超过=1, 超过=2, 每=1, 扣=1)')).toMatchObject({
      code: 'E307',
      args: { parameter: '超过' },
    });
    expect(only('至多(办结数, 1, 2)')).toMatchObject({ code: 'E308', args: { fn: '至多', max: 2 } });
  });

  it('checks an argument against the parameter kinds (E303)', () => {
    expect(only('合计(类别)')).toMatchObject({ code: 'E303', args: { subject: { kind: 'parameter', name: '值' }, found: 'text' } });
    expect(only('合计(办结数, 条件=办结数)')).toMatchObject({ code: 'E303', args: { subject: { kind: 'parameter', name: '条件' }, expected: ['boolean'] } });
  });
});

describe('rates and plain numbers', () => {
  it('refuses a rate compared with or added to a plain number, with the hint to write a percentage', () => {
    for (const text of ['回访满意度 > 5', '0.2 + 回访满意度']) {
      const d = only(text);
      expect(d.code).toBe('E304');
      expect(renderMessage(d, 'zh').details).toEqual(['比率请写成百分数，如 5%（不是 5 或 0.05）']);
    }
  });

  it('wants 阶梯扣分 bounds in the kind of the quantity', () => {
    expect(only('阶梯扣分(回访满意度, 超过=5, 每=1%, 扣=0.2)')).toMatchObject({
      code: 'E303',
      args: { subject: { kind: 'parameter', name: '超过' }, expected: ['rate'], found: 'number' },
    });
    expect(only('阶梯扣分(办结数, 超过=5%, 每=1, 扣=0.2)')).toMatchObject({ code: 'E303', args: { found: 'rate' } });
  });

  it('refuses a step that is not above zero, division by zero, and fractional rounding digits', () => {
    expect(only('阶梯扣分(回访满意度, 超过=30%, 每=0%, 扣=0.2)')).toMatchObject({ code: 'E319', args: { value: '0%' } });
    expect(only('阶梯扣分(办结数, 超过=3, 每=-1, 扣=0.2)')).toMatchObject({ code: 'E319', args: { value: '-1' } });
    expect(only('办结数 / 0')).toMatchObject({ code: 'E320' });
    expect(only('舍入(办结数 × 0.15, 1.5)')).toMatchObject({ code: 'E321', args: { value: '1.5' } });
  });
});

