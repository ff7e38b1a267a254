import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics, MAX_PRINTED_DIAGNOSTICS } from '../../src/cli/print-diagnostics.js';
import { diagnostic, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { cli, data, noStackTrace, rules } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rules-engine-terminal-'));
const example = readFileSync(data, 'utf8');

/** The head line of each printed diagnostic: [code, the rest]. */
function heads(stderr: string): string[] {
  return stderr.split('\n').filter((line) => /(错误|警告|提示|error|warning|note) [EWNU]\d{3}[：:]/.test(line));
}

describe('at most 50 diagnostics a run', () => {
  it('prints the first 50 of 20,000 bad rows, then N605 with the total; the exit code stays 2', () => {
    const [header, first] = example.split('\n');
    const cells = first!.split(',');
    const rows = Array.from({ length: 20_000 }, (_, i) => [cells[0], `单位${i}`, '六十四', ...cells.slice(3)].join(','));
    const many = join(dir, 'many.csv');
    writeFileSync(many, `${[header, ...rows].join('\n')}\n`);

    const { code, stderr } = cli('evaluate', '--rules', rules, many);
    expect(code).toBe(2);
    noStackTrace(stderr);
    const printed = heads(stderr);
    expect(MAX_PRINTED_DIAGNOSTICS).toBe(50);
    expect(printed).toHaveLength(51);
    expect(printed[0]).toBe(`${many} 第 2 行，列“签收总数” 错误 E403：数值写法不对`);
    expect(printed[49]).toBe(`${many} 第 51 行，列“签收总数” 错误 E403：数值写法不对`);
    expect(printed[50]).toBe('提示 N605：共 20000 条，只列出前 50 条');
    expect(stderr.endsWith('提示 N605：共 20000 条，只列出前 50 条\n')).toBe(true);

    const en = cli('--lang', 'en', 'evaluate', '--rules', rules, many);
    expect(en.code).toBe(2);
    expect(en.stderr.endsWith('note N605: 20000 in all; only the first 50 are listed\n')).toBe(true);
  });

  it('shows errors first, in position order, then warnings, and always the notes', () => {
    const at = (row: number) => ({ cell: { file: 'd.csv', row, column: '签收总数' } });
    const warnings: Diagnostic[] = Array.from({ length: 40 }, (_, i) =>
      diagnostic('W421', { unit: `w${i}`, column: '按时办结率', written: '1%', computed: '2%' }, at(2 + i), 'warning'),
    );
    const errors: Diagnostic[] = Array.from({ length: 30 }, (_, i) => diagnostic('E418', {}, at(79 - i)));
    const blank = diagnostic('N601', { count: 3 }, {}, 'note');
    const printed = heads(formatDiagnostics([blank, ...warnings, ...errors], 'zh'));
    expect(printed).toHaveLength(52);
    expect(printed[0]).toBe('d.csv 第 50 行，列“签收总数” 错误 E418：单位名称为空');
    expect(printed[29]).toBe('d.csv 第 79 行，列“签收总数” 错误 E418：单位名称为空');
    expect(printed[30]).toBe('d.csv 第 2 行，列“签收总数” 警告 W421：单位“w0”的“按时办结率”与计算值不符');
    expect(printed[49]).toBe('d.csv 第 21 行，列“签收总数” 警告 W421：单位“w19”的“按时办结率”与计算值不符');
    expect(printed[50]).toBe('提示 N605：共 70 条，只列出前 50 条');
    expect(printed[51]).toBe('提示 N601：跳过了 3 个空行');
  });

  it('prints 50 or fewer as they are, without N605', () => {
    const list = Array.from({ length: 50 }, (_, i) => diagnostic('E418', {}, { cell: { file: 'd.csv', row: i + 2 } }));
    const text = formatDiagnostics(list, 'en');
    expect(heads(text)).toHaveLength(50);
    expect(text).not.toContain('N605');
  });
});

describe('line breaks and tabs in the table', () => {
  const withBreaks = join(dir, 'breaks.csv');
  writeFileSync(
    withBreaks,
    example.replace('街道,东湖街道办事处,', '街道,"东湖街道\r\n办事处",').replace('街道,火星街道办事处,', '街道,"火星街道\t办事处",'),
  );

  it('shows them as a space in the table, so every row keeps its place', () => {
    const { code, stdout } = cli('evaluate', '--rules', rules, withBreaks, '--group', '街道');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const header = lines.findIndex((l) => l.startsWith('排名'));
    const table = lines.slice(header, header + 15);
    expect(table[14]).toContain('隆平高科技园管理委员会');
    for (const row of table) expect(stringWidth(row)).toBe(stringWidth(table[0]!));
    expect(table.find((l) => l.includes('东湖街道'))).toBe('   1  东湖街道 办事处            0         0         0         0         0         0           0         0    70');
    expect(stdout).toContain('\n  火星街道 办事处 · 其他扣分 0.2：');
    expect(stdout).not.toMatch(/\t/);
  });

  it('keeps the exact text in csv and json', () => {
    const csv = cli('evaluate', '--rules', rules, withBreaks, '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('街道,"东湖街道\r\n办事处",1,');
    expect(csv.stdout).toContain('街道,火星街道\t办事处,5,');
    const json = cli('evaluate', '--rules', rules, withBreaks, '--format', 'json');
    const units = JSON.parse(json.stdout).groups[0].ranked.map((u: { unit: string }) => u.unit);
    expect(units).toContain('东湖街道\r\n办事处');
    expect(units).toContain('火星街道\t办事处');
  });
});
