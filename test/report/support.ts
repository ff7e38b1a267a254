import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreData } from '../../src/cli/score-data.js';
import type { Evaluation } from '../../src/engine/evaluate.js';
import { reportTables, type ReportTable } from '../../src/engine/report-tables.js';
import { mustEvaluate } from '../support/pipeline.js';
import { q, ruleYaml } from '../unit/helpers.js';

export { bin, cli, data, noStackTrace, rules } from '../cli/run-cli.js';

export const newDir = () => mkdtempSync(join(tmpdir(), 'rules-engine-report-'));

/** The first 12 hex digits of a file's sha256, computed here, independently of the engine. */
export function shortSha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
}

/** The Furong example evaluated in-process, with its report tables: what every renderer is given. */
export async function furong(rulesFile: string, dataFile: string): Promise<{ evaluation: Evaluation; tables: ReportTable[] }> {
  let errors = '';
  const scored = await scoreData({ rules: rulesFile, data: dataFile, lang: 'zh' }, { out: () => {}, err: (t) => (errors += t) });
  if (!scored.ok) throw new Error(errors);
  return { evaluation: scored.evaluation, tables: reportTables(scored.evaluation) };
}

/** The rows of the Markdown pipe table that follows the heading `## title`. */
export function markdownTable(markdown: string, title: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${title}`);
  if (start < 0) throw new Error(`no section ${title}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break;
    if (!line.startsWith('|')) continue;
    rows.push(splitRow(line));
  }
  return rows;
}

/** Cells of one pipe-table row; `\|` stays inside its cell. */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 1; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      cell += c + line[i + 1];
      i++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += c;
    }
  }
  return cells;
}

/** A section name Excel cannot take as it is: forbidden characters, and longer than 31. */
export const AWKWARD_SECTION = `名单/甲:乙?*[丙]\\${'很长的名字'.repeat(6)}`;

/**
 * A small rule file whose report text needs escaping everywhere: unit names
 * and titles with | < > & and quotes, and section names Excel refuses
 * (forbidden characters, over 31 characters, 说明 and a duplicate).
 */
export function awkwardEvaluation(): Evaluation {
  const yaml =
    ruleYaml({ inputs: { 件数: '计数' }, items: [{ name: '签收', full: '10', deduction: '件数 × 0.5' }] }) +
    [
      '报告:',
      `  - 名称: ${q(AWKWARD_SECTION)}`,
      `    标题: ${q('标题 | <b>粗</b> & "引号"')}`,
      `    说明: ${q('说明 | *注*')}`,
      '    排序:',
      '      - 依据: 件数',
      '        顺序: 从低到高',
      '    列:',
      '      - 单位',
      '      - 件数',
      '      - 总分',
      '  - 名称: 说明',
      '    列: [单位]',
      '  - 名称: history',
      '    列: [单位]',
      '  - 名称: 说明',
      '    条件: 件数 > 99',
      '    列: [单位]',
    ].join('\n') +
    '\n';
  const csv = '单位,件数\n"甲|乙",1\n<script>alert(1)</script>,2\n"A&B ""q"" \'x\'",3\n';
  return mustEvaluate(yaml, csv);
}
