import type { CstNode, IToken } from 'chevrotain';
import { expressionParser } from './parser.js';
import { toAsciiDigits } from './full-width.js';
import {
  joinSpans,
  type Argument,
  type BinaryOperator,
  type Expr,
  type TextSpan,
} from './ast.js';

type Children = Record<string, (CstNode | IToken)[] | undefined>;

const BaseVisitor = expressionParser.getBaseCstVisitorConstructor();

const operatorByToken: Record<string, BinaryOperator> = {
  Plus: '+',
  Minus: '-',
  Times: '*',
  Divide: '/',
  Less: '<',
  LessEqual: '<=',
  Greater: '>',
  GreaterEqual: '>=',
  Equal: '=',
  NotEqual: '!=',
  And: 'and',
  Or: 'or',
};

function tokenSpan(token: IToken): TextSpan {
  return { start: token.startOffset, end: (token.endOffset ?? token.startOffset) + 1 };
}

function nodes(children: Children, key: string): CstNode[] {
  return (children[key] ?? []) as CstNode[];
}

function tokens(children: Children, key: string): IToken[] {
  return (children[key] ?? []) as IToken[];
}

/**
 * Turns the CST into the AST. Only called on a CST without parse errors:
 * recovery may leave holes that this visitor need not make sense of.
 */
class AstBuilder extends BaseVisitor {
  constructor() {
    super();
    this.validateVisitor();
  }

  expression(children: Children): Expr {
    const [inner] = [...nodes(children, 'conditional'), ...nodes(children, 'orExpression')];
    return this.visit(inner!);
  }

  conditional(children: Children): Expr {
    const test: Expr = this.visit(nodes(children, 'test')[0]!);
    const consequent: Expr = this.visit(nodes(children, 'consequent')[0]!);
    const alternative: Expr = this.visit(nodes(children, 'alternative')[0]!);
    const start = tokenSpan(tokens(children, 'If')[0]!);
    return {
      kind: 'conditional',
      test,
      consequent,
      alternative,
      span: joinSpans(start, alternative.span),
    };
  }

  orExpression(children: Children): Expr {
    return this.leftAssociative(children);
  }

  andExpression(children: Children): Expr {
    return this.leftAssociative(children);
  }

  additive(children: Children): Expr {
    return this.leftAssociative(children);
  }

  multiplicative(children: Children): Expr {
    return this.leftAssociative(children);
  }

  comparison(children: Children): Expr {
    const [left, right] = nodes(children, 'operands').map((n) => this.visit(n) as Expr);
    const operator = tokens(children, 'operator')[0];
    if (!operator || !right) return left!;
    return this.binary(operator, left!, right);
  }

  notExpression(children: Children): Expr {
    const not = tokens(children, 'Not')[0];
    if (!not) return this.visit(nodes(children, 'comparison')[0]!);
    const operand: Expr = this.visit(nodes(children, 'notExpression')[0]!);
    return {
      kind: 'unary',
      operator: 'not',
      operand,
      span: joinSpans(tokenSpan(not), operand.span),
    };
  }

  unary(children: Children): Expr {
    const minus = tokens(children, 'Minus')[0];
    if (!minus) return this.visit(nodes(children, 'primary')[0]!);
    const operand: Expr = this.visit(nodes(children, 'unary')[0]!);
    return {
      kind: 'unary',
      operator: '-',
      operand,
      span: joinSpans(tokenSpan(minus), operand.span),
    };
  }

  primary(children: Children): Expr {
    const inner = nodes(children, 'parenthesized')[0] ?? nodes(children, 'nameOrCall')[0];
    if (inner) return this.visit(inner);
    return literal(children);
  }

  parenthesized(children: Children): Expr {
    const inner: Expr = this.visit(nodes(children, 'expression')[0]!);
    const open = tokenSpan(tokens(children, 'LParen')[0]!);
    const close = tokenSpan(tokens(children, 'RParen')[0]!);
    return { ...inner, span: joinSpans(open, close) };
  }

  nameOrCall(children: Children): Expr {
    const id = tokens(children, 'Identifier')[0]!;
    const open = tokens(children, 'LParen')[0];
    if (!open) return { kind: 'name', name: id.image, span: tokenSpan(id) };
    const close = tokens(children, 'RParen')[0]!;
    const args = nodes(children, 'arguments').map((n) => this.visit(n) as Argument);
    return {
      kind: 'call',
      callee: id.image,
      calleeSpan: tokenSpan(id),
      args,
      span: joinSpans(tokenSpan(id), tokenSpan(close)),
    };
  }

  argument(children: Children): Argument {
    const value: Expr = this.visit(nodes(children, 'value')[0]!);
    const parameter = tokens(children, 'parameter')[0];
    if (!parameter) return { value };
    return { parameter: { name: parameter.image, span: tokenSpan(parameter) }, value };
  }

  private leftAssociative(children: Children): Expr {
    const operands = nodes(children, 'operands').map((n) => this.visit(n) as Expr);
    const operators = tokens(children, 'operators');
    let result = operands[0]!;
    operators.forEach((operator, i) => {
      result = this.binary(operator, result, operands[i + 1]!);
    });
    return result;
  }

  private binary(operator: IToken, left: Expr, right: Expr): Expr {
    return {
      kind: 'binary',
      operator: operatorByToken[operator.tokenType.name]!,
      operatorSpan: tokenSpan(operator),
      left,
      right,
      span: joinSpans(left.span, right.span),
    };
  }
}

function literal(children: Children): Expr {
  const [token] = Object.values(children).flat() as IToken[];
  const span = tokenSpan(token!);
  switch (token!.tokenType.name) {
    case 'Percent':
      return { kind: 'percent', text: toAsciiDigits(token!.image.slice(0, -1)), span };
    case 'NumberLiteral':
      return { kind: 'number', text: toAsciiDigits(token!.image), span };
    case 'StringLiteral':
      return { kind: 'string', value: token!.image.slice(1, -1), span };
    default:
      return { kind: 'boolean', value: token!.tokenType.name === 'True', span };
  }
}

export const astBuilder = new AstBuilder();
