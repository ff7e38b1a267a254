import { createToken, Lexer, type TokenType } from 'chevrotain';

/*
 * Policy staff type with Chinese input methods, so every sign has its
 * full-width twin here: （）％＋－×÷≥≤＜＞＝，. Identifiers are runs of CJK
 * characters, letters, digits and underscores; keywords are whole words
 * and must be set off by spaces or signs, since Chinese has no word breaks.
 */

// Chevrotain's lexer does not take the `u` flag, so CJK is given as
// ranges: the unified ideographs, extension A and the compatibility block.
const identifierPattern =
  /[A-Za-z_\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF][A-Za-z0-9_\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]*/;

export const Identifier = createToken({
  name: 'Identifier',
  pattern: identifierPattern,
  line_breaks: false,
});

function keyword(name: string, words: string[]): TokenType {
  return createToken({
    name,
    pattern: new RegExp(words.join('|')),
    longer_alt: Identifier,
  });
}

export const If = keyword('If', ['如果']);
export const Then = keyword('Then', ['则', '那么']);
export const Else = keyword('Else', ['否则']);
export const And = keyword('And', ['并且', '且', 'and']);
export const Or = keyword('Or', ['或者', '或', 'or']);
export const Not = keyword('Not', ['非', 'not']);
export const True = keyword('True', ['是', 'true']);
export const False = keyword('False', ['否', 'false']);

export const Percent = createToken({
  name: 'Percent',
  pattern: /[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]/,
});
export const NumberLiteral = createToken({
  name: 'NumberLiteral',
  pattern: /[0-9０-９]+(?:[.．][0-9０-９]+)?/,
});
export const StringLiteral = createToken({
  name: 'StringLiteral',
  pattern: /"[^"\n]*"|'[^'\n]*'|“[^”\n]*”|‘[^’\n]*’|「[^」\n]*」/,
});

export const LessEqual = createToken({ name: 'LessEqual', pattern: /<=|≤|＜＝|<＝/ });
export const GreaterEqual = createToken({ name: 'GreaterEqual', pattern: />=|≥|＞＝|>＝/ });
export const NotEqual = createToken({ name: 'NotEqual', pattern: /!=|≠|<>|！＝/ });
export const Equal = createToken({ name: 'Equal', pattern: /==|=|＝/ });
export const Less = createToken({ name: 'Less', pattern: /[<＜]/ });
export const Greater = createToken({ name: 'Greater', pattern: /[>＞]/ });
export const Plus = createToken({ name: 'Plus', pattern: /[+＋]/ });
export const Minus = createToken({ name: 'Minus', pattern: /[-－−]/ });
export const Times = createToken({ name: 'Times', pattern: /[*×＊]/ });
export const Divide = createToken({ name: 'Divide', pattern: /[/÷／]/ });
export const LParen = createToken({ name: 'LParen', pattern: /[(（]/ });
export const RParen = createToken({ name: 'RParen', pattern: /[)）]/ });
export const Comma = createToken({ name: 'Comma', pattern: /[,，、]/ });

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /[ \t\r\n\u3000]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

/** Order matters: longer signs before their prefixes, keywords before names. */
export const allTokens: TokenType[] = [
  WhiteSpace,
  Percent,
  NumberLiteral,
  StringLiteral,
  LessEqual,
  GreaterEqual,
  NotEqual,
  Equal,
  Less,
  Greater,
  Plus,
  Minus,
  Times,
  Divide,
  LParen,
  RParen,
  Comma,
  If,
  Then,
  Else,
  And,
  Or,
  Not,
  True,
  False,
  Identifier,
];

export const expressionLexer = new Lexer(allTokens, {
  positionTracking: 'full',
  ensureOptimizations: false,
});
