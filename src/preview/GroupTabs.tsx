import { Box, Text } from 'ink';

interface Props {
  readonly tabs: readonly { readonly name: string; readonly count: number }[];
  readonly current: number;
  /** Said at the right, such as the filter in use. */
  readonly aside: string;
  readonly width: number;
}

/** The groups, the one on screen highlighted; Tab and ←/→ move between them. */
export function GroupTabs({ tabs, current, aside, width }: Props) {
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate">
        {tabs.map((tab, i) => (
          <Text key={tab.name || i} inverse={i === current} bold={i === current}>
            {`${i === current ? '[' : ' '}${tab.name ? `${tab.name} ` : ''}${tab.count}${i === current ? ']' : ' '}`}
          </Text>
        ))}
        {aside ? <Text color="yellow">{`  ${aside}`}</Text> : null}
      </Text>
    </Box>
  );
}
