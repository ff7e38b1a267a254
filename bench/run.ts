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

const rulesText = readFileSync('rules/2021-changsha-furong.yaml', 'utf8');
const header = readFileSync('examples/2021-07-furong.csv', 'utf8').split('\n')[0]!;

/** A small deterministic generator, so every run scores the same units. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

function syntheticCsv(units: number): string {
  const next = generator(20210723);
  const lines = [header];
  for (let i = 0; i < units; i += 1) {
    const signed = 1 + next(400);
    const closed = 1 + next(400);
    const lateClosed = next(4) === 0 ? next(Math.min(closed, 12)) : 0;
    const visited = next(closed + 1);
    const satisfied = visited - (next(5) === 0 ? next(Math.min(visited, 8) + 1) : 0);
    const ext = `${next(40)}.${String(next(100)).padStart(2, '0')}%`;
    const rep = `${next(8)}.00%`;
    lines.push(
      [i % 3 === 0 ? '街道' : '区直部门', `单位${i}`, signed, Math.min(next(3), signed), next(3), next(2), closed, lateClosed, '', next(2), next(2), visited, satisfied, '', ext, rep, '', '', next(10) === 0 ? '0.2' : '', ''].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

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
