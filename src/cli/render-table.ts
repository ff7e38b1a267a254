import stringWidth from 'string-width';
import type { Evaluation, UnitResult } from '../engine/evaluate.js';
import { formatDecimal } from '../engine/exact.js';
import type { GroupStanding } from '../engine/standings.js';
import { provenance } from './provenance.js';
import { oneLine } from './terminal-text.js';

/**
 * The ranking as terminal text: one table per group whose columns line up
 * with Chinese text (widths measured in terminal cells, not characters),
 * then each group's itemised reasons and the units left out of it.
 */
export function renderTable(evaluation: Evaluation, groups: readonly GroupStanding[]): string {
  const rules = evaluation.plan.rules;
  const itemNames = rules.items.map((i) => i.name);
  const header = ['排名', rules.unitColumn, ...itemNames, '总分'];
  const legend = `各项目列为扣分；总分 = 满分 ${rules.fullScore} − 各项扣分之和`;
  const parts = [provenance(evaluation), legend, ''];

  for (const standing of groups) {
    if (standing.group) parts.push(`【${oneLine(standing.group)}】`);
    const body = standing.ranked.map((u) => [
      String(u.rank),
      u.unit,
      ...u.items.map((i) => formatDecimal(i.deduction)),
      formatDecimal(u.total!),
    ]);
    parts.push(...layout(header, body, new Set([1])));
    parts.push(...reasons(standing.ranked));
    if (standing.unranked.length > 0) {
      parts.push('未参与排名：');
      for (const u of standing.unranked) parts.push(`  ${oneLine(u.unit)}：${oneLine(u.exclusion ?? '')}`);
    }
    parts.push('');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

function reasons(units: readonly UnitResult[]): string[] {
  const lines: string[] = [];
  for (const u of units) {
    for (const item of u.items) {
      if (item.reason) lines.push(oneLine(`  ${u.unit} · ${item.name} ${formatDecimal(item.deduction)}：${item.reason}`));
    }
  }
  return lines.length > 0 ? ['扣分原因：', ...lines] : [];
}

/** Left-aligns the text columns in `textColumns`, right-aligns the rest. */
function layout(rawHeader: string[], rawBody: string[][], textColumns: Set<number>): string[] {
  const header = rawHeader.map(oneLine);
  const body = rawBody.map((row) => row.map(oneLine));
  const widths = header.map((h, c) => Math.max(stringWidth(h), ...body.map((r) => stringWidth(r[c] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => {
        const gap = ' '.repeat(widths[c]! - stringWidth(cell));
        return textColumns.has(c) ? cell + gap : gap + cell;
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...body.map(line)];
}
