import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The built CLI, as a user runs it (npm test builds first).
const bin = 'dist/cli/bin.js';
const rules = 'rules/2021-changsha-furong.yaml';
const data = 'examples/2021-07-furong.csv';

function cli(...args: string[]) {
  return cliWith({ LANG: 'zh_CN.UTF-8' }, ...args);
}

function cliWith(env: NodeJS.ProcessEnv, ...args: string[]) {
  const base = { ...process.env, LC_ALL: '', LC_MESSAGES: '' };
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...base, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function noStackTrace(text: string) {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('rules-engine evaluate', () => {
  it('prints each group as a ranking table with the item deductions and totals', () => {
    const { code, stdout } = cli('evaluate', '--rules', rules, data);
    expect(code).toBe(0);
    expect(stdout).toContain('【街道】');
    expect(stdout).toContain('【区直部门】');
    const line = stdout.split('\n').find((l) => l.includes('马坡岭街道办事处') && !l.includes('·'))!;
    expect(line.trim().split(/\s+/)).toEqual(['13', '马坡岭街道办事处', '0.1', '3.8', '0', '0', '0', '0', '2.4', '0.2', '63.5']);
  });

  it('gives the same results as JSON with exact decimal strings', () => {
    const { code, stdout } = cli('evaluate', '--rules', rules, data, '--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    const departments = doc.groups.find((g: { group: string }) => g.group === '区直部门');
    const hr = departments.ranked.find((u: { unit: string }) => u.unit === '人力资源和社会保障局');
    expect(hr.rank).toBe(33);
    expect(hr.total).toBe('62.6');
    expect(departments.ranked).toHaveLength(34);
  });

  it('limits output to one group and writes CSV to a file with --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-engine-'));
    const out = join(dir, '街道.csv');
    const { code } = cli('evaluate', '--rules', rules, data, '--group', '街道', '--format', 'csv', '--out', out);
    expect(code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true); // for Excel
    const lines = text.slice(1).trimEnd().split('\n');
    expect(lines).toHaveLength(15);
    expect(lines[0]).toBe('类别,部门名称,排名,签收扣分,按时办结扣分,延期办理扣分,重复交办扣分,退单驳回扣分,发回重办扣分,回访满意度扣分,其他扣分,总分,其他原因,未参与排名原因');
    expect(lines[5]).toContain('火星街道办事处,5,');
  });

  it('is byte-for-byte repeatable', () => {
    const first = cli('evaluate', '--rules', rules, data, '--format', 'csv');
    const second = cli('evaluate', '--rules', rules, data, '--format', 'csv');
    expect(first.stdout).toBe(second.stdout);
  });

  it('reports a rule-file mistake with its position and exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-engine-'));
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, readFileSync(rules, 'utf8').replace('回访满意数 / 回访工单总数', '回访满意数 / 回访工单总量'));
    const { code, stderr } = cli('evaluate', '--rules', broken, data);
    expect(code).toBe(1);
    expect(stderr).toContain(`${broken}:76:17 错误 E301：未知名称“回访工单总量”`);
    expect(stderr).toContain('是否应为“回访工单总数”？');
    noStackTrace(stderr);
  });

  it('reports a bad cell with its row and column, exit code 2, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-engine-'));
    const bad = join(dir, 'bad.csv');
    const out = join(dir, 'out.csv');
    writeFileSync(bad, readFileSync(data, 'utf8').replace('街道,东湖街道办事处,64,', '街道,东湖街道办事处,六十四,'));
    const { code, stderr } = cli('evaluate', '--rules', rules, bad, '--out', out);
    expect(code).toBe(2);
    expect(stderr).toContain(`${bad} 第 4 行，列“签收总数” 错误 E403`);
    expect(stderr).toContain('实为：“六十四”');
    expect(existsSync(out)).toBe(false);
    noStackTrace(stderr);
  });

  it('exits 3 on a usage mistake and 0 for --help', () => {
    expect(cli('evaluate', data).code).toBe(3);
    expect(cli('evaluate', '--rules', rules, data, '--group', '乡镇').code).toBe(3);
    const help = cli('evaluate', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--format');
  });

  it('speaks English with --lang en or an English locale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-engine-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, readFileSync(data, 'utf8').replace('街道,东湖街道办事处,64,', '街道,东湖街道办事处,-64,'));
    const expected = [
      `${bad} row 4, column "签收总数" error E403: value not understood`,
      '    expected: a whole number, 0 or more (cannot be missing)',
      '    found: "-64"',
    ].join('\n');
    expect(cli('--lang', 'en', 'evaluate', '--rules', rules, bad).stderr).toContain(expected);
    expect(cliWith({ LANG: 'en_US.UTF-8' }, 'evaluate', '--rules', rules, bad).stderr).toContain(expected);
    expect(cli('--lang', 'fr', 'check', rules).code).toBe(3);
  });
});
