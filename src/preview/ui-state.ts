import type { Key } from 'ink';
import { clampScroll, windowStart } from './scroll-window.js';

/** What the person has chosen on screen; the ranking itself is the session's. */
export interface UiState {
  readonly group: number;
  /** The selected unit of each group, by name (names survive reloads and filtering). */
  readonly selected: Readonly<Record<string, string>>;
  /** The first ranking row on screen, per group. */
  readonly scroll: Readonly<Record<string, number>>;
  readonly filter: string;
  readonly editingFilter: boolean;
  readonly pinned?: string;
  readonly help: boolean;
  /** The first breakdown (or error) line on screen. */
  readonly paneScroll: number;
  readonly quit: boolean;
  /** Asked for a reload (r). */
  readonly reloads: number;
}

export const initialUiState: UiState = {
  group: 0,
  selected: {},
  scroll: {},
  filter: '',
  editingFilter: false,
  help: false,
  paneScroll: 0,
  quit: false,
  reloads: 0,
};

/** What the keys act on, as the screen shows it now. */
export interface ListView {
  readonly groups: readonly string[];
  /** Names of the current group's rows after the filter, in table order. */
  readonly names: readonly string[];
  /** Ranking rows on screen at once. */
  readonly page: number;
  /** Lines the pane has, and lines it shows at once. */
  readonly paneLines: number;
  readonly panePage: number;
}

export function currentGroup(state: UiState, view: Pick<ListView, 'groups'>): string {
  return view.groups[Math.min(state.group, Math.max(0, view.groups.length - 1))] ?? '';
}

/** The selected row's position in the list (the first row when the selected unit is not listed). */
export function selectedIndex(state: UiState, view: Pick<ListView, 'groups' | 'names'>): number {
  const name = state.selected[currentGroup(state, view)];
  const at = name === undefined ? -1 : view.names.indexOf(name);
  return at < 0 ? 0 : at;
}

/** The first ranking row on screen: the group's own scroll, moved to keep the selection visible. */
export function firstRow(state: UiState, view: ListView): number {
  const group = currentGroup(state, view);
  return windowStart(state.scroll[group] ?? 0, selectedIndex(state, view), view.page, view.names.length);
}

/** The state after one key press. */
export function reduceKey(state: UiState, input: string, key: Key, view: ListView): UiState {
  if (key.ctrl && input === 'c') return { ...state, quit: true };
  if (state.help) {
    return input === '?' || key.escape || input === 'q' ? { ...state, help: false } : state;
  }
  if (state.editingFilter) {
    const edited = editFilter(state, input, key);
    if (edited) return edited;
  } else {
    const command = normalKey(state, input, key, view);
    if (command) return command;
  }
  return moveKey(state, input, key, view, !state.editingFilter) ?? state;
}

function editFilter(state: UiState, input: string, key: Key): UiState | undefined {
  if (key.return) return { ...state, editingFilter: false };
  if (key.escape) return { ...state, editingFilter: false, filter: '' };
  if (key.backspace || key.delete) return { ...state, filter: [...state.filter].slice(0, -1).join('') };
  if (key.upArrow || key.downArrow || key.pageUp || key.pageDown || key.tab || key.leftArrow || key.rightArrow) return undefined;
  if (key.ctrl || key.meta || input === '') return state;
  return { ...state, filter: state.filter + input.replace(/[\u0000-\u001f\u007f]/g, '') };
}

function normalKey(state: UiState, input: string, key: Key, view: ListView): UiState | undefined {
  if (input === 'q') return { ...state, quit: true };
  if (input === '?') return { ...state, help: true };
  if (input === '/') return { ...state, editingFilter: true };
  if (input === 'r') return { ...state, reloads: state.reloads + 1 };
  if (key.escape) return state.filter ? { ...state, filter: '' } : state;
  if (key.return) {
    const name = view.names[selectedIndex(state, view)];
    if (name === undefined) return state;
    const { pinned: _, ...rest } = state;
    return state.pinned === name ? rest : { ...state, pinned: name, paneScroll: 0 };
  }
  if (input === '[' || input === ']') {
    const step = Math.max(1, Math.floor(view.panePage / 2));
    const to = state.paneScroll + (input === ']' ? step : -step);
    return { ...state, paneScroll: clampScroll(to, view.panePage, view.paneLines) };
  }
  return undefined;
}

/** Moving the selection and switching groups; `letters` allows j/k/g/G (not while typing a filter). */
function moveKey(state: UiState, input: string, key: Key, view: ListView, letters: boolean): UiState | undefined {
  const groups = view.groups.length;
  if (groups > 1 && (key.tab || key.rightArrow || key.leftArrow)) {
    const back = key.leftArrow || (key.tab && key.shift);
    return { ...state, group: (state.group + (back ? groups - 1 : 1)) % groups, paneScroll: 0 };
  }
  const count = view.names.length;
  if (count === 0) return undefined;
  const at = selectedIndex(state, view);
  const page = Math.max(1, view.page);
  let to: number | undefined;
  if (key.downArrow || (letters && input === 'j')) to = at + 1;
  else if (key.upArrow || (letters && input === 'k')) to = at - 1;
  else if (key.pageDown) to = at + page;
  else if (key.pageUp) to = at - page;
  else if (key.home || (letters && input === 'g')) to = 0;
  else if (key.end || (letters && input === 'G')) to = count - 1;
  if (to === undefined) return undefined;
  to = Math.max(0, Math.min(count - 1, to));
  const group = currentGroup(state, view);
  const first = firstRow(state, view);
  return {
    ...state,
    selected: { ...state.selected, [group]: view.names[to]! },
    scroll: { ...state.scroll, [group]: windowStart(first, to, view.page, count) },
    paneScroll: to === at || state.pinned !== undefined ? state.paneScroll : 0,
  };
}

/**
 * Keys typed faster than they are read arrive as one string ("jj\t"); each
 * character is then one key press, a tab, return or backspace included.
 */
export function splitKeys(input: string, key: Key): [string, Key][] {
  const chars = [...input];
  if (chars.length <= 1 || key.ctrl || key.meta) return [[input, key]];
  const plain: Key = { ...key, shift: false, tab: false, return: false, backspace: false, delete: false };
  return chars.map((ch): [string, Key] => {
    if (ch === '\t') return ['', { ...plain, tab: true }];
    if (ch === '\r' || ch === '\n') return ['', { ...plain, return: true }];
    if (ch === '\u007f' || ch === '\b') return ['', { ...plain, backspace: true }];
    return [ch, { ...plain, shift: /[A-Z]/.test(ch) }];
  });
}
