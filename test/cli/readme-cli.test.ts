import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

describe('the README', () => {
  it('shows what the main job really prints', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## What the main job prints'));
    const shown = section.slice(section.indexOf('```\n') + 4, section.indexOf('\n```', section.indexOf('```\n') + 4));
    let stdout = '';
    const code = await run(['--lang', 'zh', 'evaluate', '--rules', 'rules/2021-changsha-furong.yaml', 'examples/2021-07-furong.csv'], {
      out: (t) => (stdout += t),
      err: () => undefined,
    });
    expect(code).toBe(0);
    // The README shows the start of the output (the 街道 table), line for line.
    expect(stdout.startsWith(`${shown}\n`)).toBe(true);
  });
});
