import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { Fraction } from '../../src/engine/exact.js';
import type { ReportTable } from '../../src/engine/report-tables.js';
import { reportTables } from '../../src/engine/report-tables.js';
import { renderXlsxReport, sheetNames, toNumber } from '../../src/render/xlsx-report.js';
import { AWKWARD_SECTION, awkwardEvaluation, cli, data, furong, newDir, noStackTrace, rules, shortSha256 } from './support.js';

const SHEETS = ['说明', '完成度较好单位', '满意度低于97%的单位', '街道', '区直部门'];

let workbook: ExcelJS.Workbook;
let tables: ReportTable[];
let run: ReturnType<typeof cli>;
let out: string;

beforeAll(async () => {
  out = join(newDir(), '芙蓉区报告.xlsx');
  run = cli('report', '--rules', rules, data, '--format', 'xlsx', '--out', out);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  tables = (await furong(rules, data)).tables;
});

const sheet = (name: string) => workbook.getWorksheet(name)!;

describe('report --format xlsx on the Furong example', () => {
  it('writes the workbook with exit code 0 and nothing on standard output', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`提示 N603：已写入 ${out}`);
    noStackTrace(run.stderr);
  });

  it('has the sheet 说明 first, then one sheet per section named by its 名称', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(SHEETS);
  });

  it('names both files with their sha256 prefixes in 说明, and lists the sheets with their titles', () => {
    const rows: unknown[][] = [];
    sheet('说明').eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.slice(0, 6)).toEqual([
      ['规则', '芙蓉区12345政务热线成员单位工单办理主要考核指标综合得分（2021-07）'],
      ['规则文件', 'rules/2021-changsha-furong.yaml'],
      ['规则文件 sha256', shortSha256(rules)],
      ['数据文件', 'examples/2021-07-furong.csv'],
      ['单位数', 48],
      ['数据文件 sha256', shortSha256(data)],
    ]);
    expect(rows[6]).toEqual(['工作表', '标题', '说明']);
    expect(rows[7]).toEqual(['完成度较好单位', '12345政务热线工作完成度较好单位', '总分 70 分满分、满意度 100%、工单签收数 30 件以上']);
    expect(rows.slice(8).map((r) => r[0])).toEqual(SHEETS.slice(2));
  });

  it('has a bold header row of column titles, frozen, in every section sheet', () => {
    for (const [i, table] of tables.entries()) {
      const ws = sheet(SHEETS[i + 1]!);
      const header = ws.getRow(1);
      expect((header.values as unknown[]).slice(1)).toEqual(table.section.columns.map((c) => c.title));
      header.eachCell((cell) => expect(cell.font?.bold).toBe(true));
      expect(ws.views).toHaveLength(1);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.rowCount).toBe(table.rows.length + 1);
    }
  });

  it('stores every number as a number equal to the exact value, with the format the column shows it in', () => {
    let numbers = 0;
    let percents = 0;
    for (const [i, table] of tables.entries()) {
      const ws = sheet(SHEETS[i + 1]!);
      table.rows.forEach((row, r) => {
        row.cells.forEach((expected, c) => {
          const column = table.section.columns[c]!;
          const cell = ws.getRow(r + 2).getCell(c + 1);
          if (!(expected.value instanceof Fraction) || column.format === 'text') {
            expect(cell.value).toBe(expected.text);
            return;
          }
          numbers += 1;
          expect(typeof cell.value).toBe('number');
          // The double nearest the exact rational: numerator ÷ denominator, rounded once.
          expect(cell.value).toBe(Number(expected.value.n) / Number(expected.value.d));
          if (column.format === 'percent') {
            percents += 1;
            expect(cell.numFmt).toBe('0.00%');
            // Shown with two decimals, the stored fraction reads as the report's text.
            expect(`${(Math.round((cell.value as number) * 10000) / 100).toFixed(2)}%`).toBe(expected.text);
          } else {
            // Counts, totals and ranks have at most a few decimals: the stored number is exactly the text.
            expect(cell.value).toBe(Number(expected.text));
            expect(cell.numFmt ?? 'General').toBe(column.format === 'integer' ? '0' : 'General');
          }
        });
      });
    }
    // 9 counts; 5 × 4 in the satisfaction list; 48 units × 16 number columns in the two appendix tables.
    expect(numbers).toBe(9 + 5 * 4 + 48 * 16);
    // 5 satisfaction rates; 48 × 4 rates in the appendix tables.
    expect(percents).toBe(5 + 48 * 4);
  });

  it('reads back known values: 马坡岭 on-time rate 54/55 as a percentage, and totals 69.8 and 63.5', () => {
    const streets = sheet('街道');
    const titles = (streets.getRow(1).values as unknown[]).slice(1);
    const column = (title: string) => titles.indexOf(title) + 1;
    const rowOf = (unit: string) => {
      for (let r = 2; r <= streets.rowCount; r++) if (streets.getRow(r).getCell(1).value === unit) return streets.getRow(r);
      throw new Error(unit);
    };
    const mapoling = rowOf('马坡岭街道办事处');
    expect(mapoling.getCell(column('按时办结率')).value).toBe(0.9818181818181818);
    expect(mapoling.getCell(column('按时办结率')).value).toBe(54 / 55);
    expect(mapoling.getCell(column('按时办结率')).numFmt).toBe('0.00%');
    expect(mapoling.getCell(column('总分')).value).toBe(63.5);
    expect(mapoling.getCell(column('排名')).value).toBe(13);
    expect(mapoling.getCell(column('排名')).numFmt).toBe('0');
    expect(rowOf('火星街道办事处').getCell(column('总分')).value).toBe(69.8);
    expect(sheet('满意度低于97%的单位').getRow(2).values).toEqual([undefined, '交通运输局', 6, 5, 1, 0.8]);
  });

  it('fits column widths to Chinese text, counting a Chinese character as two', () => {
    const streets = sheet('街道');
    expect(streets.getColumn(1).width).toBe(stringWidth('隆平高科技园管理委员会') + 2);
    expect(streets.getColumn(6).width).toBe(stringWidth('办结工单（含上月流转工单）') + 2);
  });
});

describe('report --format xlsx: the command line', () => {
  it('refuses to write a workbook to standard output (exit 3) before reading anything', () => {
    for (const args of [[], ['--out', '-']]) {
      const { code, stdout, stderr } = cli('report', '--rules', rules, data, '--format', 'xlsx', ...args);
      expect(code).toBe(3);
      expect(stdout).toBe('');
      expect(stderr).toContain('错误 U711：命令用法有误：xlsx 是二进制文件，不能输出到屏幕；请用 --out 指定要写入的文件');
      expect(stderr).not.toContain('W421');
    }
    const en = cli('--lang', 'en', 'report', '--rules', rules, data, '--format', 'xlsx');
    expect(en.stderr).toContain('error U711: usage error: xlsx is a binary format');
  });

  it('takes the format from the name given to --out', async () => {
    const file = join(newDir(), 'out.xlsx');
    expect(cli('report', '--rules', rules, data, '--out', file).code).toBe(0);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(file);
    expect(read.worksheets.map((w) => w.name)).toEqual(SHEETS);
  });

  it('leaves nothing behind when the file cannot be written (U704, exit 3)', () => {
    const dir = newDir();
    const file = join(dir, '没有的文件夹', '报告.xlsx');
    const { code, stderr } = cli('report', '--rules', rules, data, '--out', file);
    expect(code).toBe(3);
    expect(stderr).toContain(`错误 U704：无法写入 ${file}：所在的文件夹不存在`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes nothing when the data has errors (exit 2) or the rules do (exit 1), and refuses to overwrite an input (exit 3)', () => {
    const dir = newDir();
    const file = join(dir, '报告.xlsx');
    expect(cli('report', '--rules', rules, 'README.md', '--out', file).code).toBe(2);
    expect(cli('report', '--rules', 'README.md', data, '--out', file).code).toBe(1);
    expect(existsSync(file)).toBe(false);
    const refused = cli('report', '--rules', rules, data, '--format', 'md', '--out', `./examples/../${data}`);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('错误 U705');
  });
});

describe('worksheet names', () => {
  it('replaces characters Excel forbids, keeps to 31 characters, and never repeats a name (说明 and History are taken)', () => {
    const names = sheetNames([AWKWARD_SECTION, '说明', 'history', '说明', "'引号'", '', '街道']);
    expect(names[0]).toBe('名单／甲：乙？＊［丙］＼很长的名字很长的名字很长的名字很长的名');
    expect(names[0]!.length).toBe(31);
    expect(names.slice(1)).toEqual(['说明(2)', 'history(2)', '说明(3)', '引号', '表6', '街道']);
    expect(sheetNames(['x'.repeat(40), 'x'.repeat(40)])).toEqual(['x'.repeat(31), `${'x'.repeat(28)}(2)`]);
    // Never splits a character outside the Basic Multilingual Plane.
    expect(sheetNames(['𠀀'.repeat(20)])[0]).toBe('𠀀'.repeat(15));
  });

  it('gives the awkward sections valid, distinct sheets that Excel can open', async () => {
    const evaluation = awkwardEvaluation();
    const buffer = await renderXlsxReport(evaluation, reportTables(evaluation));
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(read.worksheets.map((w) => w.name)).toEqual(['说明', ...sheetNames([AWKWARD_SECTION, '说明', 'history', '说明'])]);
    const first = read.worksheets[1]!;
    expect(first.getRow(2).values).toEqual([undefined, '甲|乙', 1, 9.5]);
    expect(first.getRow(3).values).toEqual([undefined, '<script>alert(1)</script>', 2, 9]);
    expect(read.worksheets[4]!.rowCount).toBe(1);
  });

  it('converts exact values to the nearest double', () => {
    expect(toNumber(new Fraction(54, 55))).toBe(54 / 55);
    expect(toNumber(new Fraction('69.8'))).toBe(69.8);
    const huge = new Fraction(10n ** 30n + 1n, 3n);
    expect(toNumber(huge)).toBe(Number('333333333333333333333333333333.6666666'));
  });
});
