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

/** Symbols an expression refers to, directly. */
export function references(expr: Checked, into = new Set<string>()): Set<string> {
  switch (expr.kind) {
    case 'ref':
      into.add(expr.symbol);
      break;
    case 'negate':
    case 'not':
      references(expr.operand, into);
      break;
    case 'binary':
      references(expr.left, into);
      references(expr.right, into);
      break;
    case 'conditional':
      references(expr.test, into);
      references(expr.consequent, into);
      references(expr.alternative, into);
      break;
    case 'call':
      for (const arg of Object.values(expr.args)) references(arg, into);
      break;
    default:
      break;
  }
  return into;
}

/** Whether an expression calls a population function anywhere inside. */
export function usesPopulation(expr: Checked): boolean {
  switch (expr.kind) {
    case 'call':
      return expr.fn.population || Object.values(expr.args).some(usesPopulation);
    case 'negate':
    case 'not':
      return usesPopulation(expr.operand);
    case 'binary':
      return usesPopulation(expr.left) || usesPopulation(expr.right);
    case 'conditional':
      return [expr.test, expr.consequent, expr.alternative].some(usesPopulation);
    default:
      return false;
  }
}
