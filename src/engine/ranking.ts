import type { MissingResults } from './missing-results.js';
import type { BoundData } from '../data/bind-data.js';
import { Fraction } from './exact.js';
import type { Plan } from './plan.js';
import type { RowState } from './population-call.js';

/**
 * The final ranking, as the rule file's 排名 section says: by the basis,
 * within each group or across all, ties sharing a rank and the next rank
 * either skipping (1, 1, 3) or not (1, 1, 2). Unranked rows get no rank.
 */
export function assignRanks(
  plan: Plan,
  rows: readonly RowState[],
  isRanked: (row: RowState) => boolean,
  data: BoundData,
  missing: MissingResults,
): (number | undefined)[] {
  const { order, scope, ties } = plan.rules.ranking;
  const direction = order === 'descending' ? -1 : 1;
  const basis = (row: RowState) => row.slots[plan.ranking.slot];
  const ranks: (number | undefined)[] = rows.map(() => undefined);

  const groups = new Map<string, RowState[]>();
  for (const row of rows) {
    if (!isRanked(row)) continue;
    if (!(basis(row) instanceof Fraction)) {
      missing.add('排名依据', data.units[row.index]!);
      continue;
    }
    const key = scope === 'group' ? row.group : '';
    const members = groups.get(key);
    if (members) members.push(row);
    else groups.set(key, [row]);
  }

  for (const members of groups.values()) {
    const sorted = [...members].sort((a, b) => (basis(a) as Fraction).compare(basis(b) as Fraction) * direction);
    let rank = 0;
    let distinct = 0;
    sorted.forEach((row, i) => {
      const previous = sorted[i - 1];
      const tied = previous && (basis(previous) as Fraction).equals(basis(row) as Fraction);
      if (!tied) {
        distinct += 1;
        rank = ties === 'skip' ? i + 1 : distinct;
      }
      ranks[row.index] = rank;
    });
  }
  return ranks;
}
