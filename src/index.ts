/** The public API: load rules, read data, compile, evaluate, arrange. */
export { loadRuleFile, buildRuleSet } from './rules/build-rule-set.js';
export type { RuleSet, Item, InputDeclaration, DerivedValue, Ranking, RoundingMode } from './rules/rule-set.js';
export { readTable, readDataFile, parseTable, type DataTable, type ReadOptions, type TextEncoding } from './data/read-table.js';
export { bindData, type BoundData, type UnitRow } from './data/bind-data.js';
export { compilePlan, type Plan } from './engine/plan.js';
export { evaluate, type Evaluation, type UnitResult, type ItemResult } from './engine/evaluate.js';
export { standings, type GroupStanding } from './engine/standings.js';
export { formatDecimal, formatPercent, roundTo } from './engine/exact.js';
export { parseExpression } from './dsl/parse-expression.js';
export { standaloneSource, type ExpressionSource } from './dsl/expression-source.js';
export type { Diagnostic, Result, Severity } from './diagnostics/diagnostic.js';
export { renderMessage } from './diagnostics/diagnostic.js';
