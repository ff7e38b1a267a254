import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Every module a run of load-commands.ts loads, as file paths. */
function modulesLoaded(...args: string[]): { codes: number[]; paths: string[] } {
  const record = join(mkdtempSync(join(tmpdir(), 'rules-engine-loads-')), 'loaded.txt');
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', './test/preview/support/record-loads.mjs', 'test/preview/support/load-commands.ts', ...args],
    { encoding: 'utf8', env: { ...process.env, LOADED_MODULES_FILE: record } },
  );
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  const { codes, commonjs } = JSON.parse(child.stdout) as { codes: number[]; commonjs: string[] };
  const esm = readFileSync(record, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url));
  return { codes, paths: [...esm, ...commonjs] };
}

const inkOrReact = (path: string) => path.includes('/ink/') || path.includes('/react/') || path.includes('/src/preview/');

describe('Ink and React are loaded only by the preview', () => {
  it('evaluate and check load neither', () => {
    const { codes, paths } = modulesLoaded();
    expect(codes).toEqual([0, 0]);
    expect(paths.some((p) => p.includes('/src/cli/main.ts'))).toBe(true);
    expect(paths.some((p) => p.includes('/src/cli/preview-command.ts'))).toBe(true);
    expect(paths.filter(inkOrReact)).toEqual([]);
  });

  it('the check sees them when the preview is loaded', () => {
    const { paths } = modulesLoaded('--preview');
    expect(paths.some((p) => p.includes('/node_modules/ink/'))).toBe(true);
    expect(paths.some((p) => p.includes('/node_modules/react/'))).toBe(true);
  });
});
