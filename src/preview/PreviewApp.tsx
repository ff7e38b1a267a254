import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Lang } from '../diagnostics/diagnostic.js';
import { BreakdownPane } from './BreakdownPane.js';
import { ErrorPane } from './ErrorPane.js';
import { GroupTabs } from './GroupTabs.js';
import { HelpPane } from './HelpPane.js';
import { labelsFor } from './labels.js';
import type { PreviewSession } from './preview-session.js';
import { RankingTable } from './RankingTable.js';
import { paneLines, problemHeading, screenModel } from './screen-model.js';
import { StatusLine } from './StatusLine.js';
import { clampScroll } from './scroll-window.js';
import { TitleBar } from './TitleBar.js';
import { initialUiState, reduceKey, splitKeys, type UiState } from './ui-state.js';
import { useExplanation } from './use-explanation.js';
import { useTerminalSize, type TerminalSize } from './use-terminal-size.js';

export interface PreviewAppProps {
  readonly session: PreviewSession;
  readonly lang: Lang;
  /** A fixed size instead of the terminal's (tests, the bench). */
  readonly size?: TerminalSize;
}

/** The preview screen: one group's ranking, the breakdown of one unit, the errors while the files have them. */
export function PreviewApp({ session, lang, size }: PreviewAppProps) {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const [ui, setUi] = useState<UiState>(initialUiState);
  const { exit } = useApp();
  const terminal = useTerminalSize(size);
  const labels = labelsFor(lang);
  const { model, view } = screenModel(state, ui, terminal, labels, session.request);
  const { layout } = model;

  useEffect(() => session.setFocus(model.shown), [session, model.shown]);
  useEffect(() => {
    if (ui.quit) exit();
  }, [ui.quit, exit]);
  useEffect(() => {
    if (ui.reloads > 0) void session.reload();
  }, [session, ui.reloads]);

  const explanation = useExplanation(state.version, model.shown);
  const lines = useMemo(() => paneLines(state, explanation, layout.pane.width), [state, explanation, layout.pane.width]);
  const panePage = Math.max(1, layout.pane.height - (state.problem ? 3 : 2));
  const paneFirst = clampScroll(ui.paneScroll, panePage, lines?.length ?? 0);

  useInput((input, key) => {
    // Each key of a burst (Tab then Enter, pasted or typed fast) sees the
    // list as the keys before it left it, not as this render drew it.
    const listedFor = (u: UiState) => ({
      ...screenModel(state, u, terminal, labels, session.request).view,
      paneLines: lines?.length ?? 0,
      panePage,
    });
    setUi((s) => splitKeys(input, key).reduce((next, [i, k]) => reduceKey(next, i, k, listedFor(next)), s));
  });

  const problem = state.problem;
  const pane = problem ? (
    <ErrorPane
      heading={problemHeading(problem.exitCode, labels)}
      note={state.version ? labels.keptLast(state.version.number) : labels.nothingKept}
      lines={lines ?? []}
      first={paneFirst}
      width={layout.pane.width}
      height={layout.pane.height}
      labels={labels}
    />
  ) : (
    <BreakdownPane
      unit={model.shown}
      pinned={model.pinned !== undefined}
      lines={lines}
      first={paneFirst}
      width={layout.pane.width}
      height={layout.pane.height}
      labels={labels}
    />
  );
  const table = (
    <RankingTable
      rows={model.rows}
      first={model.first}
      page={layout.page}
      selected={model.selected}
      pinned={model.pinned}
      changes={state.changes}
      removed={model.removed}
      nameWidth={layout.nameWidth}
      width={layout.table.width}
      height={layout.table.height}
      labels={labels}
      empty={model.empty}
    />
  );
  const aside = ui.filter && !ui.editingFilter ? labels.filterActive(ui.filter) : '';
  return (
    <Box flexDirection="column" width={layout.width} height={layout.height}>
      <TitleBar title={model.title} status={model.status} tone={model.tone} width={layout.width} />
      <GroupTabs tabs={model.tabs} current={model.group} aside={aside} width={layout.width} />
      {ui.help ? (
        <HelpPane labels={labels} width={layout.width} height={layout.height - 3} />
      ) : layout.wide ? (
        <Box flexDirection="row" height={layout.table.height}>
          {table}
          <Box width={3} height={layout.table.height}>
            <Text dimColor>{' │\n'.repeat(layout.table.height).slice(0, -1)}</Text>
          </Box>
          {pane}
        </Box>
      ) : (
        <Box flexDirection="column">
          {table}
          {pane}
        </Box>
      )}
      <StatusLine editing={ui.editingFilter} filter={ui.filter} labels={labels} width={layout.width} />
    </Box>
  );
}
