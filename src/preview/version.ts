import type { ScoreOutcome } from '../cli/score-data.js';
import type { UnitResult } from '../engine/evaluate.js';
import { standings } from '../engine/standings.js';
import { quickCells } from './text-cells.js';

type Scored = Extract<ScoreOutcome, { ok: true }>;

/** One group's units as the table lists them: ranked by rank, then the units left out. */
export interface GroupRows {
  /** The group's name, or '' when the rules declare no groups. */
  readonly group: string;
  readonly rows: readonly UnitResult[];
}

/** One good evaluation of the rule file and the data file, as the preview shows it. */
export interface Version {
  /** 1 for the first good evaluation, counting up. */
  readonly number: number;
  readonly scored: Scored;
  readonly groups: readonly GroupRows[];
  /** Position of each unit in the data, by name. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** The widest unit name, in terminal cells. */
  readonly nameCells: number;
  /** Warnings of the load (a published figure that differs from the counts …). */
  readonly warnings: number;
  /** Explanations already worked out, by unit name (lines of text). */
  readonly explanations: Map<string, readonly string[]>;
}

export function buildVersion(number: number, scored: Scored): Version {
  const groups = standings(scored.evaluation).map((g) => ({ group: g.group, rows: [...g.ranked, ...g.unranked] }));
  const indexOf = new Map(scored.evaluation.units.map((u, i) => [u.unit, i]));
  const warnings = scored.notes.filter((d) => d.severity === 'warning').length;
  const nameCells = scored.evaluation.units.reduce((widest, u) => Math.max(widest, quickCells(u.unit)), 0);
  return { number, scored, groups, indexOf, nameCells, warnings, explanations: new Map() };
}
