import { provenanceOf, titleWithVersion } from '../cli/provenance.js';
import type { Evaluation } from '../engine/evaluate.js';
import type { ReportTable } from '../engine/report-tables.js';
import { provenanceRows } from './provenance-rows.js';

/**
 * The rule file's 报告 sections as one Markdown document: a heading with
 * the rule file's title, where the tables come from, then each section as a
 * heading, its note and a pipe table of the cells as the column displays
 * them. Number columns are right-aligned, text columns left-aligned.
 */
export function renderMarkdownReport(evaluation: Evaluation, tables: readonly ReportTable[]): string {
  const facts = provenanceOf(evaluation);
  const parts: string[] = [`# ${inline(titleWithVersion(facts))}`, ''];
  for (const [label, value] of provenanceRows(facts)) parts.push(`- ${label}：${inline(String(value))}`);
  parts.push('');

  for (const { section, rows } of tables) {
    parts.push(`## ${inline(section.title)}`, '');
    if (section.note) parts.push(inline(section.note), '');
    parts.push(tableRow(section.columns.map((c) => c.title)));
    parts.push(`|${section.columns.map((c) => (c.format === 'text' ? ' --- ' : ' ---: ')).join('|')}|`);
    for (const row of rows) parts.push(tableRow(row.cells.map((c) => c.text)));
    if (rows.length === 0) parts.push('', '（无符合条件的单位）');
    parts.push('');
  }
  // The tables hold ranked units only; those left out are named with the reason.
  const unranked = evaluation.units.filter((u) => !u.ranked);
  if (unranked.length > 0) {
    parts.push('## 未参与排名的单位', '');
    for (const u of unranked) parts.push(`- ${inline(u.unit)}${u.group ? `（${inline(u.group)}）` : ''}：${inline(u.exclusion ?? '')}`);
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(inline).join(' | ')} |`;
}

/**
 * Text from the rules or the data as inline Markdown: on one line, with the
 * characters Markdown would read as markup escaped (`|` would end a cell).
 */
export function inline(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[\\`*_[\]<>|&]/g, (c) => `\\${c}`);
}
