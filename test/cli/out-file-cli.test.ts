import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliWith, data, noStackTrace, rules } from './run-cli.js';

const newDir = () => mkdtempSync(join(tmpdir(), 'rules-engine-out-'));

/**
 * A place nobody may create files in: a read-only folder for an ordinary
 * user; root writes anywhere on a normal file system, so there it is sysfs.
 */
function readOnlyTarget(): string | undefined {
  if (process.getuid?.() !== 0) {
    const dir = join(newDir(), 'read-only');
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    return join(dir, 'out.csv');
  }
  return process.platform === 'linux' && existsSync('/sys/kernel') ? '/sys/rules-engine-out.csv' : undefined;
}

describe('evaluate --out: a file that cannot be written', () => {
  it('reports a folder that does not exist as U704, exit 3, and creates nothing', () => {
    const dir = newDir();
    const out = join(dir, '没有的文件夹', '街道.csv');
    const { code, stdout, stderr } = cli('evaluate', '--rules', rules, data, '--format', 'csv', '--out', out);
    expect(code).toBe(3);
    expect(stderr).toContain(`错误 U704：无法写入 ${out}：所在的文件夹不存在\n`);
    expect(stdout).toBe('');
    noStackTrace(stderr);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports an existing folder as U704, exit 3, and leaves the folder as it was', () => {
    const dir = newDir();
    const folder = join(dir, 'results');
    mkdirSync(folder);
    const { code, stderr } = cli('evaluate', '--rules', rules, data, '--out', folder);
    expect(code).toBe(3);
    expect(stderr).toContain(`错误 U704：无法写入 ${folder}：这是一个文件夹\n`);
    noStackTrace(stderr);
    expect(statSync(folder).isDirectory()).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
    // No temporary file is left beside it.
    expect(readdirSync(dir)).toEqual(['results']);
  });

  it('reports a read-only place as U704 (EACCES), exit 3, in the chosen language', (context) => {
    const out = readOnlyTarget();
    if (!out) return context.skip();
    const { code, stderr } = cli('--lang', 'en', 'evaluate', '--rules', rules, data, '--out', out);
    expect(code).toBe(3);
    expect(stderr).toContain(`error U704: cannot write ${out}: permission denied\n`);
    noStackTrace(stderr);
    expect(existsSync(out)).toBe(false);
  });

  it('still prints the warnings of the run when the write fails', () => {
    const out = join(newDir(), 'missing', 'out.json');
    const { code, stderr } = cliWith({ LANG: 'en_US.UTF-8' }, 'evaluate', '--rules', rules, data, '--format', 'json', '--out', out);
    expect(code).toBe(3);
    expect(stderr).toContain('warning W421');
    expect(stderr).toContain(`error U704: cannot write ${out}: its folder does not exist\n`);
  });
});

describe('evaluate --out: the files being read', () => {
  it('refuses the data file, however it is spelled, with U705 and exit 3, before anything is written', () => {
    const before = readFileSync(data);
    const spelled = `./examples/../${data}`;
    const { code, stdout, stderr } = cli('evaluate', '--rules', rules, data, '--format', 'csv', '--out', spelled);
    expect(code).toBe(3);
    expect(stderr).toBe(`错误 U705：--out ${spelled} 是本次读取的文件，不能覆盖它\n`);
    expect(stdout).toBe('');
    expect(readFileSync(data).equals(before)).toBe(true);
  });

  it('refuses the rule file reached through a symbolic link, in English too', () => {
    const link = join(newDir(), 'link.yaml');
    symlinkSync(join(process.cwd(), rules), link);
    const before = readFileSync(rules);
    const { code, stderr } = cli('--lang', 'en', 'evaluate', '--rules', rules, data, '--out', link);
    expect(code).toBe(3);
    expect(stderr).toBe(`error U705: --out ${link} is one of the files being read; it will not be overwritten\n`);
    expect(readFileSync(rules).equals(before)).toBe(true);
  });

  it("treats --out '' as a usage error (U711) and -o - as standard output", () => {
    const empty = cli('evaluate', '--rules', rules, data, '--out', '');
    expect(empty.code).toBe(3);
    expect(empty.stderr).toBe('错误 U711：命令用法有误：--out 后面的文件名为空；要输出到屏幕，请省略 --out 或写 -o -\n');
    expect(empty.stdout).toBe('');

    const english = cli('--lang', 'en', 'evaluate', '--rules', rules, data, '--out=');
    expect(english.code).toBe(3);
    expect(english.stderr).toBe(
      'error U711: usage error: the file name after --out is empty; to print to the screen, leave out --out or write -o -\n',
    );

    const dash = cli('evaluate', '--rules', rules, data, '--format', 'csv', '-o', '-');
    expect(dash.code).toBe(0);
    expect(dash.stdout).toBe(cli('evaluate', '--rules', rules, data, '--format', 'csv').stdout);
    expect(dash.stdout.startsWith('类别,部门名称,排名,')).toBe(true);
    expect(dash.stderr).not.toContain('N603');
    expect(existsSync('-')).toBe(false);
  });
});

describe('evaluate --out: CSV for Excel', () => {
  it('starts a CSV file with a UTF-8 BOM; standard output and JSON files have none', () => {
    const dir = newDir();
    const out = join(dir, '结果.csv');
    const written = cli('evaluate', '--rules', rules, data, '--format', 'csv', '--out', out);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(`提示 N603：已写入 ${out}`);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const printed = cli('evaluate', '--rules', rules, data, '--format', 'csv');
    expect(printed.stdout.charCodeAt(0)).not.toBe(0xfeff);
    expect(bytes.toString('utf8')).toBe(`\uFEFF${printed.stdout}`);

    const json = join(dir, '结果.json');
    expect(cli('evaluate', '--rules', rules, data, '--format', 'json', '--out', json).code).toBe(0);
    expect(readFileSync(json, 'utf8').startsWith('{')).toBe(true);
  });
});
