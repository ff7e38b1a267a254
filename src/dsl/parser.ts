import {
  CstParser,
  type CstNode,
  type IParserErrorMessageProvider,
  type TokenType,
} from 'chevrotain';
import * as T from './tokens.js';

/**
 * Chevrotain words its errors in English prose. This provider records the
 * expected token kinds as JSON instead, so parse-expression.ts can word the
 * message from the catalogue in the user's language.
 */
const expectedKindsProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => encode([expected]),
  buildNotAllInputParsedMessage: () => encode([]),
  buildNoViableAltMessage: ({ expectedPathsPerAlt }) =>
    encode(expectedPathsPerAlt.flat().map((path) => path[0]!)),
  buildEarlyExitMessage: ({ expectedIterationPaths }) =>
    encode(expectedIterationPaths.map((path) => path[0]!)),
};

function encode(kinds: TokenType[]): string {
  return JSON.stringify([...new Set(kinds.map((k) => k.name))]);
}

/**
 * The expression grammar, recognition only: the CST it yields is turned into
 * the AST by ast-builder.ts. Precedence climbs from the conditional down to
 * literals, so `a + b > c 且 d` groups as `((a + b) > c) 且 d`.
 */
export class ExpressionParser extends CstParser {
  constructor() {
    super(T.allTokens, {
      recoveryEnabled: true,
      maxLookahead: 3,
      errorMessageProvider: expectedKindsProvider,
    });
    this.performSelfAnalysis();
  }

  expression = this.RULE('expression', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.conditional) },
      { ALT: () => this.SUBRULE(this.orExpression) },
    ]);
  });

  conditional = this.RULE('conditional', () => {
    this.CONSUME(T.If);
    this.SUBRULE(this.expression, { LABEL: 'test' });
    this.CONSUME(T.Then);
    this.SUBRULE2(this.expression, { LABEL: 'consequent' });
    this.CONSUME(T.Else);
    this.SUBRULE3(this.expression, { LABEL: 'alternative' });
  });

  orExpression = this.RULE('orExpression', () => {
    this.SUBRULE(this.andExpression, { LABEL: 'operands' });
    this.MANY(() => {
      this.CONSUME(T.Or, { LABEL: 'operators' });
      this.SUBRULE2(this.andExpression, { LABEL: 'operands' });
    });
  });

  andExpression = this.RULE('andExpression', () => {
    this.SUBRULE(this.notExpression, { LABEL: 'operands' });
    this.MANY(() => {
      this.CONSUME(T.And, { LABEL: 'operators' });
      this.SUBRULE2(this.notExpression, { LABEL: 'operands' });
    });
  });

  notExpression = this.RULE('notExpression', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Not);
          this.SUBRULE(this.notExpression);
        },
      },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]);
  });

  comparison = this.RULE('comparison', () => {
    this.SUBRULE(this.additive, { LABEL: 'operands' });
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Less, { LABEL: 'operator' }) },
        { ALT: () => this.CONSUME(T.LessEqual, { LABEL: 'operator' }) },
        { ALT: () => this.CONSUME(T.Greater, { LABEL: 'operator' }) },
        { ALT: () => this.CONSUME(T.GreaterEqual, { LABEL: 'operator' }) },
        { ALT: () => this.CONSUME(T.Equal, { LABEL: 'operator' }) },
        { ALT: () => this.CONSUME(T.NotEqual, { LABEL: 'operator' }) },
      ]);
      this.SUBRULE2(this.additive, { LABEL: 'operands' });
    });
  });

  additive = this.RULE('additive', () => {
    this.SUBRULE(this.multiplicative, { LABEL: 'operands' });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Plus, { LABEL: 'operators' }) },
        { ALT: () => this.CONSUME(T.Minus, { LABEL: 'operators' }) },
      ]);
      this.SUBRULE2(this.multiplicative, { LABEL: 'operands' });
    });
  });

  multiplicative = this.RULE('multiplicative', () => {
    this.SUBRULE(this.unary, { LABEL: 'operands' });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Times, { LABEL: 'operators' }) },
        { ALT: () => this.CONSUME(T.Divide, { LABEL: 'operators' }) },
      ]);
      this.SUBRULE2(this.unary, { LABEL: 'operands' });
    });
  });

  unary = this.RULE('unary', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Minus);
          this.SUBRULE(this.unary);
        },
      },
      { ALT: () => this.SUBRULE(this.primary) },
    ]);
  });

  primary = this.RULE('primary', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Percent) },
      { ALT: () => this.CONSUME(T.NumberLiteral) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.True) },
      { ALT: () => this.CONSUME(T.False) },
      { ALT: () => this.SUBRULE(this.parenthesized) },
      { ALT: () => this.SUBRULE(this.nameOrCall) },
    ]);
  });

  parenthesized = this.RULE('parenthesized', () => {
    this.CONSUME(T.LParen);
    this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
  });

  nameOrCall = this.RULE('nameOrCall', () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.OPTION2(() => {
        this.SUBRULE(this.argument, { LABEL: 'arguments' });
        this.MANY(() => {
          this.CONSUME(T.Comma);
          this.SUBRULE2(this.argument, { LABEL: 'arguments' });
        });
      });
      this.CONSUME(T.RParen);
    });
  });

  /** `名称=值` names a parameter; `=` elsewhere compares. */
  argument = this.RULE('argument', () => {
    this.OPTION({
      GATE: () =>
        this.LA(1).tokenType === T.Identifier &&
        this.LA(2).tokenType === T.Equal,
      DEF: () => {
        this.CONSUME(T.Identifier, { LABEL: 'parameter' });
        this.CONSUME(T.Equal);
      },
    });
    this.SUBRULE(this.expression, { LABEL: 'value' });
  });
}

/** Chevrotain parsers are reusable; building one costs a grammar analysis. */
export const expressionParser = new ExpressionParser();

export type { CstNode };
