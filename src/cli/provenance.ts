import type { Evaluation } from '../engine/evaluate.js';
import { oneLine } from './terminal-text.js';

/** Which rules and which data produced a result, so a table can be traced. */
export function provenance(evaluation: Evaluation): string {
  const rules = evaluation.plan.rules;
  const version = rules.version ? `（${rules.version}）` : '';
  const data = evaluation.data;
  return [
    `${rules.title}${version}`,
    `规则文件：${rules.file}　数据：${data.table.file}（${data.units.length} 个单位）`,
  ]
    .map(oneLine)
    .join('\n');
}
