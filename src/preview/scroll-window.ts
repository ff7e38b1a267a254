/**
 * The first row to show of `total` rows in `page` lines, moved as little as
 * possible from `start` so that row `selected` is on screen.
 */
export function windowStart(start: number, selected: number, page: number, total: number): number {
  const size = Math.max(1, page);
  let first = Math.min(Math.max(0, start), Math.max(0, total - size));
  if (selected < first) first = selected;
  if (selected >= first + size) first = selected - size + 1;
  return Math.max(0, first);
}

/** `start` kept within the lines there are, for a pane scrolled by hand. */
export function clampScroll(start: number, page: number, total: number): number {
  return Math.max(0, Math.min(start, total - Math.max(1, page)));
}
