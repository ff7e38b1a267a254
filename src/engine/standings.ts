import type { Evaluation, UnitResult } from './evaluate.js';

export interface GroupStanding {
  /** The group's name, or '' when the rules declare no groups. */
  readonly group: string;
  /** Ranked units, best first; ties keep the data's order. */
  readonly ranked: readonly UnitResult[];
  readonly unranked: readonly UnitResult[];
}

/**
 * The evaluation arranged as it is published: per declared group (or one
 * list when ranking spans all units), ranked units by rank, then the units
 * left out. Every unit of the data appears exactly once.
 */
export function standings(evaluation: Evaluation, onlyGroup?: string): GroupStanding[] {
  const rules = evaluation.plan.rules;
  const groupNames = rules.groups ? [...rules.groups.values] : [''];
  return groupNames
    .filter((g) => onlyGroup === undefined || g === onlyGroup)
    .map((group) => {
      const members = evaluation.units.filter((u) => !rules.groups || u.group === group);
      const ranked = members
        .filter((u) => u.ranked)
        .map((u, i) => ({ u, i }))
        .sort((a, b) => a.u.rank! - b.u.rank! || a.i - b.i)
        .map(({ u }) => u);
      return { group, ranked, unranked: members.filter((u) => !u.ranked) };
    });
}
