import stringWidth from 'string-width';
import type { Lang } from '../diagnostics/diagnostic.js';
import { formatDecimal, type Fraction } from '../engine/exact.js';
import { MAX_CHANGE, type Difference } from '../engine/reconcile.js';

/** The units whose computed total differs from the published column, as a table. */
export function renderReconciliation(column: string, differences: readonly Difference[], lang: Lang): string {
  const zh = lang === 'zh';
  if (differences.length === 0) {
    return zh ? `核对“${column}”：全部一致\n` : `checked against "${column}": all agree\n`;
  }
  const header = zh
    ? ['单位', '计算', column, '相差', '最小的单项解释']
    : ['unit', 'computed', column, 'difference', 'smallest change in one item'];
  const rows = differences.map((d) => [
    d.unit.unit,
    d.computed ? formatDecimal(d.computed) : '—',
    formatDecimal(d.published),
    d.computed ? signed(d.published.sub(d.computed)) : '—',
    d.computed ? explainedText(d, lang) : zh ? `未参与排名：${d.unit.exclusion ?? ''}` : `not ranked: ${d.unit.exclusion ?? ''}`,
  ]);
  const widths = header.map((h, c) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[c]!))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 || c === 4 ? cell + ' '.repeat(widths[c]! - stringWidth(cell)) : ' '.repeat(widths[c]! - stringWidth(cell)) + cell))
      .join('  ')
      .trimEnd();
  const title = zh
    ? `核对“${column}”：${differences.length} 个单位不一致`
    : `checked against "${column}": ${differences.length} units differ`;
  return `${[title, line(header), ...rows.map(line)].join('\n')}\n`;
}

function explainedText(d: Difference, lang: Lang): string {
  if (d.explanation) return explanationText(d, lang);
  return lang === 'zh' ? `改动一个计数（至多 ±${MAX_CHANGE}）都解释不了` : `no change of one count (up to ±${MAX_CHANGE}) explains it`;
}

function explanationText(d: Difference, lang: Lang): string {
  const e = d.explanation!;
  const change = `${e.input} ${e.change > 0 ? '+' : ''}${e.change}`;
  const move = `${formatDecimal(e.from)} → ${formatDecimal(e.to)}`;
  return lang === 'zh' ? `${change}（“${e.item}”扣分 ${move}）` : `${change} (deduction of "${e.item}" ${move})`;
}

function signed(value: Fraction): string {
  const text = formatDecimal(value);
  return value.compare(0) > 0 ? `+${text}` : text;
}
