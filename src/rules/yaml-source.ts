import { LineCounter, parseDocument, isScalar, type Document, type Node, type Scalar } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceSpan } from '../diagnostics/source-span.js';
import type { ExpressionSource } from '../dsl/expression-source.js';

/** A parsed YAML file that can still say where each of its nodes came from. */
export class YamlSource {
  private constructor(
    readonly file: string,
    readonly text: string,
    readonly document: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  static parse(file: string, text: string): { source?: YamlSource; diagnostics: Diagnostic[] } {
    const lines = new LineCounter();
    const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const source = new YamlSource(file, text, document, lines);
    const diagnostics = document.errors.map((e) =>
      diagnostic('E101', { code: e.code, message: firstLine(e.message) }, { span: source.span(e.pos[0], e.pos[1]) }),
    );
    return diagnostics.length > 0 ? { diagnostics } : { source, diagnostics };
  }

  span(start: number, end: number): SourceSpan {
    const { line, col } = this.lines.linePos(start);
    return { file: this.file, offset: start, length: Math.max(0, end - start), line, column: col };
  }

  nodeSpan(node: Node | null | undefined): SourceSpan {
    const [start, end] = node?.range ?? [0, 0];
    return this.span(start, end);
  }

  /**
   * The expression written in a scalar, with a map from each character of
   * its value back to the file, through quotes, escapes, block indentation
   * and folded line breaks.
   */
  expression(node: Scalar): ExpressionSource {
    const text = scalarText(node);
    const offsets = alignValue(text, this.text, node);
    return {
      text,
      locate: (span) => {
        const start = offsets[Math.min(span.start, text.length)]!;
        const end = offsets[Math.min(span.end, text.length)]!;
        return this.span(start, Math.max(end, start));
      },
    };
  }
}

/** A scalar's value as text; numbers keep their written form (0.1 stays "0.1"). */
export function scalarText(node: Scalar): string {
  if (typeof node.value === 'string') return node.value;
  return node.source ?? String(node.value);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function alignValue(value: string, file: string, node: Scalar): number[] {
  const [start, end] = node.range ?? [0, 0];
  let p = start;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') p += 1;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') p = file.indexOf('\n', p) + 1;
  const offsets: number[] = [];
  for (const c of value) {
    for (let unit = 0; unit < c.length; unit += 1) offsets.push(p);
    p = advance(c, file, p, end, node.type === 'QUOTE_DOUBLE');
  }
  offsets.push(Math.min(p, end));
  return offsets;
}

function advance(c: string, file: string, p: number, end: number, escapes: boolean): number {
  if (c === "'" && file.startsWith("''", p)) return p + 2;
  if (file.startsWith(c, p)) return p + c.length;
  if (/\s/.test(c)) return skipSpace(file, p, end);
  const q = skipSpace(file, p, end);
  if (file.startsWith(c, q)) return q + c.length;
  if (escapes && file[q] === '\\') return q + escapeLength(file[q + 1]);
  if (file.startsWith("''", q)) return q + 2;
  return q + 1;
}

function skipSpace(file: string, p: number, end: number): number {
  let q = p;
  while (q < end && /\s/.test(file[q]!)) q += 1;
  return q;
}

function escapeLength(kind: string | undefined): number {
  if (kind === 'x') return 4;
  if (kind === 'u') return 6;
  if (kind === 'U') return 10;
  return 2;
}

export { isScalar };
