import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import stringWidth from 'string-width';
import { provenanceOf, titleWithVersion } from '../cli/provenance.js';
import type { Evaluation } from '../engine/evaluate.js';
import { formatDecimal, Fraction } from '../engine/exact.js';
import type { ReportCell, ReportTable } from '../engine/report-tables.js';
import type { ReportColumn } from '../rules/rule-set.js';
import { provenanceRows } from './provenance-rows.js';

/** The first worksheet: where the tables come from, and which sheet holds which table. */
export const INFO_SHEET = '说明';

/**
 * The rule file's 报告 sections as an Excel workbook: a first sheet 说明
 * with the provenance and a list of the tables, then one worksheet per
 * section, named by the section's 名称. Numbers are stored as numbers
 * (percentages as the fraction, shown with a percent format), so they can be
 * summed and sorted in Excel; the header row is bold and stays in view.
 */
export async function renderXlsxReport(evaluation: Evaluation, tables: readonly ReportTable[]): Promise<Buffer> {
  const facts = provenanceOf(evaluation);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'rules-engine';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.title = xmlText(titleWithVersion(facts));

  const names = sheetNames(tables.map((t) => t.section.name));
  const info = workbook.addWorksheet(INFO_SHEET);
  const provenance = provenanceRows(facts);
  for (const [label, value] of provenance) info.addRow([label, typeof value === 'string' ? xmlText(value) : value]).getCell(1).font = { bold: true };
  info.addRow([]);
  const list: string[][] = [['工作表', '标题', '说明'], ...tables.map((t, i) => [names[i]!, t.section.title, t.section.note ?? ''])];
  list.forEach((values, i) => {
    const row = info.addRow(values.map(xmlText));
    if (i === 0) row.font = { bold: true };
  });
  fitWidths(info, [...provenance.map(([label, value]) => [label, String(value)]), ...list]);

  tables.forEach((table, i) => addSection(workbook, names[i]!, table));
  addUnranked(workbook, evaluation);
  const written = await workbook.xlsx.writeBuffer();
  return withFixedDates(Buffer.from(written as ArrayBuffer));
}

/**
 * Same input, same bytes: the workbook's own dates and every zip entry's
 * date are pinned, so two runs write identical files.
 */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

async function withFixedDates(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.forEach((_path, entry) => {
    entry.date = FIXED_DATE;
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The tables hold ranked units only; a sheet names those left out, with the reason. */
function addUnranked(workbook: ExcelJS.Workbook, evaluation: Evaluation): void {
  const unranked = evaluation.units.filter((u) => !u.ranked);
  if (unranked.length === 0) return;
  const sheet = workbook.addWorksheet(UNRANKED_SHEET, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const rows = [['单位', '分组', '原因'], ...unranked.map((u) => [u.unit, u.group, u.exclusion ?? ''])];
  rows.forEach((values, i) => {
    const row = sheet.addRow(values.map(xmlText));
    if (i === 0) row.font = { bold: true };
  });
  fitWidths(sheet, rows);
}

export const UNRANKED_SHEET = '未参与排名';

function addSection(workbook: ExcelJS.Workbook, name: string, { section, rows }: ReportTable): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const header = sheet.addRow(section.columns.map((c) => xmlText(c.title)));
  header.font = { bold: true };
  section.columns.forEach((column, c) => {
    if (column.format !== 'text') header.getCell(c + 1).alignment = { horizontal: 'right' };
  });
  for (const row of rows) {
    const added = sheet.addRow(row.cells.map((cell, c) => cellValue(cell, section.columns[c]!)));
    row.cells.forEach((cell, c) => {
      const column = section.columns[c]!;
      const target = added.getCell(c + 1);
      const format = numberFormat(cell, column);
      if (format) target.numFmt = format;
      if (column.format !== 'text') target.alignment = { horizontal: 'right' };
    });
  }
  fitWidths(sheet, [section.columns.map((c) => c.title), ...rows.map((r) => r.cells.map((c) => c.text))]);
}

/** A number for a number column's exact value; otherwise the text the column displays. */
function cellValue(cell: ReportCell, column: ReportColumn): number | string {
  if (cell.value instanceof Fraction && column.format !== 'text') return toNumber(cell.value);
  return xmlText(cell.text);
}

/** The Excel number format that shows a stored number as the column's text does. */
function numberFormat(cell: ReportCell, column: ReportColumn): string | undefined {
  if (!(cell.value instanceof Fraction)) return undefined;
  const decimals = (digits: number) => (digits > 0 ? `0.${'0'.repeat(digits)}` : '0');
  switch (column.format) {
    case 'percent':
      return `${decimals(column.digits ?? 2)}%`;
    case 'integer':
      // A whole number shows as one; anything else as it is (the text does not round it either).
      return cell.value.d === 1n ? '0' : undefined;
    case 'decimal':
      return column.digits === undefined ? undefined : decimals(column.digits);
    default:
      return undefined;
  }
}

/**
 * The double nearest to an exact value. Dividing numerator by denominator
 * rounds once (IEEE division is correctly rounded) when both are exact
 * doubles; larger ones go through the value's decimal text to 20 places.
 */
export function toNumber(value: Fraction): number {
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  if (value.n <= limit && value.d <= limit) return value.valueOf();
  return Number(formatDecimal(value, 20));
}

/**
 * Worksheet names from the sections' names, as Excel accepts them: at most
 * 31 characters, none of : \ / ? * [ ] (replaced by their full-width forms,
 * which Chinese text uses anyway), no apostrophe at either end, not History,
 * and unique regardless of case, 说明 included.
 */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set([INFO_SHEET.toLowerCase(), 'history']);
  return wanted.map((raw, i) => {
    const cleaned = xmlText(raw)
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/[:\\/?*[\]]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
      .replace(/^'+|'+$/g, '')
      .trim();
    const base = cleaned === '' ? `表${i + 1}` : cleaned;
    let name = limitLength(base, 31);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = `(${n})`;
      name = limitLength(base, 31 - suffix.length).replace(/'+$/, '') + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/** At most `max` UTF-16 units (Excel's measure), never splitting a character. */
function limitLength(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** Text as XML 1.0 can hold it: control characters other than tab and line breaks removed. */
function xmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** Column widths from the widest text, measured in terminal cells (a Chinese character is two). */
function fitWidths(sheet: ExcelJS.Worksheet, rows: readonly (readonly string[])[]): void {
  const count = Math.max(0, ...rows.map((r) => r.length));
  for (let c = 0; c < count; c++) {
    const widest = Math.max(0, ...rows.map((r) => Math.max(0, ...(r[c] ?? '').split(/\r?\n/).map((line) => stringWidth(line)))));
    sheet.getColumn(c + 1).width = Math.min(80, Math.max(6, widest + 2));
  }
}
