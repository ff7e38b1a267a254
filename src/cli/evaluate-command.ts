import writeFileAtomic from 'write-file-atomic';
import { bindData } from '../data/bind-data.js';
import { readTable } from '../data/read-table.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
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
}

/** `rules-engine evaluate`: load, check, compile, evaluate, render. */
export async function evaluateCommand(options: EvaluateOptions, output: Output): Promise<number> {
  const rules = loadRuleFile(options.rules);
  if (!rules.ok) return report(output, rules.diagnostics, ExitCode.ruleErrors);

  if (options.group !== undefined) {
    const known = rules.value.groups?.values ?? [];
    if (!known.includes(options.group)) {
      output.err(`--group “${options.group}”不是规则文件声明的分组（可选：${known.join('、') || '无分组'}）\n`);
      return ExitCode.usage;
    }
  }

  const table = readTable(options.data);
  if (!table.ok) return report(output, table.diagnostics, ExitCode.dataErrors);
  const data = bindData(rules.value, table.value);
  if (!data.ok) return report(output, data.diagnostics, ExitCode.dataErrors);

  const evaluation = evaluate(compilePlan(rules.value), data.value);
  if (!evaluation.ok) return report(output, evaluation.diagnostics, ExitCode.dataErrors);

  const groups = standings(evaluation.value, options.group);
  const rendered =
    options.format === 'json'
      ? renderJson(evaluation.value, groups)
      : options.format === 'csv'
        ? renderCsv(evaluation.value, groups)
        : renderTable(evaluation.value, groups);

  notes(output, table.value.blankRows, data.value.unusedColumns);
  if (options.out) {
    // Written whole or not at all: a temporary file renamed into place.
    await writeFileAtomic(options.out, rendered, 'utf8');
    output.err(`已写入 ${options.out}\n`);
  } else {
    output.out(rendered);
  }
  return ExitCode.ok;
}

function notes(output: Output, blankRows: number, unusedColumns: readonly string[]): void {
  if (blankRows > 0) output.err(`提示：跳过了 ${blankRows} 个空行\n`);
  if (unusedColumns.length > 0) output.err(`提示：规则文件未使用这些列（原样保留在输出中）：${unusedColumns.join('、')}\n`);
}

function report(output: Output, diagnostics: readonly Diagnostic[], code: number): number {
  output.err(formatDiagnostics(diagnostics));
  return code;
}
