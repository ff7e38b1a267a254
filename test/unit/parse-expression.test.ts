import { renderMessage } from '../../src/diagnostics/diagnostic.js';
import { describe, expect, it } from 'vitest';
import type { Expr } from '../../src/dsl/ast.js';
import { standaloneSource } from '../../src/dsl/expression-source.js';
import { parseExpression } from '../../src/dsl/parse-expression.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

function parse(text: string): Expr {
  const result = parseExpression(standaloneSource(text));
  if (!result.ok) throw new Error(`did not parse: ${JSON.stringify(result.diagnostics)}`);
  return result.ast;
}

function errors(text: string): Diagnostic[] {
  const result = parseExpression(standaloneSource(text));
  if (result.ok) throw new Error(`parsed, but should not have: ${text}`);
  return result.diagnostics;
}

/** The tree as an S-expression, so that grouping is visible at a glance. */
function show(e: Expr): string {
  switch (e.kind) {
    case 'number':
      return e.text;
    case 'percent':
      return `${e.text}%`;
    case 'string':
      return `"${e.value}"`;
    case 'boolean':
      return e.value ? '是' : '否';
    case 'name':
      return e.name;
    case 'unary':
      return `(${e.operator} ${show(e.operand)})`;
    case 'binary':
      return `(${e.operator} ${show(e.left)} ${show(e.right)})`;
    case 'conditional':
      return `(if ${show(e.test)} ${show(e.consequent)} ${show(e.alternative)})`;
    case 'call':
      return `${e.callee}[${e.args.map((a) => (a.parameter ? `${a.parameter.name}=` : '') + show(a.value)).join(' ')}]`;
  }
}

describe('precedence and grouping', () => {
  it.each([
    ['1 + 2 × 3', '(+ 1 (* 2 3))'],
    ['甲 - 乙 - 丙', '(- (- 甲 乙) 丙)'],
    ['(甲 + 乙) * 丙', '(* (+ 甲 乙) 丙)'],
    ['10 ÷ 4 － 1', '(- (/ 10 4) 1)'],
    ['甲 + 乙 > 丙 且 丁', '(and (> (+ 甲 乙) 丙) 丁)'],
    ['甲 且 乙 或 丙', '(or (and 甲 乙) 丙)'],
    ['甲 或 乙 且 丙', '(or 甲 (and 乙 丙))'],
    ['甲 ＜ 1 且 非 乙 ＞ 2', '(and (< 甲 1) (not (> 乙 2)))'],
    ['非 非 甲', '(not (not 甲))'],
    ['2 - -1', '(- 2 (- 1))'],
    ['a and b or not c', '(or (and a b) (not c))'],
    ['如果 甲 > 1 则 2 否则 3', '(if (> 甲 1) 2 3)'],
    ['如果 甲 则 如果 乙 则 1 否则 2 否则 3', '(if 甲 (if 乙 1 2) 3)'],
  ])('%s', (text, tree) => {
    expect(show(parse(text))).toBe(tree);
  });

  it('reads every comparison sign, half and full width', () => {
    expect(show(parse('甲 ≥ 1 或 乙 ≤ 2'))).toBe('(or (>= 甲 1) (<= 乙 2))');
    expect(show(parse('甲＞＝1'))).toBe('(>= 甲 1)');
    expect(show(parse('甲 <= 1'))).toBe('(<= 甲 1)');
    expect(show(parse('甲 = 1'))).toBe('(= 甲 1)');
    expect(show(parse('甲 ≠ 1'))).toBe('(!= 甲 1)');
    expect(show(parse('甲<>1'))).toBe('(!= 甲 1)');
  });

  it('reads full-width signs and digits as their ASCII forms', () => {
    expect(show(parse('（１＋２）×３÷４≥５'))).toBe('(>= (/ (* (+ 1 2) 3) 4) 5)');
    expect(parse('１２．５')).toEqual({ kind: 'number', text: '12.5', span: { start: 0, end: 4 } });
  });
});

describe('literals', () => {
  it('keeps percent literals as decimal text without the sign', () => {
    expect(parse('0.1%')).toEqual({ kind: 'percent', text: '0.1', span: { start: 0, end: 4 } });
    expect(parse('30％')).toEqual({ kind: 'percent', text: '30', span: { start: 0, end: 3 } });
    expect(parse('１２．５％')).toEqual({ kind: 'percent', text: '12.5', span: { start: 0, end: 5 } });
  });

  it.each(['"街道"', "'街道'", '“街道”', '‘街道’', '「街道」'])('reads the string literal %s', (text) => {
    expect(parse(text)).toEqual({ kind: 'string', value: '街道', span: { start: 0, end: 4 } });
  });

  it('reads 是 and 否 as truth values, but not inside a longer name', () => {
    expect(show(parse('是 或 否'))).toBe('(or 是 否)');
    expect(parse('是否')).toEqual({ kind: 'name', name: '是否', span: { start: 0, end: 2 } });
    expect(parse('甲且乙')).toEqual({ kind: 'name', name: '甲且乙', span: { start: 0, end: 3 } });
  });
});

describe('calls', () => {
  it('binds positional and named arguments (名称=值)', () => {
    const call = parse('阶梯扣分(比率, 超过=30%, 每＝1%)');
    expect(show(call)).toBe('阶梯扣分[比率 超过=30% 每=1%]');
    if (call.kind !== 'call') throw new Error('not a call');
    expect(call.calleeSpan).toEqual({ start: 0, end: 4 });
    expect(call.span).toEqual({ start: 0, end: 22 });
    expect(call.args[1]!.parameter).toEqual({ name: '超过', span: { start: 9, end: 11 } });
    expect(call.args[2]!.value.span).toEqual({ start: 19, end: 21 });
  });

  it('accepts full-width commas and 、 between arguments, and no arguments', () => {
    expect(show(parse('f(x，y、z)'))).toBe('f[x y z]');
    expect(show(parse('单位数()'))).toBe('单位数[]');
  });

  it('compares inside an argument when = follows something other than a bare name', () => {
    expect(show(parse('合计(甲, 条件=乙 = 1)'))).toBe('合计[甲 条件=(= 乙 1)]');
  });
});

describe('spans', () => {
  it('gives each node its offsets, operators their own, parentheses included', () => {
    const e = parse('(甲 + 乙) * 丙');
    if (e.kind !== 'binary' || e.left.kind !== 'binary') throw new Error('shape');
    expect(e.span).toEqual({ start: 0, end: 11 });
    expect(e.operatorSpan).toEqual({ start: 8, end: 9 });
    expect(e.left.span).toEqual({ start: 0, end: 7 });
    expect(e.left.operatorSpan).toEqual({ start: 3, end: 4 });
    expect(e.right.span).toEqual({ start: 10, end: 11 });
  });

  it('spans a conditional from 如果 to the end of its alternative', () => {
    const e = parse('如果 甲 > 1 则 2 否则 3');
    expect(e.span).toEqual({ start: 0, end: 17 });
  });
});

describe('errors', () => {
  it('reports an unfinished expression at its end (E202)', () => {
    const [d, ...rest] = errors('(a + ');
    expect(rest).toEqual([]);
    expect(d!.code).toBe('E202');
    expect(d!.span).toMatchObject({ offset: 4, length: 0, line: 1, column: 5 });
    expect(d!.args).toMatchObject({ found: { end: true } });
    const expected = (d!.args as { expected: string[] }).expected;
    expect(expected).toEqual(expect.arrayContaining(['Identifier', 'NumberLiteral', 'Percent', 'LParen', 'Minus']));
    expect(expected).not.toContain('RParen');
    expect(renderMessage(d!, 'zh').details[0]).toBe('应为：名称、数字、百分数、（、文字（用引号括起）、-、是、否');
    expect(renderMessage(d!, 'en').details).toEqual([
      'expected: a name, a number, a percentage, (, quoted text, -, 是, 否',
      'found: the end of the expression',
    ]);
  });

  it('asks for the closing parenthesis', () => {
    const [d] = errors('(a + b');
    expect(d).toMatchObject({ code: 'E202', args: { expected: ['RParen'], found: { end: true } } });
    expect(d!.span).toMatchObject({ offset: 6, column: 7 });
  });

  it('reports a token where an operator was expected, with its text', () => {
    const [d] = errors('甲 乙');
    expect(d).toMatchObject({ code: 'E202', args: { expected: ['Operator'], found: { token: '乙' } } });
    expect(d!.span).toMatchObject({ offset: 2, length: 1, column: 3 });
  });

  it('does not chain comparisons', () => {
    const [d] = errors('甲 ＜ 乙 ≤ 丙');
    expect(d).toMatchObject({ code: 'E202', args: { found: { token: '≤' } } });
    expect(d!.span).toMatchObject({ offset: 6, column: 7 });
  });

  it('reports a keyword out of place', () => {
    const [d] = errors('1 + 如果');
    expect(d).toMatchObject({ code: 'E202', args: { found: { token: '如果' } }, span: { offset: 4, length: 2, column: 5 } });
  });

  it('reports an unknown character (E201) at its line and column', () => {
    const [d] = errors('甲 +\n  # 乙');
    expect(d).toMatchObject({ code: 'E201', args: { found: '#' } });
    expect(d!.span).toMatchObject({ offset: 6, length: 1, line: 2, column: 3 });
  });

  it('reports an empty or blank expression (E203)', () => {
    expect(errors('').map((d) => d.code)).toEqual(['E203']);
    expect(errors('  \u3000 ').map((d) => d.code)).toEqual(['E203']);
  });
});
