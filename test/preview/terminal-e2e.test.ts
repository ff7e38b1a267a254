import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { edit, furongCopy } from './support/open-preview.js';

/**
 * The preview in a real terminal: tmux, 120x40, on a server of its own
 * (a socket in the test's folder). tmux must be installed; without it this
 * test fails (apt-get install tmux).
 */
// The real CLI, as a user runs it (npm test builds dist/ first).
const bin = resolve('dist/cli/bin.js');
let socket: string | undefined;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-u', '-S', socket!, ...args], { encoding: 'utf8' });
}

function screen(): string {
  return tmux('capture-pane', '-p', '-t', 'preview');
}

async function waitForScreen(what: string, test: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const text = screen();
    if (test(text)) return text;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; the screen:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A unit's table row on the screen, as words: rank, movement, name, total, change. */
function row(text: string, unit: string): string[] | undefined {
  const line = text.split('\n').find((l) => l.includes(` ${unit} `));
  return line?.split('│')[0]!.slice(2).trim().split(/\s+/);
}

afterEach(() => {
  if (socket && existsSync(socket)) spawnSync('tmux', ['-S', socket, 'kill-server']);
  socket = undefined;
});

describe('rules-engine preview in a terminal', () => {
  it('re-ranks on save, shows a broken file’s errors over the last ranking, and quits on q', async () => {
    const { dir, rules, data } = furongCopy();
    const exitFile = start(dir, rules, data);

    let text = await waitForScreen('the first ranking', (t) => row(t, '马坡岭街道办事处')?.join(' ') === '13 马坡岭街道办事处 63.5');
    expect(text).toContain('[街道 14]');
    expect(row(text, '定王台街道办事处')).toEqual(['8', '定王台街道办事处', '68.4']);

    // Save as editors do: write a temporary file and rename it over the rule file.
    const temporary = join(dir, '.rules.yaml.swp');
    writeFileSync(temporary, readFileSync(rules, 'utf8').replace('若缺失(满意度档次, 0) × 0.2', '若缺失(满意度档次, 0) × 0.3'));
    renameSync(temporary, rules);
    text = await waitForScreen('定王台 down one place', (t) => row(t, '定王台街道办事处')?.join(' ') === '9 ▼1 定王台街道办事处 67.6 −0.8');
    expect(row(text, '马坡岭街道办事处')).toEqual(['13', '马坡岭街道办事处', '62.3', '−1.2']);

    // A save that breaks the file (written in place this time).
    edit(rules, '公式: 回访满意数 / 回访工单总数', '公式: 回访满意数 / 回访工单总量');
    text = await waitForScreen('the error', (t) => t.includes(`${rules}:76:17`));
    expect(text).toContain('E301');
    expect(text).toContain('76 │     公式: 回访满意数 / 回访工单总量');
    expect(text).toContain('规则文件有误');
    expect(row(text, '定王台街道办事处')).toEqual(['9', '▼1', '定王台街道办事处', '67.6', '−0.8']);

    tmux('send-keys', '-t', 'preview', 'q');
    expect(await exitCode(exitFile)).toBe('0');
    // The terminal is back as it was: the alternate screen is gone.
    expect(screen()).not.toContain('马坡岭街道办事处');
  }, 40_000);

  it('quits on Ctrl-C too', async () => {
    const { dir, rules, data } = furongCopy();
    const exitFile = start(dir, rules, data);
    await waitForScreen('the first ranking', (t) => t.includes('马坡岭街道办事处'));
    tmux('send-keys', '-t', 'preview', 'C-c');
    expect(await exitCode(exitFile)).toBe('0');
    expect(screen()).not.toContain('马坡岭街道办事处');
  }, 40_000);
});

/** Starts the preview in a new tmux server; returns the file its exit code will be written to. */
function start(dir: string, rules: string, data: string): string {
  const version = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  expect(version.error, 'tmux is not installed: apt-get install tmux').toBeUndefined();
  expect(version.status).toBe(0);
  socket = join(dir, 'tmux.sock');
  const exitFile = join(dir, 'exit-code');
  // A clean environment: Ink draws nothing until it exits when it thinks it runs under CI.
  const command = [
    'env -i',
    `PATH='${process.env.PATH}'`,
    `HOME='${process.env.HOME ?? dir}'`,
    'TERM=xterm-256color LANG=C.UTF-8',
    `'${process.execPath}' '${bin}' preview --rules '${rules}' '${data}';`,
    `echo $? > '${exitFile}'; sleep 60`,
  ].join(' ');
  tmux('new-session', '-d', '-s', 'preview', '-x', '120', '-y', '40', '-c', process.cwd(), command);
  return exitFile;
}

/** The preview's exit code, once it has exited (at most 10 s). */
async function exitCode(exitFile: string): Promise<string> {
  const end = Date.now() + 10_000;
  while (!existsSync(exitFile) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  return existsSync(exitFile) ? readFileSync(exitFile, 'utf8').trim() : 'still running after 10 s';
}
