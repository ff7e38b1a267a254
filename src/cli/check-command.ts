import { loadRuleFile } from '../rules/build-rule-set.js';
import { ExitCode, type Output } from './output.js';
import { formatDiagnostics } from './print-diagnostics.js';

/** `rules-engine check`: every stage up to a checked rule set, no data. */
export function checkCommand(rulesFile: string, output: Output): number {
  const rules = loadRuleFile(rulesFile);
  if (!rules.ok) {
    output.err(formatDiagnostics(rules.diagnostics));
    return ExitCode.ruleErrors;
  }
  const r = rules.value;
  output.out(
    `${r.file}：规则无误。${r.inputs.length} 个输入、${r.derived.length} 个派生值、${r.items.length} 个考核项目，满分 ${r.fullScore}\n`,
  );
  return ExitCode.ok;
}
