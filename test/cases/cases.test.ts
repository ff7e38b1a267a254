/**
 * Broken rule files and data files as data. Each folder under test/cases/
 * holds a `case.yaml`, and a `rules.yaml` and/or `data.csv` (whichever is
 * absent is the bundled Furong one). `case.yaml` says what must come out:
 *
 *   exit: 1                       # the CLI's exit code
 *   diagnostics:                  # every diagnostic, in the order printed
 *     - code: E301
 *       at: rules.yaml:74:17      # file:line:column, or data.csv 第 N 行，列“X”
 *       message: 未知名称“回访工单总量”
 *
 * The CLI runs in-process with `check` when there is no data.csv, else
 * `evaluate`; it must never print a stack trace.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli/main.js';

interface ExpectedDiagnostic {
  code: string;
  at: string;
  message: string;
}

interface CaseSpec {
  exit: number;
  diagnostics: ExpectedDiagnostic[];
}

const root = 'test/cases';
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

async function runCli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(['--lang', 'zh', ...args], { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** The header line of each printed diagnostic: "where 错误 CODE：message". */
function printedHeads(stderr: string, dir: string): ExpectedDiagnostic[] {
  const heads: ExpectedDiagnostic[] = [];
  for (const line of stderr.split('\n')) {
    const m = /^(.*?) ?(?:错误|警告|提示) ([EWNU]\d{3})：(.*)$/.exec(line);
    if (m) heads.push({ at: m[1]!.replaceAll(`${dir}/`, ''), code: m[2]!, message: m[3]! });
  }
  return heads;
}

describe('broken rule and data files', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%s', async (name) => {
    const dir = join(root, name);
    const spec = parse(readFileSync(join(dir, 'case.yaml'), 'utf8')) as CaseSpec;
    const rules = existsSync(join(dir, 'rules.yaml')) ? join(dir, 'rules.yaml') : 'rules/2021-changsha-furong.yaml';
    const data = existsSync(join(dir, 'data.csv')) ? join(dir, 'data.csv') : undefined;
    const args = data ? ['evaluate', '--rules', rules, data] : ['check', rules];

    const { code, stderr } = await runCli(args);

    expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(printedHeads(stderr, dir)).toEqual(spec.diagnostics);
    expect(code).toBe(spec.exit);
  });
});

