import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { bindData } from '../data/bind-data.js';
import { isWorkbook, readDataFile, type TextEncoding } from '../data/read-table.js';
import { diagnostic, type Diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import { evaluate } from '../engine/evaluate.js';
import { compilePlan } from '../engine/plan.js';
import { standings } from '../engine/standings.js';
import { loadRuleFile } from '../rules/build-rule-set.js';
import { ExitCode, type Output } from './output.js';
import { formatDiagnostics } from './print-diagnostics.js';
import { renderCsv, renderJson } from './render-records.js';
import { renderTable } from './render-table.js';
import { usageText } from './usage-errors.js';

export interface EvaluateOptions {
  readonly rules: string;
  readonly data: string;
  readonly format: 'table' | 'csv' | 'json';
  /** A file to write; `-` (or none) is standard output. */
  readonly out?: string;
  readonly group?: string;
  readonly lang: Lang;
  readonly encoding?: TextEncoding;
  readonly sheet?: string;
}

/** `rules-engine evaluate`: load, check, compile, evaluate, render. */
export async function evaluateCommand(options: EvaluateOptions, output: Output): Promise<number> {
  const { lang } = options;
  if (options.out === '') return report(output, [diagnostic('U711', { text: usageText[lang].emptyOut })], ExitCode.usage, lang);
  const outFile = options.out === undefined || options.out === '-' ? undefined : options.out;
  // Refused before anything is read or written: the run would replace its own input.
  const overwritten = outFile !== undefined && [options.rules, options.data].some((input) => sameFile(outFile, input));
  if (overwritten) return report(output, [diagnostic('U705', { file: outFile })], ExitCode.usage, lang);

  const rules = loadRuleFile(options.rules);
  if (!rules.ok) return report(output, rules.diagnostics, ExitCode.ruleErrors, lang);

  if (options.group !== undefined) {
    const known = rules.value.groups?.values ?? [];
    if (!known.includes(options.group)) {
      const unknown = diagnostic('U701', { group: options.group, known: known.join('、') || '—' });
      return report(output, [unknown], ExitCode.usage, lang);
    }
  }

  const workbook = isWorkbook(options.data);
  if ((workbook && options.encoding) || (!workbook && options.sheet !== undefined)) {
    const misplaced = diagnostic('U703', { option: workbook ? '--encoding' : '--sheet', file: options.data });
    return report(output, [misplaced], ExitCode.usage, lang);
  }
  const table = await readDataFile(options.data, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
  });
  if (!table.ok) return report(output, table.diagnostics, ExitCode.dataErrors, lang);
  const data = bindData(rules.value, table.value);
  if (!data.ok) return report(output, data.diagnostics, ExitCode.dataErrors, lang);

  const evaluation = evaluate(compilePlan(rules.value), data.value);
  if (!evaluation.ok) return report(output, evaluation.diagnostics, ExitCode.dataErrors, lang);

  const groups = standings(evaluation.value, options.group);
  const rendered =
    options.format === 'json'
      ? renderJson(evaluation.value, groups)
      : options.format === 'csv'
        ? renderCsv(evaluation.value, groups)
        : renderTable(evaluation.value, groups);

  const notes = [...rules.warnings, ...data.warnings, ...evaluation.warnings, ...dataNotes(table.value.blankRows, data.value.unusedColumns)];
  if (outFile !== undefined) {
    // A CSV file starts with a BOM, so that Excel (Chinese Windows) reads it as UTF-8.
    const content = options.format === 'csv' ? `\uFEFF${rendered}` : rendered;
    try {
      // Written whole or not at all: a temporary file renamed into place
      // (write-file-atomic removes the temporary file when this fails).
      await writeFileAtomic(outFile, content, 'utf8');
    } catch (e) {
      const problem = errorCode(e);
      if (problem === undefined) throw e;
      return report(output, [...notes, diagnostic('U704', { file: outFile, problem })], ExitCode.usage, lang);
    }
    notes.push(diagnostic('N603', { file: outFile }, {}, 'note'));
  } else {
    output.out(rendered);
  }
  if (notes.length > 0) output.err(formatDiagnostics(notes, lang));
  return ExitCode.ok;
}

/** The errno code (ENOENT, EACCES, EISDIR, …) of a failed file operation. */
function errorCode(e: unknown): string | undefined {
  const code = e instanceof Error ? (e as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** Whether two paths name the same file, through symbolic links, `..` and the like. */
function sameFile(a: string, b: string): boolean {
  if (realPath(a) === realPath(b)) return true;
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.ino !== 0 && x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** The real path of a file, or of its folder joined with its name when the file does not exist yet. */
function realPath(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    try {
      return join(realpathSync.native(dirname(resolve(file))), basename(file));
    } catch {
      return resolve(file);
    }
  }
}

function dataNotes(blankRows: number, unusedColumns: readonly string[]): Diagnostic[] {
  const notes: Diagnostic[] = [];
  if (blankRows > 0) notes.push(diagnostic('N601', { count: blankRows }, {}, 'note'));
  if (unusedColumns.length > 0) notes.push(diagnostic('N602', { columns: unusedColumns.join('、') }, {}, 'note'));
  return notes;
}

function report(output: Output, diagnostics: readonly Diagnostic[], code: number, lang: Lang): number {
  output.err(formatDiagnostics(diagnostics, lang));
  return code;
}
