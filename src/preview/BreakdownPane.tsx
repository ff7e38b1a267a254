import { Box, Text } from 'ink';
import type { Labels } from './labels.js';
import { ScrolledLines } from './ScrolledLines.js';
import { truncateCells } from './text-cells.js';

interface Props {
  readonly unit: string | undefined;
  readonly pinned: boolean;
  /** Wrapped explanation lines; undefined while they are being worked out. */
  readonly lines: readonly string[] | undefined;
  readonly first: number;
  readonly width: number;
  readonly height: number;
  readonly labels: Labels;
}

/** The explain view of the selected (or pinned) unit. */
export function BreakdownPane({ unit, pinned, lines, first, width, height, labels }: Props) {
  const title = `${labels.breakdown}${unit ? `：${unit}` : ''}${pinned ? `［${labels.pinned}］` : ''}`;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate" {...(pinned ? { color: 'yellow' } : {})}>
        {truncateCells(title, width)}
      </Text>
      {lines ? (
        <ScrolledLines lines={lines} first={first} width={width} height={height - 1} more={labels.more} />
      ) : (
        <Text dimColor>{unit ? '…' : ''}</Text>
      )}
    </Box>
  );
}
