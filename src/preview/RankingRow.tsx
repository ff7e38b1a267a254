import { Text } from 'ink';
import { memo } from 'react';
import type { RowCells } from './table-cells.js';

interface Props {
  readonly cells: RowCells;
  readonly selected: boolean;
  readonly header?: boolean;
}

/** One line of the ranking: gains in green, losses in red, new units in cyan. */
function Row({ cells, selected, header = false }: Props) {
  const move = cells.move.trim();
  const moveColor = move.startsWith('▲') ? 'green' : move.startsWith('▼') ? 'red' : move === '新' ? 'cyan' : undefined;
  const change = cells.change.trim();
  const changeColor = change.startsWith('+') ? 'green' : change.startsWith('−') ? 'red' : undefined;
  return (
    <Text wrap="truncate" inverse={selected} bold={header}>
      {cells.cursor}
      {cells.rank}
      <Text color={moveColor}>{cells.move}</Text>
      {cells.name}
      {cells.total}
      <Text color={changeColor}>{cells.change}</Text>
    </Text>
  );
}

/** Rows whose text did not change are not rendered again (a long ranking re-renders often). */
export const RankingRow = memo(Row, (a, b) => a.selected === b.selected && a.header === b.header && sameCells(a.cells, b.cells));

function sameCells(a: RowCells, b: RowCells): boolean {
  return a.cursor === b.cursor && a.rank === b.rank && a.move === b.move && a.name === b.name && a.total === b.total && a.change === b.change;
}
