import type { TextEncoding } from '../data/read-table.js';
import { diagnostic, type Diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import { columnKey } from '../data/bind-data.js';
import { readCell } from '../data/cell-value.js';
import type { Evaluation, UnitResult } from '../engine/evaluate.js';
import { Fraction } from '../engine/exact.js';
import { reconcile } from '../engine/reconcile.js';
import { standings } from '../engine/standings.js';
import { ExitCode, type Output } from './output.js';
import { formatDiagnostics } from './print-diagnostics.js';
import { renderCsv, renderJson } from './render-records.js';
import { renderReconciliation } from './render-reconciliation.js';
import { renderTable } from './render-table.js';
import { provenanceNote } from './provenance.js';
import { scoreData } from './score-data.js';
import { formatFor, overwritesInput, writeWhole } from './write-output.js';
import { usageText } from './usage-errors.js';

export interface EvaluateOptions {
  readonly rules: string;
  readonly data: string;
  /** Unset: as the --out file's extension says (.csv, .json), else table. */
  readonly format?: 'table' | 'csv' | 'json';
  /** A file to write; `-` (or none) is standard output. */
  readonly out?: string;
  readonly group?: string;
  readonly lang: Lang;
  readonly encoding?: TextEncoding;
  readonly sheet?: string;
  /** A data column of published totals to compare the computed ones with. */
  readonly checkAgainst?: string;
}

/** `rules-engine evaluate`: load, check, compile, evaluate, render. */
export async function evaluateCommand(options: EvaluateOptions, output: Output): Promise<number> {
  const { lang } = options;
  if (options.out === '') return report(output, [diagnostic('U711', { text: usageText[lang].emptyOut })], ExitCode.usage, lang);
  const outFile = options.out === undefined || options.out === '-' ? undefined : options.out;
  // Refused before anything is read or written: the run would replace its own input.
  const format = formatFor(options.format, outFile, { '.csv': 'csv', '.json': 'json' }, 'table');
  if (typeof format !== 'string') return report(output, [format], ExitCode.usage, lang);
  const overwritten = outFile === undefined ? undefined : overwritesInput(outFile, [options.rules, options.data]);
  if (overwritten) return report(output, [overwritten], ExitCode.usage, lang);

  const scored = await scoreData(
    {
      ...options,
      checkRules: (rules) => {
        const known = rules.groups?.values ?? [];
        if (options.group === undefined || known.includes(options.group)) return undefined;
        return diagnostic('U701', { group: options.group, known: known.join('、') || '—' });
      },
    },
    output,
  );
  if (!scored.ok) return scored.exitCode;
  const { evaluation, notes } = scored;
  const check = options.checkAgainst === undefined ? undefined : publishedColumn(evaluation, options.checkAgainst, options.data);
  if (check && 'problem' in check) return report(output, [check.problem], check.exitCode, lang);

  const groups = standings(evaluation, options.group);
  const rendered =
    format === 'json'
      ? renderJson(evaluation, groups)
      : format === 'csv'
        ? renderCsv(evaluation, groups)
        : renderTable(evaluation, groups);

  if (outFile !== undefined) {
    // A CSV file starts with a BOM, so that Excel (Chinese Windows) reads it as UTF-8.
    const content = format === 'csv' ? `\uFEFF${rendered}` : rendered;
    const unwritten = await writeWhole(outFile, content);
    if (unwritten) return report(output, [...notes, unwritten], ExitCode.usage, lang);
    notes.push(diagnostic('N603', { file: outFile }, {}, 'note'));
  } else {
    output.out(rendered);
  }
  // CSV has no place for it: which rules and data produced it goes to stderr.
  if (format === 'csv') output.err(provenanceNote(evaluation));
  if (notes.length > 0) output.err(formatDiagnostics(notes, lang));
  if (!check) return ExitCode.ok;

  const inGroup = (unit: UnitResult) => options.group === undefined || unit.group === options.group;
  const differences = reconcile(evaluation, (unit) => (inGroup(unit) ? check.published(unit) : undefined));
  const text = renderReconciliation(options.checkAgainst!, differences, lang);
  // The comparison follows a terminal table; machine formats keep stdout clean.
  if (format === 'table' && outFile === undefined) output.out(`\n${text}`);
  else output.err(text);
  return differences.length > 0 ? ExitCode.differences : ExitCode.ok;
}

/** Reads the published column as exact numbers, refusing anything that is not one. */
function publishedColumn(
  evaluation: Evaluation,
  column: string,
  file: string,
): { published: (unit: UnitResult) => Fraction | undefined } | { problem: Diagnostic; exitCode: number } {
  const { header } = evaluation.data.table;
  const index = header.findIndex((h) => columnKey(h) === columnKey(column));
  if (index < 0) return { problem: diagnostic('U715', { column }), exitCode: ExitCode.usage };
  // A column the rules score from is data, not a published result.
  const input = evaluation.plan.rules.inputs.find((i) => [i.column, ...i.aliases].some((c) => columnKey(c) === columnKey(header[index]!)));
  if (input) return { problem: diagnostic('U716', { column: header[index]!, input: input.name }), exitCode: ExitCode.usage };
  const missingMarks = new Set(evaluation.plan.rules.missingMarks.map((m) => m.trim()));
  for (const unit of evaluation.units) {
    const written = (unit.source.cells[index] ?? '').trim();
    if (missingMarks.has(written) || readCell(written, 'number').ok) continue;
    const cell = { file, row: unit.source.line, column: header[index]! };
    return { problem: diagnostic('E510', { unit: unit.unit, column: header[index]!, value: written }, { cell }), exitCode: ExitCode.dataErrors };
  }
  return {
    published: (unit) => {
      const reading = readCell((unit.source.cells[index] ?? '').trim(), 'number');
      return reading.ok && reading.value instanceof Fraction ? reading.value : undefined;
    },
  };
}

function report(output: Output, diagnostics: readonly Diagnostic[], code: number, lang: Lang): number {
  output.err(formatDiagnostics(diagnostics, lang));
  return code;
}
