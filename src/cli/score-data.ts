import type { BoundData } from '../data/bind-data.js';
import { bindData } from '../data/bind-data.js';
import { isWorkbook, readDataFile, type DataTable, type TextEncoding } from '../data/read-table.js';
import { diagnostic, type Diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import { evaluate, type EvaluateOptions, type Evaluation } from '../engine/evaluate.js';
import { compilePlan } from '../engine/plan.js';
import { loadRuleFile } from '../rules/build-rule-set.js';
import type { RuleSet } from '../rules/rule-set.js';
import { ExitCode, type Output } from './output.js';
import { formatDiagnostics } from './print-diagnostics.js';

export interface ScoreRequest {
  readonly rules: string;
  readonly data: string;
  readonly lang: Lang;
  readonly encoding?: TextEncoding;
  readonly sheet?: string;
  /** Checked once the rule file is loaded (--group names a declared group …). */
  readonly checkRules?: (rules: RuleSet) => Diagnostic | undefined;
  /** Chosen once the units are known (explain's traced unit). */
  readonly evaluateOptions?: (data: BoundData) => EvaluateOptions | Diagnostic;
}

export type Scored =
  | {
      readonly ok: true;
      readonly rules: RuleSet;
      readonly table: DataTable;
      readonly evaluation: Evaluation;
      /** Warnings and notes of every stage, to print after the output. */
      readonly notes: Diagnostic[];
    }
  | { readonly ok: false; readonly exitCode: number };

export type ScoreOutcome =
  | Extract<Scored, { ok: true }>
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly exitCode: number };

/**
 * The stages every scoring command shares: load and check the rules, read
 * and bind the data, evaluate. Prints nothing: a failure comes back as its
 * diagnostics and the exit code for them (the preview shows them in its UI).
 */
export async function scoreFiles(request: ScoreRequest): Promise<ScoreOutcome> {
  const failed = (diagnostics: readonly Diagnostic[], exitCode: number): ScoreOutcome => ({ ok: false, diagnostics, exitCode });

  const rules = loadRuleFile(request.rules);
  if (!rules.ok) return failed(rules.diagnostics, ExitCode.ruleErrors);
  const misuse = request.checkRules?.(rules.value);
  if (misuse) return failed([misuse], ExitCode.usage);

  const workbook = isWorkbook(request.data);
  if ((workbook && request.encoding) || (!workbook && request.sheet !== undefined)) {
    const misplaced = diagnostic('U703', { option: workbook ? '--encoding' : '--sheet', file: request.data });
    return failed([misplaced], ExitCode.usage);
  }
  const table = await readDataFile(request.data, {
    ...(request.encoding ? { encoding: request.encoding } : {}),
    ...(request.sheet !== undefined ? { sheet: request.sheet } : {}),
  });
  if (!table.ok) return failed(table.diagnostics, ExitCode.dataErrors);
  const data = bindData(rules.value, table.value);
  if (!data.ok) return failed(data.diagnostics, ExitCode.dataErrors);

  const options = request.evaluateOptions?.(data.value) ?? {};
  if ('code' in options) return failed([options], ExitCode.usage);
  const evaluation = evaluate(compilePlan(rules.value), data.value, options);
  if (!evaluation.ok) return failed(evaluation.diagnostics, ExitCode.dataErrors);

  const notes = [
    ...rules.warnings,
    ...data.warnings,
    ...evaluation.warnings,
    ...dataNotes(table.value.blankRows, data.value.unusedColumns),
  ];
  return { ok: true, rules: rules.value, table: table.value, evaluation: evaluation.value, notes };
}

/** `scoreFiles` for the commands: a failure is printed, and its exit code returned. */
export async function scoreData(request: ScoreRequest, output: Output): Promise<Scored> {
  const outcome = await scoreFiles(request);
  if (outcome.ok) return outcome;
  output.err(formatDiagnostics(outcome.diagnostics, request.lang));
  return { ok: false, exitCode: outcome.exitCode };
}

function dataNotes(blankRows: number, unusedColumns: readonly string[]): Diagnostic[] {
  const notes: Diagnostic[] = [];
  if (blankRows > 0) notes.push(diagnostic('N601', { count: blankRows }, {}, 'note'));
  if (unusedColumns.length > 0) notes.push(diagnostic('N602', { columns: unusedColumns.join('、') }, {}, 'note'));
  return notes;
}
