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

export interface EvaluateOptions {
  readonly rules: string;
  readonly data: string;
  readonly format: 'table' | 'csv' | 'json';
  readonly out?: string;
  readonly group?: string;
  readonly lang: Lang;
  readonly encoding?: TextEncoding;
  readonly sheet?: string;
}

/** `rules-engine evaluate`: load, check, compile, evaluate, render. */
export async function evaluateCommand(options: EvaluateOptions, output: Output): Promise<number> {
  const { lang } = options;
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
  if (options.out) {
    // Written whole or not at all: a temporary file renamed into place.
    await writeFileAtomic(options.out, rendered, 'utf8');
    notes.push(diagnostic('N603', { file: options.out }, {}, 'note'));
  } else {
    output.out(rendered);
  }
  if (notes.length > 0) output.err(formatDiagnostics(notes, lang));
  return ExitCode.ok;
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
