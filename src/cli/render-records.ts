import { stringify } from 'csv-stringify/sync';
import type { Evaluation, UnitResult } from '../engine/evaluate.js';
import { formatDecimal } from '../engine/exact.js';
import type { GroupStanding } from '../engine/standings.js';
import { provenanceOf } from './provenance.js';

/**
 * Results for other programs. Numbers are exact decimal strings (never
 * floats), so a consumer reads back exactly what was computed. The data's
 * columns that the rules do not use are carried through unchanged.
 */
export function renderJson(evaluation: Evaluation, groups: readonly GroupStanding[]): string {
  const rules = evaluation.plan.rules;
  const document = {
    rules: { file: rules.file, title: rules.title, version: rules.version ?? null, fullScore: rules.fullScore },
    data: { file: evaluation.data.table.file, units: evaluation.data.units.length },
    // Both files with their sha256, so a result can be traced to exactly what produced it.
    provenance: provenanceOf(evaluation),
    groups: groups.map((g) => ({
      group: g.group,
      ranked: g.ranked.map((u) => unitRecord(evaluation, u)),
      unranked: g.unranked.map((u) => ({ unit: u.unit, reason: u.exclusion ?? '', ...passthrough(evaluation, u) })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function unitRecord(evaluation: Evaluation, u: UnitResult) {
  return {
    rank: u.rank!,
    unit: u.unit,
    items: u.items.map((i) => ({
      name: i.name,
      deduction: formatDecimal(i.deduction),
      ...(i.score ? { score: formatDecimal(i.score) } : {}),
      ...(i.reason ? { reason: i.reason } : {}),
    })),
    total: formatDecimal(u.total!),
    ...passthrough(evaluation, u),
  };
}

function passthrough(evaluation: Evaluation, u: UnitResult): { columns?: Record<string, string> } {
  const { table, unusedColumns } = evaluation.data;
  if (unusedColumns.length === 0) return {};
  const columns: Record<string, string> = {};
  for (const name of unusedColumns) columns[name] = u.source.cells[table.header.indexOf(name)] ?? '';
  return { columns };
}

/** One row per unit, ranked units of each group first, then the unranked. */
export function renderCsv(evaluation: Evaluation, groups: readonly GroupStanding[]): string {
  const rules = evaluation.plan.rules;
  const { table, unusedColumns } = evaluation.data;
  const reasonItems = rules.items.filter((i) => i.reason);
  const computed = [
    ...(rules.groups ? [rules.groups.column] : []),
    rules.unitColumn,
    '排名',
    ...rules.items.map((i) => deductionColumn(i.name)),
    '总分',
    ...reasonItems.map((i) => `${i.name.replace(/扣分$/, '')}原因`),
    '未参与排名原因',
  ];
  // A carried column named like a computed one (a published 总分) is marked
  // as the data's own, so no header appears twice.
  const header = [...computed, ...unusedColumns.map((c) => (computed.includes(c) ? `${c}（数据）` : c))];
  const rows: string[][] = [];
  for (const g of groups) {
    for (const u of [...g.ranked, ...g.unranked]) {
      const itemReason = (name: string) => u.items.find((i) => i.name === name)?.reason ?? '';
      rows.push([
        ...(rules.groups ? [safeText(u.group)] : []),
        safeText(u.unit),
        u.rank === undefined ? '' : String(u.rank),
        ...rules.items.map((item) => {
          const result = u.items.find((i) => i.name === item.name);
          return result ? formatDecimal(result.deduction) : '';
        }),
        u.total ? formatDecimal(u.total) : '',
        ...reasonItems.map((i) => safeText(itemReason(i.name))),
        safeText(u.exclusion ?? ''),
        ...unusedColumns.map((name) => safeText(u.source.cells[table.header.indexOf(name)] ?? '')),
      ]);
    }
  }
  return stringify([header, ...rows]);
}

/**
 * Text from the data as a spreadsheet will not run it: a cell starting with
 * = + @ (or - before a non-digit) would be read by Excel as a formula, so it
 * is prefixed with an apostrophe. Numbers this program writes never are.
 */
function safeText(text: string): string {
  return /^[=+@\t\r]|^-[^\d.]/.test(text) ? `'${text}` : text;
}

/** 签收 → 签收扣分, but 其他扣分 stays 其他扣分. */
function deductionColumn(item: string): string {
  return item.endsWith('扣分') ? item : `${item}扣分`;
}
