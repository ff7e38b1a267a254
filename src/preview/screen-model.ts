import { fitCodeFrames } from './fit-code-frame.js';
import type { UnitResult } from '../engine/evaluate.js';
import type { Labels } from './labels.js';
import { ExitCode } from '../cli/output.js';
import { INTERNAL_ERROR, type PreviewState } from './preview-session.js';
import { screenLayout, type ScreenLayout } from './screen-layout.js';
import { cells, wrapCells } from './text-cells.js';
import { currentGroup, firstRow, selectedIndex, type ListView, type UiState } from './ui-state.js';
import type { Version } from './version.js';

export interface ScreenModel {
  readonly layout: ScreenLayout;
  readonly tabs: readonly { readonly name: string; readonly count: number }[];
  readonly group: number;
  /** The current group's rows after the filter. */
  readonly rows: readonly UnitResult[];
  readonly removed: readonly string[];
  readonly selected: number;
  readonly first: number;
  /** The unit the breakdown shows: the pinned one, else the selected one. */
  readonly shown: string | undefined;
  readonly pinned: string | undefined;
  readonly title: string;
  readonly status: string;
  readonly tone: 'ok' | 'busy' | 'error';
  readonly empty: string;
}

/** Everything the screen shows but the breakdown, from the session's state and the person's choices. */
export function screenModel(
  state: PreviewState,
  ui: UiState,
  size: { readonly columns: number; readonly rows: number },
  labels: Labels,
  files: { readonly rules: string; readonly data: string },
): { readonly model: ScreenModel; readonly view: Omit<ListView, 'paneLines' | 'panePage'> } {
  const version = state.version;
  const groups = version?.groups ?? [];
  const groupNames = groups.map((g) => g.group);
  const group = currentGroup(ui, { groups: groupNames });
  const index = Math.max(0, groupNames.indexOf(group));
  const all = groups[index]?.rows ?? [];
  const needle = ui.filter.trim().toLowerCase();
  const rows = needle ? all.filter((u) => u.unit.toLowerCase().includes(needle)) : all;
  const layout = screenLayout(size.columns, size.rows, longestName(version, labels), all.length);
  const view = { groups: groupNames, names: rows.map((u) => u.unit), page: layout.page };
  const selected = selectedIndex(ui, view);
  const first = firstRow(ui, { ...view, paneLines: 0, panePage: 0 });
  const pinned = ui.pinned !== undefined && version?.indexOf.has(ui.pinned) ? ui.pinned : undefined;
  const rules = version?.scored.rules;
  const title = rules
    ? `${rules.title}${rules.version ? `（${rules.version}）` : ''}`
    : `${labels.rulesFile} ${files.rules}  ${labels.dataFile} ${files.data}`;
  const model: ScreenModel = {
    layout,
    tabs: groups.map((g) => ({ name: g.group, count: g.rows.length })),
    group: index,
    rows,
    removed: state.changes?.removed.get(group) ?? [],
    selected,
    first,
    shown: pinned ?? rows[selected]?.unit,
    pinned,
    title,
    ...status(state, labels),
    empty: version ? (needle ? labels.noMatch(ui.filter) : '') : labels.noRanking,
  };
  return { model, view };
}

function status(state: PreviewState, labels: Labels): { status: string; tone: ScreenModel['tone'] } {
  if (state.loading) return { status: labels.loading, tone: 'busy' };
  if (state.problem) return { status: problemHeading(state.problem.exitCode, labels), tone: 'error' };
  const version = state.version;
  if (!version || !state.loadedAt) return { status: '', tone: 'ok' };
  const time = state.loadedAt.toTimeString().slice(0, 8);
  const warnings = version.warnings > 0 ? `${labels.warnings(version.warnings)}  ` : '';
  return { status: `${warnings}${labels.version(version.number)}  ${labels.updated(time, state.loadMs ?? 0)}`, tone: 'ok' };
}

function longestName(version: Version | undefined, labels: Labels): number {
  return Math.max(cells(labels.unit), version?.nameCells ?? 0);
}

/** The pane's lines, wrapped to its width: the errors while the files have them, else the breakdown. */
export function paneLines(state: PreviewState, explanation: readonly string[] | undefined, width: number): readonly string[] | undefined {
  const text = state.problem ? fitCodeFrames(state.problem.text.replace(/\n+$/, '').split('\n'), width) : explanation;
  return text?.flatMap((line) => wrapCells(line, width));
}

/** What kind of problem stops the files evaluating, by the exit code `evaluate` would give. */
export function problemHeading(exitCode: number, labels: Labels): string {
  if (exitCode === ExitCode.ruleErrors) return labels.ruleErrors;
  return exitCode === INTERNAL_ERROR ? labels.internalError : labels.dataErrors;
}
