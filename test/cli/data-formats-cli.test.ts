import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

const bin = 'dist/cli/bin.js';
const rules = 'rules/2021-changsha-furong.yaml';
const csvText = readFileSync('examples/2021-07-furong.csv', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'rules-engine-formats-'));

function evaluateJson(file: string, ...extra: string[]) {
  const result = spawnSync(process.execPath, [bin, 'evaluate', '--rules', rules, file, '--format', 'json', ...extra], {
    encoding: 'utf8',
  });
  expect(result.stderr).not.toMatch(/错误/);
  expect(result.status).toBe(0);
  const doc = JSON.parse(result.stdout);
  // Only the data file's own name may differ between the runs.
  return JSON.stringify({ ...doc, data: { ...doc.data, file: undefined }, provenance: { ...doc.provenance, data: undefined } });
}

/** The example as a workbook, as staff would save it from Excel: numbers and percentages as numbers. */
async function workbookFromCsv(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('七月');
  const [header, ...rows] = csvText.trimEnd().split('\n').map((line) => line.split(','));
  sheet.addRow(header);
  for (const row of rows) {
    const added = sheet.addRow(
      row.map((cell) => {
        if (/^\d+(\.\d+)?%$/.test(cell)) return Number(cell.slice(0, -1)) / 100;
        return /^\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
      }),
    );
    row.forEach((cell, i) => {
      if (cell.endsWith('%')) added.getCell(i + 1).numFmt = '0.00%';
    });
  }
  await workbook.xlsx.writeFile(path);
}

describe('the example read from every supported kind of file', () => {
  it('evaluates identically from UTF-8, UTF-8 with BOM, GBK and XLSX', async () => {
    const bom = join(dir, 'bom.csv');
    const gbk = join(dir, 'gbk.csv');
    const xlsx = join(dir, 'furong.xlsx');
    writeFileSync(bom, `\uFEFF${csvText}`);
    writeFileSync(gbk, iconv.encode(csvText, 'gbk'));
    await workbookFromCsv(xlsx);

    const reference = evaluateJson('examples/2021-07-furong.csv');
    expect(JSON.parse(reference).groups[0].ranked[0].total).toBe('70');
    expect(evaluateJson(bom)).toBe(reference);
    expect(evaluateJson(gbk)).toBe(reference);
    expect(evaluateJson(gbk, '--encoding', 'gbk')).toBe(reference);
    expect(evaluateJson(xlsx)).toBe(reference);
    expect(evaluateJson(xlsx, '--sheet', '七月')).toBe(reference);
  });

  it('refuses options that do not fit the file, and a sheet that is not there', () => {
    const xlsx = join(dir, 'furong.xlsx');
    const wrongOption = spawnSync(process.execPath, [bin, 'evaluate', '-r', rules, 'examples/2021-07-furong.csv', '--sheet', 'x'], {
      encoding: 'utf8',
    });
    expect(wrongOption.status).toBe(3);
    expect(wrongOption.stderr).toContain('--sheet 不适用于 examples/2021-07-furong.csv');
    const noSheet = spawnSync(process.execPath, [bin, 'evaluate', '-r', rules, xlsx, '--sheet', '八月'], { encoding: 'utf8' });
    expect(noSheet.status).toBe(2);
    expect(noSheet.stderr).toContain('七月');
  });

  it('points to the other sheets when the first one lacks the columns', async () => {
    const path = join(dir, 'cover-first.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('封面').addRow(['芙蓉区 7 月']);
    const sheet = workbook.addWorksheet('七月');
    for (const line of csvText.trimEnd().split('\n')) sheet.addRow(line.split(','));
    await workbook.xlsx.writeFile(path);
    const result = spawnSync(process.execPath, [bin, 'evaluate', '-r', rules, path], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('工作簿中还有工作表：七月；可用 --sheet 指定');
  });
});
