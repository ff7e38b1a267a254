/**
 * Scoring throughput with the Furong rule file on synthetic units.
 * Usage: npm run bench [-- 10000 100000]   (unit counts; default 10000 100000)
 * Prints wall time per stage and units per second; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { bindData } from '../src/data/bind-data.js';
import { parseTable } from '../src/data/read-table.js';
import { evaluate } from '../src/engine/evaluate.js';
import { compilePlan } from '../src/engine/plan.js';
import { buildRuleSet } from '../src/rules/build-rule-set.js';
import { syntheticCsv } from './synthetic-units.js';

const rulesText = readFileSync('rules/2021-changsha-furong.yaml', 'utf8');

function time<T>(f: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const value = f();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const units of counts.length > 0 ? counts : [10_000, 100_000]) {
  const csv = syntheticCsv(units);
  const [rules, compileMs] = time(() => buildRuleSet('rules.yaml', rulesText));
  if (!rules.ok) throw new Error('rule file failed to load');
  const [plan, planMs] = time(() => compilePlan(rules.value));
  const [table, parseMs] = time(() => parseTable('bench.csv', csv));
  if (!table.ok) throw new Error('CSV failed to parse');
  const [data, bindMs] = time(() => bindData(rules.value, table.value));
  if (!data.ok) throw new Error(JSON.stringify(data.diagnostics.slice(0, 3)));
  const [result, evalMs] = time(() => evaluate(plan, data.value));
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics.slice(0, 3)));
  const rate = Math.round(units / (evalMs / 1000));
  console.log(
    `${units} units: rules ${compileMs.toFixed(1)} ms, plan ${planMs.toFixed(1)} ms, ` +
      `csv ${parseMs.toFixed(0)} ms, bind ${bindMs.toFixed(0)} ms, score+rank ${evalMs.toFixed(0)} ms (${rate} units/s), ` +
      `heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
}
