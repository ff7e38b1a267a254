import { diagnostic, renderMessage, type Lang } from '../diagnostics/diagnostic.js';
import { loadRuleFile } from '../rules/build-rule-set.js';
import { ExitCode, type Output } from './output.js';
import { formatDiagnostics } from './print-diagnostics.js';

/** `rules-engine check`: every stage up to a checked rule set, no data. */
export function checkCommand(rulesFile: string, lang: Lang, output: Output): number {
  const rules = loadRuleFile(rulesFile);
  if (!rules.ok) {
    output.err(formatDiagnostics(rules.diagnostics, lang));
    return ExitCode.ruleErrors;
  }
  const r = rules.value;
  if (rules.warnings.length > 0) output.err(formatDiagnostics(rules.warnings, lang));
  const summary = diagnostic('N604', {
    file: r.file,
    inputs: r.inputs.length,
    derived: r.derived.length,
    items: r.items.length,
    fullScore: r.fullScore,
  });
  output.out(`${renderMessage(summary, lang).text}\n`);
  return ExitCode.ok;
}
