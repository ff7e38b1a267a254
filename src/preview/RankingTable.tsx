import { Box, Text } from 'ink';
import type { UnitResult } from '../engine/evaluate.js';
import type { Labels } from './labels.js';
import type { Changes } from './movement.js';
import { RankingRow } from './RankingRow.js';
import { headerCells, rowCells } from './table-cells.js';
import { truncateCells } from './text-cells.js';

interface Props {
  readonly rows: readonly UnitResult[];
  readonly first: number;
  readonly page: number;
  readonly selected: number;
  readonly pinned: string | undefined;
  readonly changes: Changes | undefined;
  readonly removed: readonly string[];
  readonly nameWidth: number;
  readonly width: number;
  readonly height: number;
  readonly labels: Labels;
  /** Shown instead of rows when there are none. */
  readonly empty: string;
}

/** The header, one page of the ranking around the selection, and a line with the position and the units gone. */
export function RankingTable(props: Props) {
  const { rows, first, page, selected, labels, nameWidth, width } = props;
  const shown = rows.slice(first, first + page);
  const position = rows.length > 0 ? labels.position(selected + 1, rows.length) : '';
  const removed = props.removed.length > 0 ? `${labels.removed}：${props.removed.join('、')}` : '';
  const blank = Math.max(0, page - Math.max(shown.length, 1));
  return (
    <Box flexDirection="column" width={width} height={props.height}>
      <RankingRow cells={headerCells(labels, nameWidth)} selected={false} header />
      {shown.length === 0 ? <Text dimColor>{truncateCells(props.empty, width)}</Text> : null}
      {shown.map((unit, i) => (
        <RankingRow
          key={unit.unit}
          cells={rowCells(unit, props.changes?.units.get(unit.unit), nameWidth, { selected: first + i === selected, pinned: unit.unit === props.pinned }, labels)}
          selected={first + i === selected}
        />
      ))}
      {Array.from({ length: blank }, (_, i) => (
        <Text key={`blank-${i}`}> </Text>
      ))}
      <Text wrap="truncate">
        <Text dimColor>{position}</Text>
        {removed ? <Text color="yellow">{position ? `  ${removed}` : removed}</Text> : null}
      </Text>
    </Box>
  );
}
