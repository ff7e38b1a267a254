import { readFileSync } from 'node:fs';

/** A small deterministic generator, so every run scores the same units. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

/**
 * `count` synthetic units in the example's columns, passing the Furong rule
 * file's data checks, for the benchmarks.
 */
export function syntheticCsv(count: number): string {
  const header = readFileSync('examples/2021-07-furong.csv', 'utf8').split('\n')[0]!;
  const next = generator(20210723);
  const lines = [header];
  for (let i = 0; i < count; i += 1) {
    const signed = 1 + next(400);
    const closed = 1 + next(400);
    const lateClosed = next(4) === 0 ? next(Math.min(closed, 12)) : 0;
    const visited = next(closed + 1);
    const satisfied = visited - (next(5) === 0 ? next(Math.min(visited, 8) + 1) : 0);
    const extension = `${next(40)}.${String(next(100)).padStart(2, '0')}%`;
    const repeat = `${next(8)}.00%`;
    const other = next(10) === 0 ? '0.2' : '';
    const group = i % 3 === 0 ? '街道' : '区直部门';
    const row = [group, `单位${i}`, signed, next(Math.min(signed, 3) + 1), next(3), next(2), closed, lateClosed, ''];
    lines.push([...row, next(2), next(2), visited, satisfied, '', extension, repeat, '', '', other, ''].join(','));
  }
  return `${lines.join('\n')}\n`;
}
