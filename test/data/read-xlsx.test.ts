import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { shiftPoint } from '../../src/data/excel-number.js';
import { readDataFile, readTable, type DataTable } from '../../src/data/read-table.js';
import { readXlsx } from '../../src/data/read-xlsx.js';
import { renderMessage, type Diagnostic, type Result } from '../../src/diagnostics/diagnostic.js';
import { contents, FURONG_CSV, furongTotals, tempFolder, unwrap } from './support.js';

const file = tempFolder();
const csvTable = unwrap(readTable(FURONG_CSV));

type Fill = (sheet: ExcelJS.Worksheet) => void;

/** Writes a workbook with the given sheets (name → filler) and returns its path. */
async function workbook(name: string, sheets: Record<string, Fill>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheetName, fill] of Object.entries(sheets)) fill(book.addWorksheet(sheetName));
  const path = file(name);
  await book.xlsx.writeFile(path);
  return path;
}

/**
 * Puts a CSV cell into a worksheet cell as a person would have typed it in
 * Excel: numbers as number cells, percentages as number cells formatted
 * 0.00% holding the value / 100, text as text, nothing for ''.
 * `percentValue` says how value / 100 is formed.
 */
function putCsvCell(cell: ExcelJS.Cell, text: string, percentValue: (digits: string) => number): void {
  const percent = /^(-?\d+(?:\.\d+)?)%$/.exec(text);
  if (percent) {
    cell.value = percentValue(percent[1]!);
    cell.numFmt = '0.00%';
  } else if (/^-?\d+(?:\.\d+)?$/.test(text)) {
    cell.value = Number(text);
  } else if (text !== '') {
    cell.value = text;
  }
}

function furongSheet(percentValue: (digits: string) => number): Fill {
  return (sheet) => {
    sheet.addRow([...csvTable.header]);
    csvTable.rows.forEach((row, i) => {
      const sheetRow = sheet.getRow(i + 2);
      row.cells.forEach((text, c) => putCsvCell(sheetRow.getCell(c + 1), text, percentValue));
    });
  };
}

/** The nearest double to the percentage / 100, as Excel stores 98.18% typed into a cell. */
const exactHundredth = (digits: string) => Number(shiftPoint(digits, -2));
/** value / 100 computed in binary floating point (98.18 / 100 = 0.9818000000000001). */
const floatHundredth = (digits: string) => Number(digits) / 100;

function failure(result: Result<DataTable>): Diagnostic[] {
  if (result.ok) throw new Error(`expected a failure, read ${JSON.stringify(contents(result.value))}`);
  return result.diagnostics;
}

describe('the bundled example as an XLSX workbook', () => {
  it('reads back exactly the CSV header and every row cell by cell', async () => {
    const path = await workbook('furong.xlsx', { 附件: furongSheet(exactHundredth) });
    const table = unwrap(await readDataFile(path));
    expect(table).toMatchObject({ file: path, format: 'xlsx', sheet: '附件', blankRows: 0 });
    expect(table.encoding).toBeUndefined();
    expect(table.header).toEqual(csvTable.header);
    expect(table.rows).toHaveLength(48);
    table.rows.forEach((row, i) => {
      expect(row.line).toBe(i + 2);
      expect(row.cells).toEqual(csvTable.rows[i]!.cells);
    });
    expect(contents(table)).toEqual(contents(csvTable));
  });

  it('holds real number cells, and reads them to the CSV text', async () => {
    const path = await workbook('furong-cells.xlsx', { 附件: furongSheet(exactHundredth) });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.worksheets[0]!;
    // row 14 is 马坡岭街道办事处: I is 按时办结率, Q is 总分, S is 其他扣分
    expect(sheet.getCell('B14').value).toBe('马坡岭街道办事处');
    expect(sheet.getCell('I14').value).toBe(0.9818);
    expect(sheet.getCell('I14').numFmt).toBe('0.00%');
    expect(sheet.getCell('Q14').value).toBe(63.5);
    expect(sheet.getCell('S14').value).toBe(0.2);
    expect(sheet.getCell('T2').value).toBeNull();

    const row = unwrap(await readXlsx(path)).rows[12]!;
    expect(row.line).toBe(14);
    expect(row.cells.slice(0, 9)).toEqual(['街道', '马坡岭街道办事处', '108', '0', '1', '0', '110', '2', '98.18%']);
    expect(row.cells.slice(13, 19)).toEqual(['94.23%', '0.00%', '0.00%', '63.5', '13', '0.2']);
  });

  it('gives the same text when the stored fraction carries float noise (value / 100 in binary)', async () => {
    expect(floatHundredth('98.18')).toBe(0.9818000000000001);
    const path = await workbook('furong-float.xlsx', { 附件: furongSheet(floatHundredth) });
    expect(contents(unwrap(await readXlsx(path)))).toEqual(contents(csvTable));
  });

  it('scores exactly as the CSV (all 48 totals)', async () => {
    const path = await workbook('furong-score.xlsx', { 附件: furongSheet(exactHundredth) });
    expect(furongTotals(unwrap(await readXlsx(path)))).toEqual(furongTotals(csvTable));
  });
});

describe('choosing the worksheet', () => {
  const sheets: Record<string, Fill> = {
    说明: (s) => {
      s.addRow(['说明']);
      s.addRow(['数据见“附件”工作表']);
    },
    附件: furongSheet(exactHundredth),
    空表: () => {},
  };

  it('reads the first worksheet when none is named', async () => {
    const path = await workbook('sheets.xlsx', sheets);
    const table = unwrap(await readDataFile(path));
    expect(table.sheet).toBe('说明');
    expect(table.header).toEqual(['说明']);
    expect(table.rows).toEqual([{ line: 2, cells: ['数据见“附件”工作表'] }]);
  });

  it('reads the worksheet named by the sheet option', async () => {
    const path = await workbook('sheets2.xlsx', sheets);
    const table = unwrap(await readDataFile(path, { sheet: '附件' }));
    expect(table.sheet).toBe('附件');
    expect(contents(table)).toEqual(contents(csvTable));
  });

  it('refuses an unknown sheet name (E413), listing the sheet names', async () => {
    const path = await workbook('sheets3.xlsx', sheets);
    const [d, ...rest] = failure(await readDataFile(path, { sheet: '附表' }));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'E413', args: { file: path, sheet: '附表', known: ['说明', '附件', '空表'] } });
    expect(renderMessage(d!, 'zh')).toEqual({
      text: `工作簿 ${path} 中没有名为“附表”的工作表`,
      details: ['现有工作表：说明、附件、空表'],
    });
    expect(renderMessage(d!, 'en').details).toEqual(['sheets: 说明, 附件, 空表']);
  });

  it('reports an empty worksheet as a file with no units (E408)', async () => {
    const path = await workbook('sheets4.xlsx', sheets);
    expect(failure(await readDataFile(path, { sheet: '空表' }))[0]).toMatchObject({ code: 'E408', cell: { file: path, row: 1 } });
  });
});

describe('formula cells', () => {
  it('read as their cached results, formatted as number cells are', async () => {
    const path = await workbook('formulas.xlsx', {
      数据: (s) => {
        s.addRow(['单位', '办结数', '按时办结数', '按时办结率', '合计', '说明', '比值']);
        s.addRow(['甲', 110, 108]);
        s.getCell('D2').value = { formula: 'C2/B2', result: 108 / 110 };
        s.getCell('D2').numFmt = '0.00%';
        s.getCell('E2').value = { formula: 'B2+C2', result: 218 };
        s.getCell('F2').value = { formula: 'IF(C2<B2,"未全部按时","")', result: '未全部按时' };
        s.getCell('G2').value = { formula: 'C2/0', result: { error: '#DIV/0!' } };
        s.addRow(['乙', 5, 4]);
        s.getCell('D3').value = { formula: 'C3/B3', result: 0.8 };
        s.getCell('D3').numFmt = '0.00%';
        s.getCell('E3').value = { formula: 'B3+C3', result: 9 };
      },
    });
    const table = unwrap(await readXlsx(path));
    expect(table.rows).toEqual([
      { line: 2, cells: ['甲', '110', '108', '98.18%', '218', '未全部按时', '#DIV/0!'] },
      { line: 3, cells: ['乙', '5', '4', '80.00%', '9', '', ''] },
    ]);
  });

  it('read a shared formula as its cached result', async () => {
    const path = await workbook('shared.xlsx', {
      数据: (s) => {
        s.addRow(['单位', '数', '两倍']);
        s.addRow(['甲', 1, { formula: 'B2*2', result: 2, shareType: 'shared', ref: 'C2:C3' } as ExcelJS.CellValue]);
        s.addRow(['乙', 2.5, { sharedFormula: 'C2', result: 5 } as ExcelJS.CellValue]);
      },
    });
    expect(unwrap(await readXlsx(path)).rows.map((r) => r.cells)).toEqual([
      ['甲', '1', '2'],
      ['乙', '2.5', '5'],
    ]);
  });

  it('refuses a formula with no cached result (E416), naming the cell', async () => {
    const path = await workbook('no-result.xlsx', {
      数据: (s) => {
        s.addRow(['单位', '数', '两倍']);
        s.addRow(['甲', 1, { formula: 'B2*2' }]);
      },
    });
    const [d] = failure(await readXlsx(path));
    expect(d).toEqual({ code: 'E416', severity: 'error', args: { cell: 'C2' }, cell: { file: path, row: 2, column: '两倍' } });
    expect(renderMessage(d!, 'zh').text).toBe('单元格 C2 的公式没有保存计算结果');
  });
});

describe('other cells', () => {
  it('reads rich text as plain text, hyperlinks as their text, and keeps text as typed', async () => {
    const path = await workbook('text.xlsx', {
      数据: (s) => {
        s.addRow([{ richText: [{ text: '部门' }, { text: '名称', font: { bold: true } }] }, '网址', '备注']);
        s.addRow([
          { richText: [{ text: '芙蓉区' }, { text: '民政局', font: { italic: true } }] },
          { text: '门户网站', hyperlink: 'https://example.org/' },
          ' 98.18% ',
        ]);
        s.addRow(['0012', '/', true]);
      },
    });
    const table = unwrap(await readXlsx(path));
    expect(table.header).toEqual(['部门名称', '网址', '备注']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['芙蓉区民政局', '门户网站', ' 98.18% '],
      ['0012', '/', 'TRUE'],
    ]);
  });

  it('refuses a date (E415), naming the cell and its column', async () => {
    const path = await workbook('date.xlsx', {
      数据: (s) => {
        s.addRow(['单位', '日期', '数']);
        s.addRow(['甲', 1, 2]);
        s.addRow(['乙', new Date(Date.UTC(2021, 6, 31)), 3]);
      },
    });
    const [d, ...rest] = failure(await readXlsx(path));
    expect(rest).toEqual([]);
    expect(d).toEqual({ code: 'E415', severity: 'error', args: { cell: 'B3' }, cell: { file: path, row: 3, column: '日期' } });
    expect(renderMessage(d!, 'zh').text).toBe('单元格 B3 是日期，数据中不应有日期');
    expect(renderMessage(d!, 'en').text).toBe('cell B3 holds a date; the data should hold no dates');
  });

  it('pads short rows to the width of the widest, as a CSV export does', async () => {
    const path = await workbook('ragged.xlsx', {
      数据: (s) => {
        s.addRow(['单位', '数', '备注']);
        s.addRow(['甲', 1]);
        s.addRow(['乙']);
      },
    });
    const table = unwrap(await readXlsx(path));
    expect(table.header).toEqual(['单位', '数', '备注']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['甲', '1', ''],
      ['乙', '', ''],
    ]);
  });
});

describe('empty rows', () => {
  it('counts trailing empty rows (formatted, or holding only blanks) in blankRows, as for CSV', async () => {
    const path = await workbook('trailing.xlsx', {
      数据: (s) => {
        s.addRow(['单位', '数', '比率']);
        s.addRow(['甲', 1, 0.5]);
        s.getCell('C2').numFmt = '0.00%';
        s.addRow(['乙', 2, 0.25]);
        s.getCell('C3').numFmt = '0.00%';
        // rows 4–7: what is left after clearing rows in Excel: formats, empty text, spaces
        s.getCell('B4').numFmt = '0';
        s.getCell('C5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
        s.getCell('A6').value = '';
        s.getCell('A7').value = '  ';
      },
    });
    const sheet = new ExcelJS.Workbook();
    await sheet.xlsx.readFile(path);
    expect(sheet.worksheets[0]!.rowCount).toBe(7); // the workbook does hold rows 4–7

    const table = unwrap(await readXlsx(path));
    expect(table.rows).toEqual([
      { line: 2, cells: ['甲', '1', '50.00%'] },
      { line: 3, cells: ['乙', '2', '25.00%'] },
    ]);
    expect(table.blankRows).toBe(4);

    const csv = unwrap(readTable(file('trailing.csv', '单位,数,比率\n甲,1,50.00%\n乙,2,25.00%\n,,\n,,\n,,\n  ,,\n')));
    expect(contents(table)).toEqual(contents(csv));
  });

  it('counts an empty row in the middle too, and keeps the worksheet row numbers after it', async () => {
    const path = await workbook('gap.xlsx', {
      数据: (s) => {
        s.addRow(['单位', '数']);
        s.getRow(2).values = ['甲', 1];
        s.getRow(5).values = ['乙', 2];
      },
    });
    const table = unwrap(await readXlsx(path));
    expect(table.rows).toEqual([
      { line: 2, cells: ['甲', '1'] },
      { line: 5, cells: ['乙', '2'] },
    ]);
    expect(table.blankRows).toBe(2);
  });
});

describe('files that cannot be read as a workbook', () => {
  it('reports a file ending .xlsx that is not a workbook (E414)', async () => {
    const path = file('not-a-book.xlsx', '单位,数\n甲,1\n');
    const [d] = failure(await readDataFile(path));
    expect(d).toMatchObject({ code: 'E414', args: { file: path } });
    expect(renderMessage(d!, 'zh').text).toBe(`数据文件 ${path} 不是有效的 XLSX 工作簿`);
  });

  it('reports a missing workbook (E401)', async () => {
    const path = file('missing.xlsx');
    expect(failure(await readDataFile(path))[0]).toMatchObject({ code: 'E401', args: { file: path, problem: 'ENOENT' } });
  });

  it('reads .XLSX in capitals as a workbook, and a workbook given to readTable is refused (E412)', async () => {
    const path = await workbook('UPPER.XLSX', { 附件: furongSheet(exactHundredth) });
    expect(unwrap(await readDataFile(path)).format).toBe('xlsx');
    expect(failure(readTable(path))[0]).toMatchObject({ code: 'E412', args: { file: path, format: 'xlsx' } });
  });
});
