import { bindData } from '../../src/data/bind-data.js';
import { parseTable } from '../../src/data/read-table.js';
import type { Result } from '../../src/diagnostics/diagnostic.js';
import { evaluate, type Evaluation } from '../../src/engine/evaluate.js';
import { compilePlan } from '../../src/engine/plan.js';
import { buildRuleSet } from '../../src/rules/build-rule-set.js';

/** Rule text and CSV text through every stage, stopping at the first failure. */
export function runPipeline(rulesText: string, csvText: string, rulesFile = 'rules.yaml', dataFile = 'data.csv'): Result<Evaluation> {
  const rules = buildRuleSet(rulesFile, rulesText);
  if (!rules.ok) return rules;
  const table = parseTable(dataFile, csvText);
  if (!table.ok) return table;
  const data = bindData(rules.value, table.value);
  if (!data.ok) return data;
  return evaluate(compilePlan(rules.value), data.value);
}

export function mustEvaluate(rulesText: string, csvText: string): Evaluation {
  const result = runPipeline(rulesText, csvText);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.value;
}
