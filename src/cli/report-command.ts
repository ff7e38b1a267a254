import { diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import type { TextEncoding } from '../data/read-table.js';
import type { Evaluation } from '../engine/evaluate.js';
import { reportTables, type ReportTable } from '../engine/report-tables.js';
import { ExitCode, type Output } from './output.js';
import { scoreData } from './score-data.js';
import { usageText } from './usage-errors.js';
import { overwritesInput, printDiagnostics, writeWhole, formatFor } from './write-output.js';

export type ReportFormat = 'md' | 'xlsx' | 'html';
export const reportFormats: readonly ReportFormat[] = ['md', 'xlsx', 'html'];

export interface ReportOptions {
  readonly rules: string;
  readonly data: string;
  /** When not given: from the extension of --out (.xlsx, .html/.htm, .md), else md. */
  readonly format?: ReportFormat;
  /** A file to write; `-` (or none) is standard output, which xlsx cannot use. */
  readonly out?: string;
  readonly lang: Lang;
  readonly encoding?: TextEncoding;
  readonly sheet?: string;
}

const xlsxNeedsOut: Record<Lang, string> = {
  zh: 'xlsx 是二进制文件，不能输出到屏幕；请用 --out 指定要写入的文件，如 --out 报告.xlsx',
  en: 'xlsx is a binary format and cannot go to the screen; name a file with --out, such as --out report.xlsx',
};

/**
 * `rules-engine report`: the rule file's 报告 sections over one run, as a
 * Markdown document, an Excel workbook or a web page, each naming the rule
 * and data files it comes from. Loads and evaluates as `evaluate` does, with
 * the same exit codes, and writes the file whole or not at all.
 */
export async function reportCommand(options: ReportOptions, output: Output): Promise<number> {
  const { lang } = options;
  const usage = (text: string) => {
    printDiagnostics(output, [diagnostic('U711', { text })], lang);
    return ExitCode.usage;
  };
  if (options.out === '') return usage(usageText[lang].emptyOut);
  const outFile = options.out === undefined || options.out === '-' ? undefined : options.out;
  const format = formatFor(options.format, outFile, reportExtensions, 'md');
  if (typeof format !== 'string') {
    printDiagnostics(output, [format], lang);
    return ExitCode.usage;
  }
  if (format === 'xlsx' && outFile === undefined) return usage(xlsxNeedsOut[lang]);
  // Refused before anything is read or written: the run would replace its own input.
  const overwritten = outFile === undefined ? undefined : overwritesInput(outFile, [options.rules, options.data]);
  if (overwritten) {
    printDiagnostics(output, [overwritten], lang);
    return ExitCode.usage;
  }

  const scored = await scoreData(options, output);
  if (!scored.ok) return scored.exitCode;
  const { evaluation } = scored;
  // N602 speaks of csv/json output; a report shows only the columns its sections name.
  const notes = scored.notes.filter((d) => d.code !== 'N602');

  const rendered = await render(format, evaluation, reportTables(evaluation));
  if (outFile === undefined) {
    // Only md and html get here: xlsx without a file was refused above.
    output.out(rendered as string);
  } else {
    const failed = await writeWhole(outFile, rendered);
    if (failed) {
      printDiagnostics(output, [...notes, failed], lang);
      return ExitCode.usage;
    }
    notes.push(diagnostic('N603', { file: outFile }, {}, 'note'));
  }
  printDiagnostics(output, notes, lang);
  return ExitCode.ok;
}

async function render(format: ReportFormat, evaluation: Evaluation, tables: ReportTable[]): Promise<string | Buffer> {
  switch (format) {
    case 'md': {
      const { renderMarkdownReport } = await import('../render/markdown-report.js');
      return renderMarkdownReport(evaluation, tables);
    }
    case 'html': {
      const { renderHtmlReport } = await import('../render/html-report.js');
      return renderHtmlReport(evaluation, tables);
    }
    case 'xlsx': {
      // exceljs is large: only runs that write a workbook load it.
      const { renderXlsxReport } = await import('../render/xlsx-report.js');
      return renderXlsxReport(evaluation, tables);
    }
  }
}

const reportExtensions: Record<string, ReportFormat> = {
  '.xlsx': 'xlsx',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
};
