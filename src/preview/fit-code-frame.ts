import stringWidth from 'string-width';

const SOURCE = /^(\s+\d+ │ )(.*)$/;
const UNDERLINE = /^(\s+│ )(\s*)(\^+)\s*$/;

/**
 * A diagnostic's source line and its underline, fitted into `width` cells
 * without wrapping (a wrapped line loses its underline): both are cut at the
 * right, and shifted left together when the underlined span lies beyond the
 * edge, so the carets still sit under the span. Other lines pass through.
 */
export function fitCodeFrames(lines: readonly string[], width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const source = SOURCE.exec(lines[i]!);
    const underline = source ? UNDERLINE.exec(lines[i + 1] ?? '') : null;
    if (!source || !underline) {
      out.push(lines[i]!);
      continue;
    }
    const gutter = source[1]!;
    const room = Math.max(8, width - stringWidth(gutter));
    const caretStart = underline[2]!.length;
    const caretCells = underline[3]!.length;
    const skip = caretStart + caretCells > room ? Math.min(caretStart, caretStart + caretCells - room + 1) : 0;
    // Cut whole characters: a wide one straddling the cut goes entirely, and
    // the carets move by what was really cut, less the one cell of "…".
    const cut = skip > 0 ? dropCells(source[2]!, skip + 1) : { rest: source[2]!, dropped: 0 };
    const text = skip > 0 ? `…${cut.rest}` : cut.rest;
    const start = caretStart - cut.dropped + (skip > 0 ? 1 : 0);
    out.push(`${gutter}${takeCells(text, room)}`);
    out.push(`${underline[1]}${' '.repeat(start)}${'^'.repeat(Math.max(1, Math.min(caretCells, room - start)))}`);
    i += 1;
  }
  return out;
}

/** The text without its first `cells` terminal cells (rounded up to whole characters). */
function dropCells(text: string, cells: number): { rest: string; dropped: number } {
  let used = 0;
  let index = 0;
  for (const char of text) {
    if (used >= cells) break;
    used += stringWidth(char);
    index += char.length;
  }
  return { rest: text.slice(index), dropped: used };
}

/** As much of the text as fits in `cells` terminal cells. */
function takeCells(text: string, cells: number): string {
  let used = 0;
  let out = '';
  for (const char of text) {
    const w = stringWidth(char);
    if (used + w > cells) break;
    used += w;
    out += char;
  }
  return out;
}
