import { mkdtempSync, renameSync, writeFileSync, openSync, writeSync, closeSync, ftruncateSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchFiles, type FileWatch } from '../../src/preview/watch-files.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let watch: FileWatch | undefined;
afterEach(async () => {
  await watch?.close();
  watch = undefined;
});

async function watched() {
  const dir = mkdtempSync(join(tmpdir(), 'rules-engine-watch-'));
  const file = join(dir, 'rules.yaml');
  writeFileSync(file, 'a\n');
  const changes: number[] = [];
  watch = watchFiles([file], () => changes.push(Date.now()), 150);
  await watch.ready;
  return { dir, file, changes };
}

async function until(test: () => boolean, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await pause(20);
  }
}

describe('watching the files', () => {
  it('coalesces the steps of one save (truncate, write, write again) into one change', async () => {
    const { file, changes } = await watched();
    const fd = openSync(file, 'r+');
    ftruncateSync(fd, 0);
    await pause(20);
    writeSync(fd, 'b\n');
    await pause(20);
    writeSync(fd, 'c\n');
    closeSync(fd);
    await until(() => changes.length > 0);
    await pause(400);
    expect(changes).toHaveLength(1);
  });

  it('keeps following a file that a save replaces by rename', async () => {
    const { dir, file, changes } = await watched();
    const temporary = join(dir, '.rules.yaml.tmp');
    writeFileSync(temporary, 'b\n');
    renameSync(temporary, file);
    await until(() => changes.length === 1);
    // A second atomic save, then a plain write: a watch on the old file would see neither.
    writeFileSync(temporary, 'c\n');
    renameSync(temporary, file);
    await until(() => changes.length === 2);
    writeFileSync(file, 'd\n');
    await until(() => changes.length === 3);
  });

  it('sees the file again after a save that moves the old one away first', async () => {
    const { file, changes } = await watched();
    renameSync(file, `${file}~`);
    writeFileSync(file, 'b\n');
    await until(() => changes.length === 1);
    writeFileSync(file, 'c\n');
    await until(() => changes.length === 2);
  });

  it('keeps seeing a file that was deleted and put back, and its later saves', async () => {
    const { file, changes } = await watched();
    unlinkSync(file);
    await until(() => changes.length === 1);
    await pause(1000);
    writeFileSync(file, 'restored\n');
    await until(() => changes.length === 2);
    await pause(300);
    writeFileSync(file, 'edited after\n');
    await until(() => changes.length === 3);
  });

  it('ignores other files in the same folder', async () => {
    const { dir, changes } = await watched();
    writeFileSync(join(dir, 'other.txt'), 'x\n');
    await pause(500);
    expect(changes).toHaveLength(0);
  });
});

