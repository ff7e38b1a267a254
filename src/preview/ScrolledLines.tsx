import { Box, Text } from 'ink';

interface Props {
  readonly lines: readonly string[];
  readonly first: number;
  readonly width: number;
  /** Lines for the text, not counting the line that says more is hidden. */
  readonly height: number;
  readonly color?: string;
  readonly more: (above: number, below: number) => string;
}

/**
 * Lines already wrapped to the width, from `first`, in a fixed height; the
 * last line says how much is hidden when not everything fits.
 */
export function ScrolledLines({ lines, first, width, height, color, more }: Props) {
  const hidden = lines.length > height;
  const room = hidden ? height - 1 : height;
  const shown = lines.slice(first, first + room);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {shown.map((line, i) => (
        <Text key={i} wrap="truncate" {...(color ? { color } : {})}>
          {line === '' ? ' ' : line}
        </Text>
      ))}
      {hidden ? (
        <Text wrap="truncate" dimColor>
          {more(first, Math.max(0, lines.length - first - room))}
        </Text>
      ) : null}
    </Box>
  );
}
