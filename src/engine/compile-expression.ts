import type { Checked, CheckedCall } from '../dsl/checked.js';
import type { BinaryOperator } from '../dsl/ast.js';
import { decimal, percent, Fraction } from './exact.js';
import { rowFunctions } from './row-functions.js';
import type { Compiled, PopulationCall, RowState } from './population-call.js';
import type { Value } from './value.js';

/**
 * Turns a checked expression into a closure over a row's slots. Literals are
 * converted once here, names become slot reads, and population calls become
 * reads of a table the evaluator fills in beforehand.
 */
export class ExpressionCompiler {
  readonly populationCalls: PopulationCall[] = [];

  constructor(private readonly slotOf: (symbol: string) => number) {}

  compile(expr: Checked): Compiled {
    switch (expr.kind) {
      case 'number':
        return constant(decimal(expr.text));
      case 'percent':
        return constant(percent(expr.text));
      case 'string':
      case 'boolean':
        return constant(expr.value);
      case 'ref': {
        const slot = this.slotOf(expr.symbol);
        return (row) => row.slots[slot]!;
      }
      case 'negate': {
        const operand = this.compile(expr.operand);
        return (row) => {
          const v = operand(row);
          return v === null ? null : (v as Fraction).neg();
        };
      }
      case 'not': {
        const operand = this.compile(expr.operand);
        return (row) => {
          const v = operand(row);
          return v === null ? null : !v;
        };
      }
      case 'binary':
        return binary(expr.operator, this.compile(expr.left), this.compile(expr.right));
      case 'conditional': {
        const test = this.compile(expr.test);
        const consequent = this.compile(expr.consequent);
        const alternative = this.compile(expr.alternative);
        return (row) => {
          const t = test(row);
          if (t === null) return null;
          return t ? consequent(row) : alternative(row);
        };
      }
      case 'call':
        return expr.fn.population ? this.population(expr) : this.rowCall(expr);
    }
  }

  private rowCall(expr: CheckedCall): Compiled {
    const args: Record<string, Compiled> = {};
    for (const [name, arg] of Object.entries(expr.args)) args[name] = this.compile(arg);
    const implementation = rowFunctions[expr.fn.id];
    if (!implementation) throw new Error(`no implementation for ${expr.fn.id}`);
    return implementation(args, expr.choices);
  }

  private population(expr: CheckedCall): Compiled {
    const call: PopulationCall = {
      call: expr,
      ...(expr.args.值 ? { value: this.compile(expr.args.值) } : {}),
      ...(expr.args.条件 ? { condition: this.compile(expr.args.条件) } : {}),
      order: expr.choices.顺序 === 'ascending' ? 'ascending' : 'descending',
      scope: expr.choices.范围 === 'group' ? 'group' : 'all',
      results: [],
    };
    this.populationCalls.push(call);
    return (row) => {
      const result = call.results[row.index] ?? null;
      if (row.trace) row.trace({ kind: 'population', fn: expr.fn.name, result, ...(call.explain?.(row) ?? { size: 0 }) });
      return result;
    };
  }
}

function constant(value: Value): Compiled {
  return () => value;
}

type Numeric = (a: Fraction, b: Fraction) => Value;

const arithmetic: Partial<Record<BinaryOperator, Numeric>> = {
  '+': (a, b) => a.add(b),
  '-': (a, b) => a.sub(b),
  '*': (a, b) => a.mul(b),
  // A rate over zero orders is no rate at all: the bulletin writes "/".
  '/': (a, b) => (b.equals(0) ? null : a.div(b)),
  '<': (a, b) => a.compare(b) < 0,
  '<=': (a, b) => a.compare(b) <= 0,
  '>': (a, b) => a.compare(b) > 0,
  '>=': (a, b) => a.compare(b) >= 0,
};

function binary(operator: BinaryOperator, left: Compiled, right: Compiled): Compiled {
  if (operator === 'and') {
    return (row) => {
      const l = left(row);
      if (l === false) return false;
      const r = right(row);
      if (r === false) return false;
      return l === null || r === null ? null : true;
    };
  }
  if (operator === 'or') {
    return (row) => {
      const l = left(row);
      if (l === true) return true;
      const r = right(row);
      if (r === true) return true;
      return l === null || r === null ? null : false;
    };
  }
  if (operator === '=' || operator === '!=') {
    const negate = operator === '!=';
    return (row) => {
      const l = left(row);
      const r = right(row);
      if (l === null || r === null) return null;
      const same = l instanceof Fraction ? l.equals(r as Fraction) : l === r;
      return negate ? !same : same;
    };
  }
  const op = arithmetic[operator]!;
  return (row: RowState) => {
    const l = left(row);
    const r = right(row);
    if (l === null || r === null) return null;
    return op(l as Fraction, r as Fraction);
  };
}
