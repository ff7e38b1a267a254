import { Fraction } from './exact.js';
import type { PopulationCall, RowState } from './population-call.js';
import type { Value } from './value.js';

/**
 * Fills `call.results` for every row. The population is the ranked units
 * (those `isRanked` accepts), narrowed to the row's own group when the call
 * says 本组, and to the units whose 条件 holds (a missing 条件 excludes).
 */
export function computePopulation(
  call: PopulationCall,
  rows: readonly RowState[],
  isRanked: (row: RowState) => boolean,
): void {
  const members = rows.filter((row) => isRanked(row) && (!call.condition || call.condition(row) === true));
  const byScope = new Map<string, RowState[]>();
  for (const row of members) {
    const key = call.scope === 'group' ? row.group : '';
    const list = byScope.get(key) ?? [];
    list.push(row);
    byScope.set(key, list);
  }

  const memberSet = new Set(members);
  const summaries = new Map<string, Summary>();
  for (const [key, list] of byScope) summaries.set(key, summarise(call, list, memberSet));
  const scopeOf = (row: RowState) => (call.scope === 'group' ? row.group : '');

  call.results = rows.map((row) => {
    const summary = summaries.get(scopeOf(row));
    return summary ? summary.result(row) : emptyResult(call.call.fn.id);
  });
  call.explain = (row) => {
    const summary = summaries.get(scopeOf(row));
    const ahead = summary?.ahead?.(row);
    return { size: byScope.get(scopeOf(row))?.length ?? 0, ...(ahead ? { ahead } : {}) };
  };
}

interface Summary {
  readonly result: (row: RowState) => Value;
  readonly ahead?: (row: RowState) => Fraction[];
}

function emptyResult(id: string): Value {
  if (id === 'count') return new Fraction(0);
  if (id === 'sum') return new Fraction(0);
  return null;
}

function summarise(call: PopulationCall, members: RowState[], memberSet: Set<RowState>): Summary {
  const id = call.call.fn.id;
  if (id === 'count') {
    const n = new Fraction(members.length);
    return { result: () => n };
  }
  const values = members.map((row) => call.value!(row)).filter((v): v is Fraction => v instanceof Fraction);
  switch (id) {
    case 'sum': {
      const total = values.reduce((acc, v) => acc.add(v), new Fraction(0));
      return { result: () => total };
    }
    case 'mean': {
      const mean = values.length === 0 ? null : values.reduce((acc, v) => acc.add(v), new Fraction(0)).div(values.length);
      return { result: () => mean };
    }
    case 'min':
    case 'max': {
      const sign = id === 'min' ? -1 : 1;
      const extreme = values.reduce<Fraction | null>((best, v) => (best === null || v.compare(best) * sign > 0 ? v : best), null);
      return { result: () => extreme };
    }
    default:
      return ranker(call, values, memberSet, id === 'dense-rank');
  }
}

/**
 * Rank of a member's value: 1 + how many values (or distinct values, for
 * 密集排名) come before it in the call's order. Ties share a rank. A row
 * outside the population has no rank.
 */
function ranker(call: PopulationCall, values: Fraction[], memberSet: Set<RowState>, dense: boolean): Summary {
  const direction = call.order === 'descending' ? -1 : 1;
  const sorted = [...values].sort((a, b) => a.compare(b) * direction);
  const before = sorted.filter((v, i) => !dense || i === 0 || !v.equals(sorted[i - 1]!));
  const own = (row: RowState) => {
    const v = memberSet.has(row) ? call.value!(row) : null;
    return v instanceof Fraction ? v : null;
  };
  return {
    result: (row) => {
      const v = own(row);
      return v === null ? null : new Fraction(countBefore(before, v, direction) + 1);
    },
    ahead: (row) => {
      const v = own(row);
      return v === null ? [] : before.slice(0, countBefore(before, v, direction));
    },
  };
}

/** How many entries of `sorted` strictly precede `value` (binary search). */
function countBefore(sorted: Fraction[], value: Fraction, direction: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.compare(value) * direction < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
