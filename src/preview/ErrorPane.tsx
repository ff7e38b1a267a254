import { Box, Text } from 'ink';
import type { Labels } from './labels.js';
import { ScrolledLines } from './ScrolledLines.js';
import { truncateCells } from './text-cells.js';

interface Props {
  readonly heading: string;
  readonly note: string;
  /** The diagnostics as formatDiagnostics prints them, wrapped to the width. */
  readonly lines: readonly string[];
  readonly first: number;
  readonly width: number;
  readonly height: number;
  readonly labels: Labels;
}

/** Why the files do not evaluate now, where the breakdown was. */
export function ErrorPane({ heading, note, lines, first, width, height, labels }: Props) {
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold color="red" wrap="truncate">
        {truncateCells(heading, width)}
      </Text>
      <Text dimColor wrap="truncate">
        {truncateCells(note, width)}
      </Text>
      <ScrolledLines lines={lines} first={first} width={width} height={Math.max(1, height - 2)} more={labels.more} />
    </Box>
  );
}
