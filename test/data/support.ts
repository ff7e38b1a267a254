/*
 * Shared by the data-reading tests: a temporary folder, the bundled Furong
 * example as bytes and as a table, and the whole pipeline up to evaluation.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { bindData } from '../../src/data/bind-data.js';
import type { DataTable } from '../../src/data/read-table.js';
import type { Result } from '../../src/diagnostics/diagnostic.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { formatDecimal } from '../../src/engine/exact.js';
import { compilePlan } from '../../src/engine/plan.js';
import { loadRuleFile } from '../../src/rules/build-rule-set.js';

export const FURONG_CSV = new URL('../../examples/2021-07-furong.csv', import.meta.url).pathname;
export const FURONG_RULES = new URL('../../rules/2021-changsha-furong.yaml', import.meta.url).pathname;
export const FURONG_BYTES = readFileSync(FURONG_CSV);
export const FURONG_TEXT = FURONG_BYTES.toString('utf8');

/** A fresh folder for this test file, removed when its tests are done. */
export function tempFolder(): (name: string, bytes?: Uint8Array | string) => string {
  const dir = mkdtempSync(join(tmpdir(), 'rules-engine-data-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, bytes) => {
    const path = join(dir, name);
    if (bytes !== undefined) writeFileSync(path, bytes);
    return path;
  };
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.value;
}

/** Header and every row (line and cells) of a table, for comparing two reads. */
export function contents(table: DataTable): { header: string[]; rows: { line: number; cells: string[] }[]; blankRows: number } {
  return {
    header: [...table.header],
    rows: table.rows.map((r) => ({ line: r.line, cells: [...r.cells] })),
    blankRows: table.blankRows,
  };
}

/** Each unit's published-style total under the Furong rules, as exact decimal text. */
export function furongTotals(table: DataTable): Record<string, string> {
  const rules = unwrap(loadRuleFile(FURONG_RULES));
  const data = unwrap(bindData(rules, table));
  const evaluation = unwrap(evaluate(compilePlan(rules), data));
  return Object.fromEntries(evaluation.units.map((u) => [u.unit, u.total ? formatDecimal(u.total, 6) : '—']));
}
