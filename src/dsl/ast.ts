/**
 * The expression AST. Spans are offsets into the expression text (end
 * exclusive); the rule-file loader maps them back to file positions.
 */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export type BinaryOperator =
  | '+'
  | '-'
  | '*'
  | '/'
  | '<'
  | '<='
  | '>'
  | '>='
  | '='
  | '!='
  | 'and'
  | 'or';

export type Expr =
  | NumberNode
  | PercentNode
  | StringNode
  | BooleanNode
  | NameNode
  | CallNode
  | UnaryNode
  | BinaryNode
  | ConditionalNode;

/** Decimal literals keep their text: they are read exactly, never as floats. */
export interface NumberNode {
  readonly kind: 'number';
  readonly text: string;
  readonly span: TextSpan;
}

export interface PercentNode {
  readonly kind: 'percent';
  readonly text: string;
  readonly span: TextSpan;
}

export interface StringNode {
  readonly kind: 'string';
  readonly value: string;
  readonly span: TextSpan;
}

export interface BooleanNode {
  readonly kind: 'boolean';
  readonly value: boolean;
  readonly span: TextSpan;
}

export interface NameNode {
  readonly kind: 'name';
  readonly name: string;
  readonly span: TextSpan;
}

export interface Argument {
  readonly parameter?: { readonly name: string; readonly span: TextSpan };
  readonly value: Expr;
}

export interface CallNode {
  readonly kind: 'call';
  readonly callee: string;
  readonly calleeSpan: TextSpan;
  readonly args: readonly Argument[];
  readonly span: TextSpan;
}

export interface UnaryNode {
  readonly kind: 'unary';
  readonly operator: '-' | 'not';
  readonly operand: Expr;
  readonly span: TextSpan;
}

export interface BinaryNode {
  readonly kind: 'binary';
  readonly operator: BinaryOperator;
  readonly operatorSpan: TextSpan;
  readonly left: Expr;
  readonly right: Expr;
  readonly span: TextSpan;
}

export interface ConditionalNode {
  readonly kind: 'conditional';
  readonly test: Expr;
  readonly consequent: Expr;
  readonly alternative: Expr;
  readonly span: TextSpan;
}

export function joinSpans(a: TextSpan, b: TextSpan): TextSpan {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
