import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/data/decode-text.js';
import { readDataFile, readTable, type DataTable } from '../../src/data/read-table.js';
import { renderMessage } from '../../src/diagnostics/diagnostic.js';
import { contents, FURONG_BYTES, FURONG_CSV, FURONG_TEXT, furongTotals, tempFolder, unwrap } from './support.js';

const file = tempFolder();

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const withBom = file('furong-bom.csv', Buffer.concat([BOM, FURONG_BYTES]));
const gbkBytes = iconv.encode(FURONG_TEXT, 'gbk');
const inGbk = file('furong-gbk.csv', gbkBytes);

const utf8Table = unwrap(readTable(FURONG_CSV));

function failure(result: ReturnType<typeof readTable>) {
  if (result.ok) throw new Error(`expected a failure, read ${JSON.stringify(result.value.header)}`);
  return result.diagnostics;
}

describe('the bundled example as UTF-8', () => {
  it('reads the header, 48 rows with their line numbers, and reports utf8', () => {
    expect(utf8Table.format).toBe('csv');
    expect(utf8Table.encoding).toBe('utf8');
    expect(utf8Table.header).toHaveLength(20);
    expect(utf8Table.header.slice(0, 3)).toEqual(['类别', '部门名称', '签收总数']);
    expect(utf8Table.header[6]).toBe('办结工单（含上月流转工单）');
    expect(utf8Table.rows).toHaveLength(48);
    expect(utf8Table.blankRows).toBe(0);
    expect(utf8Table.rows.map((r) => r.line)).toEqual(Array.from({ length: 48 }, (_, i) => i + 2));
    expect(utf8Table.rows[12]!.cells).toEqual([
      '街道', '马坡岭街道办事处', '108', '0', '1', '0', '110', '2', '98.18%', '0', '0', '104', '98', '94.23%',
      '0.00%', '0.00%', '63.5', '13', '0.2', '由通报总分推算：比附件各列所得低 0.2 分，附件未列明原因',
    ]);
  });
});

describe('encoding detection', () => {
  const cases: [string, string, DataTable['encoding']][] = [
    ['UTF-8 with a BOM', withBom, 'utf8'],
    ['GBK (as Chinese Excel saves CSV)', inGbk, 'gb18030'],
  ];
  it.each(cases)('%s gives the same header and rows as UTF-8, and reports %s', (_name, path, encoding) => {
    const table = unwrap(readTable(path));
    expect(table.encoding).toBe(encoding);
    expect(table.header[0]).toBe('类别'); // no BOM left in the first header cell
    expect(contents(table)).toEqual(contents(utf8Table));
  });

  it('the GBK file really is GBK: its bytes are not valid UTF-8 and differ from the UTF-8 file', () => {
    expect(gbkBytes.equals(FURONG_BYTES)).toBe(false);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbkBytes)).toThrow();
    // 类 is C0 E0 in GBK, E7 B1 BB in UTF-8
    expect([...gbkBytes.subarray(0, 2)]).toEqual([0xc0, 0xe0]);
  });

  it('scores the GBK and BOM files exactly as the UTF-8 file (all 48 totals)', () => {
    const expected = furongTotals(utf8Table);
    expect(Object.keys(expected)).toHaveLength(48);
    expect(expected['马坡岭街道办事处']).toBe('63.5');
    expect(furongTotals(unwrap(readTable(inGbk)))).toEqual(expected);
    expect(furongTotals(unwrap(readTable(withBom)))).toEqual(expected);
  });

  it('reads GB18030 four-byte characters when detecting', () => {
    const path = file('gb18030.csv', iconv.encode('单位,说明\n𠀀局,€ 😀\n', 'gb18030'));
    const table = unwrap(readTable(path));
    expect(table.encoding).toBe('gb18030');
    expect(table.rows[0]!.cells).toEqual(['𠀀局', '€ 😀']);
  });

  it('takes plain ASCII as UTF-8', () => {
    const table = unwrap(readTable(file('ascii.csv', 'a,b\n1,2\n')));
    expect(table.encoding).toBe('utf8');
    expect(table.rows[0]!.cells).toEqual(['1', '2']);
  });
});

describe('an explicit encoding', () => {
  it('reads a file in the encoding given, and reports that encoding', () => {
    for (const [path, encoding] of [
      [FURONG_CSV, 'utf8'],
      [withBom, 'utf8'],
      [inGbk, 'gbk'],
      [inGbk, 'gb18030'],
    ] as const) {
      const table = unwrap(readTable(path, { encoding }));
      expect(table.encoding).toBe(encoding);
      expect(contents(table)).toEqual(contents(utf8Table));
    }
  });

  it('refuses GBK bytes read as UTF-8 (E410), naming the file and the encoding', () => {
    const [d, ...rest] = failure(readTable(inGbk, { encoding: 'utf8' }));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'E410', severity: 'error', args: { file: inGbk, encoding: 'utf8', utf8Bom: false } });
    expect(renderMessage(d!, 'zh').text).toBe(`数据文件 ${inGbk} 不是有效的 UTF-8 编码`);
    expect(renderMessage(d!, 'en').text).toBe(`data file ${inGbk} is not valid UTF-8`);
  });

  it('refuses UTF-8 bytes read as GBK or GB18030 (E410)', () => {
    for (const encoding of ['gbk', 'gb18030'] as const) {
      const [d] = failure(readTable(FURONG_CSV, { encoding }));
      expect(d).toMatchObject({ code: 'E410', args: { file: FURONG_CSV, encoding, utf8Bom: false } });
    }
    const [d] = failure(readTable(FURONG_CSV, { encoding: 'gbk' }));
    expect(renderMessage(d!, 'zh').text).toBe(`数据文件 ${FURONG_CSV} 不是有效的 GBK 编码`);
  });

  it('refuses GBK asked of a file that starts with a UTF-8 BOM, even where the bytes would decode', () => {
    // 'A,B' after a BOM decodes as GB18030 to '锘緼,B': no decoding error, but wrong.
    const path = file('bom-ascii.csv', Buffer.concat([BOM, Buffer.from('A,B\n1,2\n')]));
    expect(new TextDecoder('gb18030', { fatal: true }).decode(Buffer.concat([BOM, Buffer.from('A')]))).toBe('锘緼');
    const [d] = failure(readTable(path, { encoding: 'gbk' }));
    expect(d).toMatchObject({ code: 'E410', args: { file: path, encoding: 'gbk', utf8Bom: true } });
    expect(renderMessage(d!, 'zh').details).toEqual(['文件以 UTF-8 的 BOM 开头，应按 UTF-8 读取']);
  });

  it('refuses a GB18030 four-byte character when GBK is asked for', () => {
    const path = file('four-byte.csv', iconv.encode('单位\n𠀀局\n', 'gb18030'));
    expect(failure(readTable(path, { encoding: 'gbk' }))[0]).toMatchObject({ code: 'E410', args: { encoding: 'gbk' } });
    expect(unwrap(readTable(path, { encoding: 'gb18030' })).rows[0]!.cells).toEqual(['𠀀局']);
  });
});

describe('files that are not CSV text in a known encoding', () => {
  it('reports bytes valid in neither UTF-8 nor GB18030 (E411)', () => {
    const path = file('binary.csv', Buffer.from([0x61, 0x2c, 0x81, 0x2c, 0x62, 0x0a]));
    const [d] = failure(readTable(path));
    expect(d).toMatchObject({ code: 'E411', args: { file: path, utf16: false } });
    expect(renderMessage(d!, 'zh').text).toBe(`无法识别数据文件 ${path} 的编码：既不是 UTF-8，也不是 GB18030（GBK）`);
  });

  it("reports UTF-16 text (Excel's Unicode Text) instead of reading it as garbage (E411)", () => {
    const path = file('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n1,2\n', 'utf16le')]));
    expect(failure(readTable(path))[0]).toMatchObject({ code: 'E411', args: { utf16: true } });
  });

  it('reports a workbook read as CSV (E412), whatever its name', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]);
    expect(failure(readTable(file('book.csv', zip)))[0]).toMatchObject({ code: 'E412', args: { format: 'xlsx' } });
    expect(failure(readTable(file('book.xls', xls)))[0]).toMatchObject({ code: 'E412', args: { format: 'xls' } });
    // with an explicit encoding too
    expect(failure(readTable(file('book2.csv', zip), { encoding: 'utf8' }))[0]).toMatchObject({ code: 'E412' });
  });

  it('reports a missing file (E401)', () => {
    const path = file('none.csv');
    expect(failure(readTable(path))[0]).toMatchObject({ code: 'E401', args: { file: path, problem: 'ENOENT' } });
  });
});

describe('readDataFile', () => {
  it('reads a CSV file as readTable does, with the encoding option', async () => {
    const table = unwrap(await readDataFile(inGbk));
    expect(table.encoding).toBe('gb18030');
    expect(contents(table)).toEqual(contents(utf8Table));
    const explicit = await readDataFile(inGbk, { encoding: 'utf8' });
    expect(explicit.ok ? 'read' : explicit.diagnostics[0]!.code).toBe('E410');
  });
});

describe('decodeText', () => {
  it('says whether there was a BOM, and never leaves it in the text', () => {
    const decoded = unwrap(decodeText('x.csv', Buffer.concat([BOM, Buffer.from('类别')])));
    expect(decoded).toEqual({ text: '类别', encoding: 'utf8', bom: true });
    expect(unwrap(decodeText('x.csv', Buffer.concat([BOM, Buffer.from('类别')]), 'utf8'))).toEqual({
      text: '类别',
      encoding: 'utf8',
      bom: true,
    });
    expect(unwrap(decodeText('x.csv', iconv.encode('类别', 'gbk')))).toEqual({ text: '类别', encoding: 'gb18030', bom: false });
  });
});
