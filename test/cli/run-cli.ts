import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from 'vitest';

/** The built CLI, as a user runs it (build first: `npm run build`). */
export const bin = resolve('dist/cli/bin.js');
export const rules = 'rules/2021-changsha-furong.yaml';
export const data = 'examples/2021-07-furong.csv';

/** Runs the CLI in a Chinese locale (no --lang). */
export function cli(...args: string[]) {
  return cliWith({ LANG: 'zh_CN.UTF-8' }, ...args);
}

/** Runs the CLI with these environment variables (LC_ALL and LC_MESSAGES cleared first). */
export function cliWith(env: NodeJS.ProcessEnv, ...args: string[]) {
  return cliIn(process.cwd(), env, ...args);
}

export function cliIn(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]) {
  const base = { ...process.env, LC_ALL: '', LC_MESSAGES: '' };
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...base, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function noStackTrace(text: string) {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toContain('内部错误');
}
