import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportTables } from '../../src/engine/report-tables.js';
import { inline, renderMarkdownReport } from '../../src/render/markdown-report.js';
import { awkwardEvaluation, cli, data, markdownTable, newDir, noStackTrace, rules, shortSha256 } from './support.js';

const run = cli('report', '--rules', rules, data, '--format', 'md');
const markdown = run.stdout;

describe('report --format md on the Furong example', () => {
  it('prints Markdown on standard output with exit code 0, and the run warning on standard error', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('警告 W421');
    noStackTrace(run.stderr);
  });

  it('starts with the rule title and the provenance: both files, their sha256 prefixes and the unit count', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# 芙蓉区12345政务热线成员单位工单办理主要考核指标综合得分（2021-07）');
    expect(lines.slice(2, 8)).toEqual([
      '- 规则：芙蓉区12345政务热线成员单位工单办理主要考核指标综合得分（2021-07）',
      '- 规则文件：rules/2021-changsha-furong.yaml',
      `- 规则文件 sha256：${shortSha256(rules)}`,
      '- 数据文件：examples/2021-07-furong.csv',
      '- 单位数：48',
      `- 数据文件 sha256：${shortSha256(data)}`,
    ]);
  });

  it('has the four sections of the rule file, in its order', () => {
    const headings = markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## 12345政务热线工作完成度较好单位',
      '## 满意度低于97%的单位',
      '## 芙蓉区12345政务热线成员单位工单办理主要考核指标综合得分排行榜 一、街道',
      '## 芙蓉区12345政务热线成员单位工单办理主要考核指标综合得分排行榜 二、区直部门',
    ]);
    expect(markdown).toContain('## 12345政务热线工作完成度较好单位\n\n总分 70 分满分、满意度 100%、工单签收数 30 件以上\n\n| 单位 |');
  });

  it('lists the 9 units that did well, by tickets signed, highest first', () => {
    const [header, align, ...rows] = markdownTable(markdown, '12345政务热线工作完成度较好单位');
    expect(header).toEqual(['单位', '类别', '签收总数']);
    expect(align).toEqual(['---', '---', '---:']);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual(['医疗保障局', '区直部门', '144']);
    expect(rows[8]).toEqual(['五里牌街道办事处', '街道', '35']);
    const signed = rows.map((r) => Number(r[2]));
    expect([...signed].sort((a, b) => b - a)).toEqual(signed);
  });

  it('lists the 5 units under 97% satisfaction, lowest first, with exact counts and rates', () => {
    const [header, align, ...rows] = markdownTable(markdown, '满意度低于97%的单位');
    expect(header).toEqual(['单位', '签收工单数', '回访工单数', '不满意工单数', '回访满意率']);
    expect(align).toEqual(['---', '---:', '---:', '---:', '---:']);
    expect(rows).toEqual([
      ['交通运输局', '6', '5', '1', '80.00%'],
      ['自然资源和规划分局', '10', '9', '1', '88.89%'],
      ['马坡岭街道办事处', '108', '104', '6', '94.23%'],
      ['荷花园街道办事处', '124', '114', '5', '95.61%'],
      ['马王堆街道办事处', '91', '96', '4', '95.83%'],
    ]);
  });

  it('has both appendix tables in rank order: 14 street offices and 34 departments', () => {
    const streets = markdownTable(markdown, '芙蓉区12345政务热线成员单位工单办理主要考核指标综合得分排行榜 一、街道').slice(2);
    const departments = markdownTable(markdown, '芙蓉区12345政务热线成员单位工单办理主要考核指标综合得分排行榜 二、区直部门').slice(2);
    expect(streets).toHaveLength(14);
    expect(departments).toHaveLength(34);
    expect(streets[12]).toEqual([
      '马坡岭街道办事处', '108', '0', '1', '0', '110', '2', '98.18%', '0', '0', '104', '98', '94.23%', '0.00%', '0.00%', '63.5', '13',
    ]);
    expect(departments.find((r) => r[0] === '人力资源和社会保障局')!.slice(-2)).toEqual(['62.6', '33']);
  });

  it('writes the same document to --out, whole, and says so', () => {
    const dir = newDir();
    const out = join(dir, '报告.md');
    const written = cli('report', '--rules', rules, data, '--out', out);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toContain(`提示 N603：已写入 ${out}`);
    expect(readFileSync(out, 'utf8')).toBe(markdown);
  });
});

describe('report: the command line', () => {
  it('is listed in --help, and needs --rules (U706, exit 3)', () => {
    expect(cli('--help').stdout).toMatch(/\n {2}report \[options\] <数据文件>/);
    const missing = cli('report', data);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('错误 U706：缺少必需的选项 -r, --rules <规则文件>');
  });

  it('rejects a format it does not write (U709, exit 3)', () => {
    const { code, stderr } = cli('report', '--rules', rules, data, '--format', 'pdf');
    expect(code).toBe(3);
    expect(stderr).toContain('错误 U709：选项 -f, --format <格式> 不能取“pdf”');
    expect(stderr).toContain('可取：md、xlsx、html');
  });
});

describe('Markdown escaping', () => {
  it('escapes | and other markup in cells, titles and notes, and keeps each cell on its line', () => {
    expect(inline('甲|乙')).toBe('甲\\|乙');
    expect(inline('a\\|b')).toBe('a\\\\\\|b');
    expect(inline('一行\n两行\r\n三行')).toBe('一行 两行 三行');
    expect(inline('<b>*粗*</b>')).toBe('\\<b\\>\\*粗\\*\\</b\\>');

    const evaluation = awkwardEvaluation();
    const text = renderMarkdownReport(evaluation, reportTables(evaluation));
    expect(text).toContain('## 标题 \\| \\<b\\>粗\\</b\\> \\& "引号"\n\n说明 \\| \\*注\\*\n');
    const rows = markdownTable(text, '标题 \\| \\<b\\>粗\\</b\\> \\& "引号"');
    expect(rows[0]).toEqual(['单位', '件数', '总分']);
    expect(rows.slice(2)).toEqual([
      ['甲\\|乙', '1', '9.5'],
      ['\\<script\\>alert(1)\\</script\\>', '2', '9'],
      ['A\\&B "q" \'x\'', '3', '8.5'],
    ]);
    // The empty section still shows its columns, and says it is empty.
    expect(text.trimEnd().endsWith('| 单位 |\n| --- |\n\n（无符合条件的单位）')).toBe(true);
  });
});
