import { describe, expect, it } from 'vitest';
import { parseTable } from '../../src/data/read-table.js';
import { formatDecimal, Fraction } from '../../src/engine/exact.js';
import type { Value } from '../../src/engine/value.js';
import { bind, failure, loadRules, ruleYaml, unwrap } from './helpers.js';

const rules = loadRules(
  ruleYaml({
    inputs: {
      办结数: '{类型: 计数, 列: 办结工单（含上月流转工单）}',
      延期办理率: '比率',
      满意度: '{类型: 比率, 可缺失: 是}',
      其他扣分: '{类型: 数值, 可选: 是, 缺失时: 0}',
      备注: '{类型: 文字, 可选: 是, 可缺失: 是}',
    },
    groups: ['街道', '区直部门'],
    referenceColumns: ['总分'],
    items: [{ name: '项', full: '10', deduction: '办结数 × 0.1' }],
  }),
);

const header = '类别,单位,办结工单（含上月流转工单）,延期办理率,满意度,其他扣分';

function csv(...rows: string[]): string {
  return [header, ...rows].join('\n');
}

const show = (v: Value | undefined) => (v instanceof Fraction ? formatDecimal(v, 6) : v);

function inputsOf(text: string): (string | boolean | null | undefined)[][] {
  return unwrap(bind(rules, text)).units.map((u) => u.inputs.map(show));
}

describe('reading cells', () => {
  it('reads counts, rates and numbers exactly, and missing marks as missing', () => {
    expect(inputsOf(csv('街道,甲,12,30.01%,/,0.2', '区直部门,乙,0,0.00%,,'))).toEqual([
      ['12', '0.3001', null, '0.2', null],
      ['0', '0', null, '0', null],
    ]);
  });

  it('reads full-width digits and signs, and thousands separators', () => {
    expect(inputsOf(csv('街道,甲,１２３,３．５％,９９．５０％,－０．２', '街道,乙,"2,351",22.00%,100%,"1,000.5"'))).toEqual([
      ['123', '0.035', '0.995', '-0.2', null],
      ['2351', '0.22', '1', '1000.5', null],
    ]);
  });

  it.each([
    ['text', 'abc'],
    ['a negative count', '-1'],
    ['a fraction', '1.5'],
    ['a missing mark where missing is not allowed', '/'],
    ['a misplaced separator', '1,23'],
  ])('refuses %s in a count cell (E403) with row and column', (_what, cell) => {
    const ds = failure(bind(rules, csv('街道,甲,1,0%,,', `街道,乙,"${cell}",0%,,`)));
    expect(ds).toEqual([
      {
        code: 'E403',
        severity: 'error',
        args: { value: cell, expected: { kind: 'count', missingAllowed: false } },
        cell: { file: 'data.csv', row: 3, column: '办结工单（含上月流转工单）' },
      },
    ]);
  });

  it('refuses a rate without its percent sign', () => {
    const [d] = failure(bind(rules, csv('街道,甲,1,0.3,,')));
    expect(d).toMatchObject({ code: 'E403', args: { value: '0.3', expected: { kind: 'rate', missingAllowed: false } }, cell: { row: 2, column: '延期办理率' } });
  });
});

describe('columns', () => {
  it('reports a missing required column (E402), naming the input', () => {
    const ds = failure(bind(rules, '类别,单位,办结工单（含上月流转工单）,满意度\n街道,甲,1,/\n'));
    expect(ds).toMatchObject([{ code: 'E402', args: { column: '延期办理率', input: '延期办理率' }, cell: { row: 1 } }]);
  });

  it('reports a missing unit column', () => {
    const ds = failure(bind(rules, '类别,名称,办结工单（含上月流转工单）,延期办理率,满意度\n街道,甲,1,0%,/\n'));
    expect(ds).toMatchObject([{ code: 'E402', args: { column: '单位', input: '单位列' } }]);
  });

  it('an optional input column that is absent counts as its 缺失时 value', () => {
    const bound = unwrap(bind(rules, '类别,单位,办结工单（含上月流转工单）,延期办理率,满意度\n街道,甲,1,0%,/\n'));
    expect(bound.units[0]!.inputs.map(show)).toEqual(['1', '0', null, '0', null]);
  });

  it('matches header cells ignoring spaces and line breaks', () => {
    const bound = unwrap(bind(rules, '类别,单位,"办结工单\n（含上月 流转工单）",延期办理率,满意度\n街道,甲,7,0%,/\n'));
    expect(show(bound.units[0]!.inputs[0])).toBe('7');
  });

  it('a 缺失时 written as a percent counts as that rate', () => {
    const withDefault = loadRules(
      ruleYaml({ inputs: { 率: '{类型: 比率, 缺失时: 100%}' }, items: [{ name: '项', full: '1', deduction: '0' }] }),
    );
    expect(unwrap(bind(withDefault, '单位,率\n甲,/\n乙,90%\n')).units.map((u) => show(u.inputs[0]))).toEqual(['1', '0.9']);
  });

  it('a 缺失时 written with a full-width percent sign counts as that rate', () => {
    const withDefault = loadRules(
      ruleYaml({ inputs: { 率: '{类型: 比率, 缺失时: 100％}' }, items: [{ name: '项', full: '1', deduction: '0' }] }),
    );
    expect(unwrap(bind(withDefault, '单位,率\n甲,/\n')).units.map((u) => show(u.inputs[0]))).toEqual(['1']);
  });

  it('lists unused columns; reference columns are not unused', () => {
    const bound = unwrap(bind(rules, `${header},总分,排名,备用\n街道,甲,1,0%,/,,70,1,\n`));
    expect(bound.unusedColumns).toEqual(['排名', '备用']);
  });

  it('reports a column named twice in the header (E406)', () => {
    const ds = failure(bind(rules, `${header},满意度\n街道,甲,1,0%,/,,/\n`));
    expect(ds).toMatchObject([{ code: 'E406', args: { column: '满意度' } }]);
  });
});

describe('rows', () => {
  it('reports a unit listed twice (E404) with its first row', () => {
    const ds = failure(bind(rules, csv('街道,甲,1,0%,,', '街道,乙,1,0%,,', '区直部门,甲,2,0%,,')));
    expect(ds).toMatchObject([{ code: 'E404', args: { unit: '甲', firstRow: 2 }, cell: { row: 4, column: '单位' } }]);
  });

  it('reports a group the rule file does not declare (E405)', () => {
    const ds = failure(bind(rules, csv('街道,甲,1,0%,,', '乡镇,乙,1,0%,,')));
    expect(ds).toMatchObject([
      { code: 'E405', args: { group: '乡镇', known: '街道、区直部门' }, cell: { row: 3, column: '类别' } },
    ]);
  });

  it('reports a row with the wrong number of cells (E409)', () => {
    const ds = failure(bind(rules, csv('街道,甲,1,0%,', '街道,乙,1,0%,,')));
    expect(ds).toMatchObject([{ code: 'E409', args: { expected: 6, found: 5 }, cell: { row: 2 } }]);
  });

  it('skips blank rows, trailing or not, and counts them', () => {
    const text = `${csv('街道,甲,1,0%,,', ',,,,,', '区直部门,乙,2,0%,,')}\n,,,,,\n\n`;
    const bound = unwrap(bind(rules, text));
    expect(bound.units.map((u) => [u.unit, u.group, u.line])).toEqual([
      ['甲', '街道', 2],
      ['乙', '区直部门', 4],
    ]);
    expect(bound.table.blankRows).toBe(3);
  });

  it('reports a file with no units (E408)', () => {
    expect(failure(bind(rules, `${header}\n,,,,,\n`))).toMatchObject([{ code: 'E408' }]);
  });

  it('numbers rows as a spreadsheet does, even when a cell spans lines', () => {
    const table = unwrap(parseTable('d.csv', '单位,说明\n甲,"第一行\n第二行"\n乙,x\n'));
    expect(table.rows.map((r) => r.line)).toEqual([2, 3]);
  });
});

describe('an unclosed quote', () => {
  it('is reported on the line that opens it, not at the end of the file (E419)', () => {
    const result = parseTable('d.csv', '单位,说明\n甲,x\n"乙,y\n丙,z\n丁,w\n');
    expect(result.ok ? [] : result.diagnostics.map((d) => [d.code, d.args, d.cell?.row])).toEqual([
      ['E419', { code: 'CSV_QUOTE_NOT_CLOSED', column: 1 }, 3],
    ]);
  });
});
