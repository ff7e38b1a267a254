import { formatDecimal } from '../engine/exact.js';
import type { UnitResult } from '../engine/evaluate.js';
import type { Labels } from './labels.js';
import { movementMarker, totalChange, type Movement } from './movement.js';
import { padEndCells, padStartCells } from './text-cells.js';

/** One table line in its columns, each already padded to its width (the gaps included). */
export interface RowCells {
  readonly cursor: string;
  readonly rank: string;
  readonly move: string;
  readonly name: string;
  readonly total: string;
  readonly change: string;
}

export function headerCells(labels: Labels, nameWidth: number): RowCells {
  return {
    cursor: '  ',
    rank: padStartCells(labels.rank, 4),
    move: `  ${padEndCells(labels.move, 4)}`,
    name: `  ${padEndCells(labels.unit, nameWidth)}`,
    total: `  ${padStartCells(labels.total, 7)}`,
    change: `  ${padStartCells(labels.change, 7)}`,
  };
}

export function rowCells(
  unit: UnitResult,
  movement: Movement | undefined,
  nameWidth: number,
  marks: { readonly selected: boolean; readonly pinned: boolean },
  labels: Labels,
): RowCells {
  return {
    cursor: `${marks.selected ? '>' : ' '}${marks.pinned ? '*' : ' '}`,
    rank: padStartCells(unit.rank !== undefined ? String(unit.rank) : labels.unranked, 4),
    move: `  ${padEndCells(movementMarker(movement), 4)}`,
    name: `  ${padEndCells(unit.unit, nameWidth)}`,
    total: `  ${padStartCells(unit.total ? formatDecimal(unit.total) : '', 7)}`,
    change: `  ${padStartCells(totalChange(movement), 7)}`,
  };
}

export function joinCells(cells: RowCells): string {
  return cells.cursor + cells.rank + cells.move + cells.name + cells.total + cells.change;
}
