import type { IRecognitionException, IToken } from 'chevrotain';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { astBuilder } from './ast-builder.js';
import type { Expr } from './ast.js';
import type { ExpressionSource } from './expression-source.js';
import { expressionLexer, LParen, RParen } from './tokens.js';
import { expressionParser } from './parser.js';

export type ParseOutcome =
  | { ok: true; ast: Expr }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Lexes and parses one DSL expression. Every lexing and parsing error is
 * reported (the parser recovers and goes on), each at its own spot.
 */
export function parseExpression(source: ExpressionSource): ParseOutcome {
  const lexed = expressionLexer.tokenize(source.text);
  const diagnostics: Diagnostic[] = lexed.errors.map((e) =>
    diagnostic(
      'E201',
      { found: source.text.substr(e.offset, e.length) },
      { span: source.locate({ start: e.offset, end: e.offset + e.length }) },
    ),
  );

  if (lexed.tokens.length === 0 && diagnostics.length === 0) {
    return {
      ok: false,
      diagnostics: [diagnostic('E203', {}, { span: source.locate({ start: 0, end: 0 }) })],
    };
  }

  const tooBig = sizeLimit(lexed.tokens);
  if (tooBig) {
    const span = source.locate({ start: 0, end: source.text.length });
    return { ok: false, diagnostics: [...diagnostics, diagnostic('E204', tooBig, { span })] };
  }

  expressionParser.input = lexed.tokens;
  const cst = expressionParser.expression();
  // With a character the lexer dropped, the parser's complaints are about a
  // text the user never wrote: the lexing errors alone say what to fix.
  if (diagnostics.length === 0) {
    for (const error of expressionParser.errors) diagnostics.push(syntaxDiagnostic(error, source));
  }

  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return { ok: true, ast: astBuilder.visit(cst) as Expr };
}

function syntaxDiagnostic(error: IRecognitionException, source: ExpressionSource): Diagnostic {
  const token = error.token;
  const atEnd = token.tokenType.name === 'EOF' || Number.isNaN(token.startOffset);
  const start = atEnd ? source.text.trimEnd().length : token.startOffset;
  const end = atEnd ? start : (token.endOffset ?? start) + 1;
  return diagnostic(
    'E202',
    {
      expected: expectedTokens(error),
      found: atEnd ? { end: true } : { token: token.image },
    },
    { span: source.locate({ start, end }) },
  );
}

/** The expected token kinds, as recorded by the parser's message provider. */
function expectedTokens(error: IRecognitionException): string[] {
  const kinds = JSON.parse(error.message) as string[];
  return kinds.length === 0 ? ['Operator'] : kinds;
}

/*
 * Parsing and checking recurse over the expression, so a pathological one
 * (hundreds of nested parentheses) would exhaust the stack. Policy formulas
 * are far below these limits; longer ones belong in derived values.
 */
const MAX_TOKENS = 1000;
const MAX_DEPTH = 50;

function sizeLimit(tokens: readonly IToken[]): { limit: number; what: 'depth' | 'length' } | undefined {
  if (tokens.length > MAX_TOKENS) return { limit: MAX_TOKENS, what: 'length' };
  let depth = 0;
  for (const token of tokens) {
    if (token.tokenType === LParen) depth += 1;
    else if (token.tokenType === RParen) depth -= 1;
    if (depth > MAX_DEPTH) return { limit: MAX_DEPTH, what: 'depth' };
  }
  return undefined;
}
