/**
 * How soon the preview shows the new ranking after a save, with 5,000
 * synthetic units: the time from writing the rule file (a changed number)
 * to the new frame on a fake 120x40 terminal, through the real watcher
 * (chokidar, 150 ms settle), scoreFiles and Ink.
 * Usage: node --import tsx bench/preview.ts [units] [saves]   (default 5000 10)
 * Prints the median and the maximum, and where the time goes; asserts nothing.
 */
import { EventEmitter } from 'node:events';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const units = Number(process.argv[2] ?? 5000);
const saves = Number(process.argv[3] ?? 10);

// Ink draws only the last frame when it believes it runs under CI.
for (const name of Object.keys(process.env)) if (name === 'CI' || name.startsWith('CI_') || name === 'CONTINUOUS_INTEGRATION') delete process.env[name];
// As preview-command.ts does before it loads the screen.
process.env.NODE_ENV ??= 'production';
// React and Ink must load after this, or React and its renderer disagree.
const { createElement } = await import('react');
const { render } = await import('ink');
const { PreviewApp } = await import('../src/preview/PreviewApp.js');
const { PreviewSession } = await import('../src/preview/preview-session.js');
const { syntheticCsv } = await import('./synthetic-units.js');

/** A terminal for Ink to draw on: records when each frame is written. */
class FakeStdout extends EventEmitter {
  readonly columns = 120;
  readonly rows = 40;
  readonly isTTY = true;
  frames: { at: number; text: string }[] = [];
  write(text: string): boolean {
    this.frames.push({ at: performance.now(), text });
    return true;
  }
}

/** Keys are not pressed here; Ink only needs a readable terminal to attach to. */
class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  setRawMode() {}
  setEncoding() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read() {
    return null;
  }
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;
const pause = (t: number) => new Promise((resolve) => setTimeout(resolve, t));

const dir = mkdtempSync(join(tmpdir(), 'rules-engine-bench-preview-'));
const rules = join(dir, 'rules.yaml');
const data = join(dir, 'data.csv');
copyFileSync('rules/2021-changsha-furong.yaml', rules);
writeFileSync(data, syntheticCsv(units));
const ruleText = readFileSync(rules, 'utf8');
const satisfaction = '若缺失(满意度档次, 0) × 0.2';
if (!ruleText.includes(satisfaction)) throw new Error('the rule file no longer has the 回访满意度 formula the bench edits');

const session = new PreviewSession({ rules, data, lang: 'zh' });

const startedAt = performance.now();
await session.startWatching();
await session.reload();
if (session.getState().problem) throw new Error(session.getState().problem!.text);
const stdout = new FakeStdout();
const stdin = new FakeStdin();
const app = render(createElement(PreviewApp, { session, lang: 'zh' }), {
  stdout: stdout as unknown as NodeJS.WriteStream,
  stdin: stdin as unknown as NodeJS.ReadStream,
  stderr: stdout as unknown as NodeJS.WriteStream,
  patchConsole: false,
  exitOnCtrlC: false,
});
const firstFrame = performance.now() - startedAt;

/** Waits for a frame written after `since` that shows `text`. */
async function frameShowing(text: string, since: number, timeoutMs = 20_000): Promise<number> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const frame = stdout.frames.find((f) => f.at >= since && f.text.includes(text));
    if (frame) return frame.at;
    if (performance.now() > end) throw new Error(`no frame with "${text}" within ${timeoutMs} ms; the last:\n${stdout.frames.at(-1)?.text ?? "(none)"}`);
    await pause(2);
  }
}

await frameShowing('第 1 版', 0);
await pause(500);
const totals: number[] = [];
const settles: number[] = [];
const loads: number[] = [];
const draws: number[] = [];
for (let i = 1; i <= saves; i += 1) {
  // A changed number: 0.21, 0.22, … per tier.
  const changed = ruleText.replace(satisfaction, `若缺失(满意度档次, 0) × 0.2${i}`);
  const saved = performance.now();
  writeFileSync(rules, changed);
  const shown = await frameShowing(`第 ${i + 1} 版`, saved);
  const { loadStartedAt = saved, loadMs = 0 } = session.getState();
  totals.push(shown - saved);
  settles.push(loadStartedAt - saved);
  loads.push(loadMs);
  draws.push(shown - loadStartedAt - loadMs);
  await pause(400);
}
app.unmount();
await session.close();
rmSync(dir, { recursive: true, force: true });

const group = session.getState().version?.groups[0];
console.log(`preview: ${units} units (${group?.rows.length ?? 0} in ${group?.group ?? ''}), ${saves} saves of the rule file, 120x40 frame`);
console.log(`  first frame (read, score, draw):  ${ms(firstFrame)}`);
console.log(`  save → new frame:                 median ${ms(median(totals))}, max ${ms(Math.max(...totals))}`);
console.log(`    file event + settle (150 ms):   median ${ms(median(settles))}, max ${ms(Math.max(...settles))}`);
console.log(`    read + score (scoreFiles):      median ${ms(median(loads))}, max ${ms(Math.max(...loads))}`);
console.log(`    compare + draw the new frame:   median ${ms(median(draws))}, max ${ms(Math.max(...draws))}`);
