import { Box, Text } from 'ink';
import type { Labels } from './labels.js';
import { cells, padEndCells, truncateCells } from './text-cells.js';

interface Props {
  readonly labels: Labels;
  readonly width: number;
  readonly height: number;
}

/** The keys, in place of the ranking until ? or Esc. */
export function HelpPane({ labels, width, height }: Props) {
  const keyWidth = Math.max(...labels.helpLines.map(([key]) => cells(key))) + 2;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold>{labels.helpTitle}</Text>
      {labels.helpLines.map(([key, what]) => (
        <Text key={key} wrap="truncate">
          <Text color="cyan">{`  ${padEndCells(key, keyWidth)}`}</Text>
          {truncateCells(what, Math.max(1, width - keyWidth - 2))}
        </Text>
      ))}
      <Text> </Text>
      <Text dimColor>{labels.helpClose}</Text>
    </Box>
  );
}
