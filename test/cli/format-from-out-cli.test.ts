import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

const rules = 'rules/2021-changsha-furong.yaml';
const data = 'examples/2021-07-furong.csv';

async function cli(...args: string[]) {
  let stderr = '';
  const code = await run(['--lang', 'zh', ...args], { out: () => undefined, err: (t) => (stderr += t) });
  return { code, stderr };
}

describe('the output format follows --out when --format is not given', () => {
  it('writes CSV to a .csv file and JSON to a .json file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-engine-format-'));
    expect((await cli('evaluate', '-r', rules, data, '-o', join(dir, 'a.csv'))).code).toBe(0);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8').startsWith('\uFEFF类别,部门名称,排名,')).toBe(true);
    expect((await cli('evaluate', '-r', rules, data, '-o', join(dir, 'a.json'))).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')).groups).toHaveLength(2);
  });

  it('refuses a --format that contradicts the file name, writing nothing (U717)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-engine-format-'));
    const evaluate = await cli('evaluate', '-r', rules, data, '-f', 'json', '-o', join(dir, 'a.csv'));
    expect(evaluate.code).toBe(3);
    expect(evaluate.stderr).toContain(`错误 U717：--format json 与文件名 ${join(dir, 'a.csv')} 的扩展名不一致`);
    const report = await cli('report', '-r', rules, data, '-f', 'md', '-o', join(dir, 'r.xlsx'));
    expect(report.code).toBe(3);
    expect(existsSync(join(dir, 'a.csv')) || existsSync(join(dir, 'r.xlsx'))).toBe(false);
  });
});
