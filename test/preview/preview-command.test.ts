import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { previewCommand } from '../../src/cli/preview-command.js';

const entry = 'test/preview/support/preview-entry.ts';

describe('preview needs a terminal', () => {
  it('says so (U720) and exits 3 when standard output is not a terminal', () => {
    const zh = spawnSync(process.execPath, ['--import', 'tsx', entry, 'rules/2021-changsha-furong.yaml', 'examples/2021-07-furong.csv'], {
      encoding: 'utf8',
    });
    expect(zh.status).toBe(3);
    expect(zh.stdout).toBe('');
    expect(zh.stderr).toBe('错误 U720：preview 需要在终端中运行：标准输出不是终端\n    要把排名写入文件或交给其他程序，请用 rules-engine evaluate\n');

    const en = spawnSync(process.execPath, ['--import', 'tsx', entry, 'rules/2021-changsha-furong.yaml', 'examples/2021-07-furong.csv', 'en'], {
      encoding: 'utf8',
    });
    expect(en.status).toBe(3);
    expect(en.stderr).toBe(
      'error U720: preview needs a terminal: standard output is not a terminal\n    to write the ranking to a file or another program, use rules-engine evaluate\n',
    );
  });
});

describe('previewCommand', () => {
  const captured = () => {
    const text = { out: '', err: '' };
    return { text, output: { out: (t: string) => void (text.out += t), err: (t: string) => void (text.err += t) } };
  };
  const streams = (stdoutTTY: boolean, stdinTTY: boolean) =>
    ({ stdout: { isTTY: stdoutTTY }, stdin: { isTTY: stdinTTY }, stderr: { isTTY: stdoutTTY } }) as unknown as Parameters<typeof previewCommand>[2];
  const options = { rules: 'rules/2021-changsha-furong.yaml', data: 'examples/2021-07-furong.csv', lang: 'zh' as const };

  it('needs keys from a terminal too (U721)', async () => {
    const { text, output } = captured();
    expect(await previewCommand(options, output, streams(true, false))).toBe(3);
    expect(text.err).toBe('错误 U721：preview 需要从终端读取按键：标准输入不是终端\n');
    expect(text.out).toBe('');
  });

  it('reports an option that does not fit the data file and exits 3 without drawing', async () => {
    const { text, output } = captured();
    expect(await previewCommand({ ...options, sheet: '第一页' }, output, streams(true, true))).toBe(3);
    expect(text.err).toBe('错误 U703：--sheet 不适用于 examples/2021-07-furong.csv\n    --sheet 只用于 XLSX 文件\n');
  });
});
