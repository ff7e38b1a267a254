import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderMarkdownReport } from '../../src/render/markdown-report.js';
import { renderXlsxReport, UNRANKED_SHEET } from '../../src/render/xlsx-report.js';
import { data, furong, newDir, rules } from './support.js';

/** The example with 东湖街道办事处 closing and visiting nothing: left out of the ranking. */
function withUnrankedUnit(): string {
  const file = join(newDir(), 'unranked.csv');
  const csv = readFileSync(data, 'utf8').replace('街道,东湖街道办事处,64,0,0,0,63,0,100.00%,0,0,63,63,', '街道,东湖街道办事处,64,0,0,0,0,0,/,0,0,0,0,');
  writeFileSync(file, csv);
  return file;
}

describe('reports and units left out of the ranking', () => {
  it('names them with the reason, in Markdown and in a workbook sheet', async () => {
    const { evaluation, tables } = await furong(rules, withUnrankedUnit());
    const markdown = renderMarkdownReport(evaluation, tables);
    expect(markdown).toContain('## 未参与排名的单位\n\n- 东湖街道办事处（街道）：当月无办结、无回访的不纳入考核排名');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsxReport(evaluation, tables)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(UNRANKED_SHEET)!;
    expect(sheet.getRow(2).values).toEqual([undefined, '东湖街道办事处', '街道', '当月无办结、无回访的不纳入考核排名']);
  });
});

describe('the same input gives the same workbook', () => {
  it('byte for byte, whenever it is written', async () => {
    const { evaluation, tables } = await furong(rules, data);
    const first = await renderXlsxReport(evaluation, tables);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await renderXlsxReport(evaluation, tables);
    expect(second.equals(first)).toBe(true);
  });
});
