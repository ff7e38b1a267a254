import stringWidth from 'string-width';
import { provenanceOf, titleWithVersion } from '../cli/provenance.js';
import type { Evaluation, UnitResult } from '../engine/evaluate.js';
import { formatDecimal, Fraction } from '../engine/exact.js';
import type { ReportTable } from '../engine/report-tables.js';
import { standings, type GroupStanding } from '../engine/standings.js';
import { provenanceRows } from './provenance-rows.js';

/**
 * The rule file's 报告 sections as one self-contained web page: no script,
 * font, stylesheet or image is fetched, so the file can be mailed or put on
 * a shared drive and opens the same everywhere. Tables carry a caption; a
 * bar chart of 总分 per group is inline SVG drawn here, on a scale from 0 to
 * the rule file's full score.
 */
export function renderHtmlReport(evaluation: Evaluation, tables: readonly ReportTable[]): string {
  const facts = provenanceOf(evaluation);
  const title = titleWithVersion(facts);
  const provenance = provenanceRows(facts)
    .map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(String(value))}</dd></div>`)
    .join('\n');
  const sections = tables.map((table, i) => tableSection(table, i + 1)).join('\n');
  const fullScore = evaluation.plan.fullScore;
  const charts = standings(evaluation)
    .map((standing, i) => chartFigure(standing, fullScore, i + 1))
    .join('\n');

  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="rules-engine">
<title>${escapeHtml(title)}</title>
<style>
${style}
</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<dl class="provenance">
${provenance}
</dl>
</header>
<main>
${sections}
<section class="charts">
<h2>各单位总分（满分 ${escapeHtml(formatDecimal(fullScore))}）</h2>
${charts}
</section>
</main>
</body>
</html>
`;
}

const style = `:root { color: #1f2328; background: #fff; }
body { margin: 2rem auto; max-width: 78rem; padding: 0 1rem; line-height: 1.5;
  font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .75rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
.provenance { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1.5rem; font-size: .9rem; color: #57606a; }
.provenance div { display: contents; }
.provenance dt { font-weight: 600; }
.provenance dd { margin: 0; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace, sans-serif; overflow-wrap: anywhere; }
.report { margin: 1.5rem 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; }
/* As wide as its text: a narrow table widens to its caption rather than wrap the note. */
caption { caption-side: top; text-align: left; font-weight: 600; font-size: 1.05rem; padding: .25rem 0 .5rem; width: max-content; max-width: 90vw; }
caption .note { display: block; font-weight: normal; font-size: .85rem; color: #57606a; }
th, td { border: 1px solid #d0d7de; padding: .3rem .55rem; }
th { background: #f6f8fa; font-weight: 600; text-align: left; vertical-align: bottom; }
td { white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
tbody tr:nth-child(even) { background: #fafbfc; }
.empty { color: #57606a; }
figure { margin: 1rem 0 2rem; }
figcaption { font-weight: 600; margin-bottom: .25rem; }
svg.chart { display: block; width: 100%; max-width: 60rem; height: auto; font-size: 13px; }
svg.chart text { fill: #1f2328; }
svg.chart .axis { fill: #57606a; font-size: 11px; }
svg.chart .grid { stroke: #d0d7de; stroke-width: 1; }
svg.chart .bar { fill: #4e79a7; }
.unranked { font-size: .85rem; color: #57606a; }
@media print { body { margin: 0; max-width: none; } .scroll { overflow: visible; } }`;

function tableSection({ section, rows }: ReportTable, index: number): string {
  const numeric = section.columns.map((c) => c.format !== 'text');
  const cls = (c: number) => (numeric[c] ? ' class="num"' : '');
  const head = section.columns.map((c, i) => `<th scope="col"${cls(i)}>${escapeHtml(c.title)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.cells.map((cell, i) => `<td${cls(i)}>${escapeHtml(cell.text)}</td>`).join('')}</tr>`)
    .join('\n');
  const empty = rows.length === 0 ? `\n<tr><td class="empty" colspan="${section.columns.length}">（无符合条件的单位）</td></tr>` : '';
  const note = section.note ? `<span class="note">${escapeHtml(section.note)}</span>` : '';
  return `<section class="report" id="report-${index}" data-name="${escapeHtml(section.name)}">
<div class="scroll">
<table>
<caption>${escapeHtml(section.title)}${note}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}${empty}
</tbody>
</table>
</div>
</section>`;
}

/** Chart geometry, in SVG user units (pixels at full width). */
const WIDTH = 960;
const ROW = 24;
const BAR = 16;
const TOP = 24;
const BOTTOM = 8;
/** Width of one terminal cell of label text at 13px: a Chinese character is two cells. */
const CELL = 6.8;

/**
 * A horizontal bar chart of one group's ranked units, best first: the rank,
 * the unit's name, a bar from 0 to its total on a 0–full score scale, and
 * the total. Units left out of the ranking are named below it.
 */
function chartFigure(standing: GroupStanding, fullScore: Fraction, index: number): string {
  const units = standing.ranked.filter((u): u is UnitResult & { total: Fraction } => u.total !== undefined);
  const rankWidth = Math.max(2, ...units.map((u) => String(u.rank ?? '').length)) * CELL + 12;
  const labelWidth = Math.max(4, ...units.map((u) => stringWidth(u.unit))) * CELL + 12;
  const left = rankWidth + labelWidth;
  const valueWidth = Math.max(4, ...units.map((u) => formatDecimal(u.total).length)) * CELL + 12;
  const plot = Math.max(120, WIDTH - left - valueWidth);
  const width = left + plot + valueWidth;
  const height = TOP + units.length * ROW + BOTTOM;
  const scale = fullScore.compare(0) > 0 ? fullScore : new Fraction(Math.max(1, ...units.map((u) => u.total.valueOf())));
  const x = (value: Fraction) => left + plot * Math.min(1, Math.max(0, value.div(scale).valueOf()));

  const grid = ticks(scale)
    .map((t) => {
      const tx = round(x(t));
      return `<line class="grid" x1="${tx}" y1="${TOP - 4}" x2="${tx}" y2="${height - BOTTOM}"/><text class="axis" x="${tx}" y="${TOP - 8}" text-anchor="middle">${escapeHtml(formatDecimal(t))}</text>`;
    })
    .join('\n');
  const bars = units
    .map((u, i) => {
      const y = TOP + i * ROW;
      const middle = round(y + ROW / 2);
      const end = x(u.total);
      const total = formatDecimal(u.total);
      const label = `${u.rank ?? ''} ${u.unit}：${total}`;
      return `<g class="unit" data-unit="${escapeHtml(u.unit)}" data-rank="${u.rank ?? ''}" data-total="${escapeHtml(total)}">
<text x="${round(rankWidth - 8)}" y="${middle}" dominant-baseline="central" text-anchor="end" class="axis">${u.rank ?? ''}</text>
<text x="${round(left - 8)}" y="${middle}" dominant-baseline="central" text-anchor="end">${escapeHtml(u.unit)}</text>
<rect class="bar" x="${left}" y="${round(y + (ROW - BAR) / 2)}" width="${round(end - left)}" height="${BAR}"><title>${escapeHtml(label)}</title></rect>
<text x="${round(end + 6)}" y="${middle}" dominant-baseline="central">${escapeHtml(total)}</text>
</g>`;
    })
    .join('\n');
  const name = standing.group || '全部单位';
  const unranked =
    standing.unranked.length > 0
      ? `\n<p class="unranked">未参与排名：${standing.unranked.map((u) => `${escapeHtml(u.unit)}（${escapeHtml(u.exclusion ?? '')}）`).join('、')}</p>`
      : '';
  return `<figure id="chart-${index}">
<figcaption>${escapeHtml(name)}（${units.length} 个单位，按排名）</figcaption>
<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${round(width)} ${height}" width="${round(width)}" height="${height}" role="img" aria-label="${escapeHtml(`${name} 各单位总分`)}">
${grid}
${bars}
</svg>${unranked}
</figure>`;
}

/** Gridline values from 0 to the top of the scale, at a step of 1, 2 or 5 × 10ⁿ: at most 8 steps. */
function ticks(top: Fraction): Fraction[] {
  const target = top.valueOf() / 8;
  const power = 10 ** Math.floor(Math.log10(target));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= target) ?? 10 * power;
  const exact = new Fraction(formatDecimal(new Fraction(step), 10));
  const values: Fraction[] = [];
  for (let v = new Fraction(0); v.compare(top) <= 0; v = v.add(exact)) values.push(v);
  // The full score always gets its line; a step line just below it would crowd its label.
  if (!values[values.length - 1]!.equals(top)) {
    if (top.sub(values[values.length - 1]!).compare(exact.div(2)) < 0 && values.length > 1) values.pop();
    values.push(top);
  }
  return values;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
