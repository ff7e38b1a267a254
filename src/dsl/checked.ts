import type { SourceSpan } from '../diagnostics/source-span.js';
import type { BinaryOperator } from './ast.js';
import type { FunctionSignature } from './functions.js';
import type { ValueType } from './types.js';

/**
 * An expression after name resolution and type checking: every name points
 * at a symbol, every call has its arguments bound to parameters, and every
 * node knows its kind. The engine compiles this, never the raw AST.
 */
export type Checked =
  | { kind: 'number'; text: string; type: ValueType; span: SourceSpan }
  | { kind: 'percent'; text: string; type: 'rate'; span: SourceSpan }
  | { kind: 'string'; value: string; type: 'text'; span: SourceSpan }
  | { kind: 'boolean'; value: boolean; type: 'boolean'; span: SourceSpan }
  | { kind: 'ref'; symbol: string; type: ValueType; span: SourceSpan }
  | { kind: 'negate'; operand: Checked; type: ValueType; span: SourceSpan }
  | { kind: 'not'; operand: Checked; type: 'boolean'; span: SourceSpan }
  | {
      kind: 'binary';
      operator: BinaryOperator;
      left: Checked;
      right: Checked;
      type: ValueType;
      span: SourceSpan;
    }
  | {
      kind: 'conditional';
      test: Checked;
      consequent: Checked;
      alternative: Checked;
      type: ValueType;
      span: SourceSpan;
    }
  | CheckedCall;

export interface CheckedCall {
  kind: 'call';
  fn: FunctionSignature;
  /** Value arguments by parameter name. */
  args: Record<string, Checked>;
  /** Choice arguments by parameter name, as choice ids (defaults filled in). */
  choices: Record<string, string>;
  type: ValueType;
  span: SourceSpan;
}

/** The sub-expressions of a node, left to right. */
export function children(expr: Checked): Checked[] {
  switch (expr.kind) {
    case 'negate':
    case 'not':
      return [expr.operand];
    case 'binary':
      return [expr.left, expr.right];
    case 'conditional':
      return [expr.test, expr.consequent, expr.alternative];
    case 'call':
      return Object.values(expr.args);
    default:
      return [];
  }
}

/** Symbols an expression refers to, directly. */
export function references(expr: Checked, into = new Set<string>()): Set<string> {
  if (expr.kind === 'ref') into.add(expr.symbol);
  for (const child of children(expr)) references(child, into);
  return into;
}

/** Whether an expression calls a population function anywhere inside. */
export function usesPopulation(expr: Checked): boolean {
  return (expr.kind === 'call' && expr.fn.population) || children(expr).some(usesPopulation);
}
