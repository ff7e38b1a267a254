import { Box, Text } from 'ink';
import type { Labels } from './labels.js';

interface Props {
  readonly editing: boolean;
  readonly filter: string;
  readonly labels: Labels;
  readonly width: number;
}

/** The keys at the bottom, or the filter being typed. */
export function StatusLine({ editing, filter, labels, width }: Props) {
  return (
    <Box width={width} height={1}>
      {editing ? (
        <Text wrap="truncate">
          <Text color="yellow">{labels.filterPrompt}</Text>
          {filter}
          <Text inverse> </Text>
          <Text dimColor>{`  ${labels.filterKeys}`}</Text>
        </Text>
      ) : (
        <Text wrap="truncate" dimColor>
          {labels.hints}
        </Text>
      )}
    </Box>
  );
}
