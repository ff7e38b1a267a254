import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { PreviewApp } from '../../../src/preview/PreviewApp.js';
import { PreviewSession } from '../../../src/preview/preview-session.js';
import type { Lang } from '../../../src/diagnostics/diagnostic.js';

export const furongRules = 'rules/2021-changsha-furong.yaml';
export const furongData = 'examples/2021-07-furong.csv';

/** Copies of the Furong rule file and data in a fresh folder, to edit. */
export function furongCopy(): { dir: string; rules: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rules-engine-preview-'));
  const rules = join(dir, 'rules.yaml');
  const data = join(dir, 'data.csv');
  copyFileSync(furongRules, rules);
  copyFileSync(furongData, data);
  return { dir, rules, data };
}

/** Replaces text in a file, failing when the text is not there exactly once. */
export function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (text.split(from).length !== 2) throw new Error(`"${from}" is not in ${file} exactly once`);
  writeFileSync(file, text.replace(from, to));
}

export const keys = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  tab: '\t',
  enter: '\r',
  escape: '\u001B',
  end: '\u001B[F',
} as const;

export interface Preview {
  readonly session: PreviewSession;
  readonly app: { readonly stdin: { write(data: string): void } };
  /** The last frame as written, colours included. */
  frame(): string;
  /** The last frame's lines with colours and styles removed. */
  lines(): string[];
  /** Types keys one after the other, letting the screen catch up after each. */
  press(...sequence: string[]): Promise<void>;
  close(): Promise<void>;
}

/** The preview screen on a fake terminal of the given size, after the first load. */
export async function openPreview(rules: string, data: string, size = { columns: 120, rows: 40 }, lang: Lang = 'zh'): Promise<Preview> {
  const session = new PreviewSession({ rules, data, lang });
  await session.reload();
  const app = render(<PreviewApp session={session} lang={lang} size={size} />);
  const frame = () => app.lastFrame() ?? '';
  const lines = () => frame().replace(/\u001B\[[0-9;]*m/g, '').split('\n');
  const press = async (...sequence: string[]) => {
    for (const key of sequence) {
      app.stdin.write(key);
      await settle();
    }
  };
  const close = async () => {
    app.unmount();
    await session.close();
  };
  return { session, app, frame, lines, press, close };
}

/** Lets Ink read the input and draw (a lone Esc is only known after the next turn). */
export function settle(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitFor(what: string, test: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await settle(20);
  }
}

/** The ranking line of a unit: rank, movement, name, total, change, as the table shows them. */
export function rowOf(lines: readonly string[], unit: string): string[] | undefined {
  const line = lines.find((l) => new RegExp(`^[ >][ *]\\s+\\S+\\s+.*${unit}`).test(l));
  if (!line) return undefined;
  const table = line.split('│')[0]!;
  return table.slice(2).trim().split(/\s+/);
}

/** The cell where text starts on a line (terminal columns, a Chinese character taking two). */
export function cellOf(line: string, text: string): number {
  const at = line.indexOf(text);
  return at < 0 ? -1 : stringWidth(line.slice(0, at));
}
