import { LineCounter, parseDocument, isAlias, isMap, isScalar, isSeq, visit, type Document, type Node, type Scalar } from 'yaml';
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

  /**
   * Parses a rule file. Only the first YAML error is reported: the ones
   * after it are almost always echoes of it (a tab, a missing space).
   */
  static parse(file: string, text: string): { source?: YamlSource; diagnostics: Diagnostic[] } {
    const lines = new LineCounter();
    const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const source = new YamlSource(file, text, document, lines);
    const [first] = document.errors;
    if (first) return { diagnostics: [source.yamlError(first.code, first.message, first.pos)] };
    const alias = firstAliasOrAnchor(document);
    if (alias) return { diagnostics: [diagnostic('E108', {}, { span: source.span(alias[0], alias[1]) })] };
    return { source, diagnostics: [] };
  }

  private yamlError(code: string, message: string, pos: [number, number]): Diagnostic {
    if (code === 'MULTIPLE_DOCS') return diagnostic('E109', {}, { span: this.span(pos[0], pos[1]) });
    const quote = code === 'MISSING_CHAR' && /quote/i.test(message) ? unclosedQuote(this.text) : undefined;
    const start = quote ?? pos[0];
    if (code === 'DUPLICATE_KEY') {
      // Underline the whole repeated key, not just where the parser stopped.
      const key = /^[^:\n]*/.exec(this.text.slice(start))![0].trimEnd();
      pos = [start, start + Math.max(key.length, 1)];
    }
    const hint = lineHint(this.text, start);
    return diagnostic(
      'E101',
      { code, message: firstLine(message), ...(hint ? { hint } : {}) },
      { span: this.span(start, quote === undefined ? pos[1] : start + 1) },
    );
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

/** The range of the first alias (*a) or anchor (&a) in a document. */
function firstAliasOrAnchor(document: Document.Parsed): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(document, (_key, node) => {
    if (isAlias(node) || ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor)) {
      const [start, end] = (node as Node).range ?? [0, 0];
      found = [start, end];
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/**
 * Where a quote that is never closed was opened: the parser only notices at
 * the end of the file. The first line with an odd number of quotes of one
 * kind, comments aside, is the one to fix.
 */
function unclosedQuote(text: string): number | undefined {
  let offset = 0;
  for (const line of text.split('\n')) {
    const code = line.replace(/\s#.*$/, '');
    for (const q of ['"', "'"]) {
      const count = code.split(q).length - 1 - (q === '"' ? (code.match(/\\"/g) ?? []).length : 0);
      if (count % 2 === 1) return offset + code.indexOf(q);
    }
    offset += line.length + 1;
  }
  return undefined;
}

/** A likely cause visible on the error's line, for the message's hint. */
function lineHint(text: string, offset: number): 'fullwidth-colon' | 'colon-space' | 'tab' | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  if (/^\s*\t/.test(line)) return 'tab';
  if (/^\s*(- )?[^\s:：#"']+：/.test(line)) return 'fullwidth-colon';
  if (/^\s*(- )?[^\s:#"']+:[^\s]/.test(line)) return 'colon-space';
  return undefined;
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
  if (escapes && file[p] === '\\') return p + escapeLength(file[p + 1]);
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
