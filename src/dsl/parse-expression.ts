import type { IRecognitionException } from 'chevrotain';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { astBuilder } from './ast-builder.js';
import type { Expr } from './ast.js';
import type { ExpressionSource } from './expression-source.js';
import { expressionLexer } from './tokens.js';
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

  expressionParser.input = lexed.tokens;
  const cst = expressionParser.expression();
  for (const error of expressionParser.errors) {
    diagnostics.push(syntaxDiagnostic(error, source));
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
