import { Box, Text } from 'ink';
import { cells, truncateCells } from './text-cells.js';

interface Props {
  readonly title: string;
  readonly status: string;
  readonly tone: 'ok' | 'busy' | 'error';
  readonly width: number;
}

/** The rule set's title at the left; the state of the last load at the right. */
export function TitleBar({ title, status, tone, width }: Props) {
  const room = Math.max(0, width - cells(status) - 2);
  const left = truncateCells(title, room);
  const gap = ' '.repeat(Math.max(1, width - cells(left) - cells(status)));
  const color = tone === 'error' ? 'red' : tone === 'busy' ? 'yellow' : 'green';
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate">
        <Text bold>{left}</Text>
        {gap}
        <Text color={color}>{status}</Text>
      </Text>
    </Box>
  );
}
