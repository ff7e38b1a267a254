import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { provenanceNote, provenanceOf } from '../../src/cli/provenance.js';
import { cli, data, furong, newDir, rules, shortSha256 } from './support.js';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('provenance: which rule file and which data file', () => {
  it('is one set of facts: title, version, paths, unit count and both sha256 hashes', async () => {
    const { evaluation } = await furong(rules, data);
    expect(provenanceOf(evaluation)).toEqual({
      rules: {
        title: '芙蓉区12345政务热线成员单位工单办理主要考核指标综合得分',
        version: '2021-07',
        file: rules,
        sha256: sha256(rules),
        shortHash: shortSha256(rules),
      },
      data: { file: data, units: 48, sha256: sha256(data), shortHash: shortSha256(data) },
    });
    expect(provenanceNote(evaluation)).toBe(
      `来源：芙蓉区12345政务热线成员单位工单办理主要考核指标综合得分（2021-07）　规则文件 ${rules}（sha256 ${shortSha256(rules)}）` +
        `　数据 ${data}（48 个单位，sha256 ${shortSha256(data)}）\n`,
    );
  });

  it('heads the terminal table, with both hashes', () => {
    const { code, stdout } = cli('evaluate', '--rules', rules, data);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      '芙蓉区12345政务热线成员单位工单办理主要考核指标综合得分（2021-07）',
      `规则文件：${rules}（sha256 ${shortSha256(rules)}）　数据：${data}（48 个单位，sha256 ${shortSha256(data)}）`,
    ]);
  });

  it('is an object of the JSON output, with the full hashes', () => {
    const { code, stdout } = cli('evaluate', '--rules', rules, data, '--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.provenance.rules).toEqual({
      title: '芙蓉区12345政务热线成员单位工单办理主要考核指标综合得分',
      version: '2021-07',
      file: rules,
      sha256: sha256(rules),
      shortHash: shortSha256(rules),
    });
    expect(doc.provenance.data).toEqual({ file: data, units: 48, sha256: sha256(data), shortHash: shortSha256(data) });
  });

  it('names the worksheet of a workbook read as data', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('七月');
    for (const row of parse(readFileSync(data, 'utf8')) as string[][]) sheet.addRow(row);
    const file = join(newDir(), '七月.xlsx');
    await workbook.xlsx.writeFile(file);

    const { evaluation } = await furong(rules, file);
    expect(provenanceOf(evaluation).data).toMatchObject({ file, sheet: '七月', units: 48, sha256: sha256(file) });
    const md = cli('report', '--rules', rules, file);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(`- 数据文件：${file}［工作表 七月］\n- 单位数：48\n- 数据文件 sha256：${shortSha256(file)}\n`);
  });
});
