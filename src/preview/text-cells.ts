import stringWidth from 'string-width';
import { oneLine } from '../cli/terminal-text.js';

/**
 * Terminal text measured in cells, as a terminal draws it: a Chinese
 * character takes two. Every line the preview draws goes through here, so
 * columns line up and no line is wider than its pane.
 */
export function cells(text: string): number {
  return stringWidth(text);
}

/**
 * `cells` summed character by character, from remembered widths: much
 * faster over thousands of unit names, and the same for the Chinese and
 * ASCII text of names (not for emoji sequences, which names do not have).
 */
export function quickCells(text: string): number {
  let width = 0;
  for (const ch of text) width += charCells(ch);
  return width;
}

const charWidths = new Map<string, number>();

/** One character's cells, remembered: wrapping measures every character of every line. */
function charCells(ch: string): number {
  let width = charWidths.get(ch);
  if (width === undefined) {
    width = stringWidth(ch);
    charWidths.set(ch, width);
  }
  return width;
}

/** The text cut to at most `width` cells; a cut line ends with '…'. */
export function truncateCells(text: string, width: number): string {
  const line = oneLine(text);
  if (width <= 0) return '';
  if (stringWidth(line) <= width) return line;
  let out = '';
  let used = 0;
  for (const ch of line) {
    const w = charCells(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** Left-aligned in `width` cells (cut when longer). */
export function padEndCells(text: string, width: number): string {
  const cut = truncateCells(text, width);
  return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}

/** Right-aligned in `width` cells (cut when longer). */
export function padStartCells(text: string, width: number): string {
  const cut = truncateCells(text, width);
  return ' '.repeat(Math.max(0, width - stringWidth(cut))) + cut;
}

/**
 * One line broken into pieces of at most `width` cells: at the last space
 * when there is one (file:line:col stays whole), else anywhere (Chinese
 * has no spaces between words). A continuation keeps the line's leading
 * indent, so wrapped explanation lines stay under their heading.
 */
export function wrapCells(text: string, width: number): string[] {
  const line = oneLine(text);
  if (width <= 0) return [''];
  if (stringWidth(line) <= width) return [line];
  const indent = /^ */.exec(line)![0].slice(0, Math.max(0, Math.floor(width / 2)));
  const pieces: string[] = [];
  let current = '';
  let used = 0;
  for (const ch of line) {
    const w = charCells(ch);
    if (used + w > width && current.trim() !== '') {
      const space = current.lastIndexOf(' ');
      const breakAt = space > indent.length && current.slice(0, space).trim() !== '' ? space : -1;
      pieces.push(breakAt >= 0 ? current.slice(0, breakAt) : current);
      current = indent + (breakAt >= 0 ? current.slice(breakAt + 1) : '');
      used = stringWidth(current);
    }
    current += ch;
    used += w;
  }
  if (current.trim() !== '') pieces.push(current);
  return pieces;
}
