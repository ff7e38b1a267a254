import Fraction from 'fraction.js';
import type { Checked } from '../dsl/checked.js';
import type { ValueType } from '../dsl/types.js';

/**
 * The interval a numeric expression can take over any data, for checks a
 * rule file can fail before data exists (a deduction that can never reach
 * its cap). Bounds are exact; `null` is unbounded. Deliberately coarse:
 * an interval too wide only means a warning is not given.
 */
export interface Range {
  readonly lo: Fraction | null;
  readonly hi: Fraction | null;
}

const anything: Range = { lo: null, hi: null };
const nonNegative: Range = { lo: new Fraction(0), hi: null };

export function inputRange(type: ValueType): Range {
  if (type === 'count') return nonNegative;
  // Rates in the data are shares of work orders.
  if (type === 'rate') return { lo: new Fraction(0), hi: new Fraction(1) };
  return anything;
}

export class RangeAnalysis {
  private readonly memo = new Map<string, Range>();

  constructor(
    private readonly inputs: ReadonlyMap<string, ValueType>,
    private readonly derived: ReadonlyMap<string, Checked>,
  ) {}

  of(expr: Checked): Range {
    switch (expr.kind) {
      case 'number':
        return point(new Fraction(expr.text));
      case 'percent':
        return point(new Fraction(expr.text).div(100));
      case 'ref':
        return this.ref(expr.symbol);
      case 'negate': {
        const r = this.of(expr.operand);
        return { lo: r.hi?.neg() ?? null, hi: r.lo?.neg() ?? null };
      }
      case 'binary':
        return this.binary(expr.operator, this.of(expr.left), this.of(expr.right));
      case 'conditional':
        return union(this.of(expr.consequent), this.of(expr.alternative));
      case 'call':
        return this.call(expr);
      default:
        return anything;
    }
  }

  private ref(symbol: string): Range {
    const input = this.inputs.get(symbol);
    if (input) return inputRange(input);
    const formula = this.derived.get(symbol);
    if (!formula) return anything;
    if (!this.memo.has(symbol)) {
      this.memo.set(symbol, anything);
      this.memo.set(symbol, this.of(formula));
    }
    return this.memo.get(symbol)!;
  }

  private binary(operator: string, a: Range, b: Range): Range {
    switch (operator) {
      case '+':
        return { lo: add(a.lo, b.lo), hi: add(a.hi, b.hi) };
      case '-':
        return { lo: add(a.lo, b.hi?.neg() ?? null), hi: add(a.hi, b.lo?.neg() ?? null) };
      case '*':
        if (!isNonNegative(a) || !isNonNegative(b)) return anything;
        return { lo: a.lo!.mul(b.lo!), hi: product(a.hi, b.hi) };
      case '/':
        if (!isNonNegative(a) || !isNonNegative(b)) return anything;
        if (b.lo!.equals(0)) return nonNegative;
        return { lo: b.hi ? a.lo!.div(b.hi) : new Fraction(0), hi: a.hi ? a.hi.div(b.lo!) : null };
      default:
        return anything;
    }
  }

  private call(expr: Extract<Checked, { kind: 'call' }>): Range {
    const arg = (name: string) => (expr.args[name] ? this.of(expr.args[name]) : anything);
    switch (expr.fn.id) {
      case 'step-deduction':
        return this.stepDeduction(expr);
      case 'if-missing':
        return union(arg('值'), arg('取'));
      case 'at-most': {
        const v = arg('值');
        const l = arg('上限');
        return { lo: min(v.lo, l.lo), hi: v.hi && l.hi ? minOf(v.hi, l.hi) : (v.hi ?? l.hi) };
      }
      case 'at-least': {
        const v = arg('值');
        const l = arg('下限');
        return { lo: v.lo && l.lo ? maxOf(v.lo, l.lo) : (v.lo ?? l.lo), hi: max(v.hi, l.hi) };
      }
      case 'round':
      case 'min':
      case 'max':
      case 'mean':
        return arg('值');
      case 'rank':
      case 'dense-rank':
        return { lo: new Fraction(1), hi: null };
      case 'count':
        return nonNegative;
      case 'sum':
        return isNonNegative(arg('值')) ? nonNegative : anything;
      default:
        return anything;
    }
  }

  /** At most: the widest excess cut into steps under the call's own policy. */
  private stepDeduction(expr: Extract<Checked, { kind: 'call' }>): Range {
    const quantity = this.of(expr.args.数量!);
    const step = this.of(expr.args.每!);
    const amount = this.of(expr.args.扣!);
    const above = expr.args.超过 ? this.of(expr.args.超过) : undefined;
    const below = expr.args.低于 ? this.of(expr.args.低于) : undefined;
    const excess = above ? add(quantity.hi, above.lo?.neg() ?? null) : add(below!.hi, quantity.lo?.neg() ?? null);
    if (!isNonNegative(amount) || !step.lo || step.lo.compare(0) <= 0) return anything;
    if (!excess || !amount.hi) return { lo: new Fraction(0), hi: null };
    const steps = excess.compare(0) <= 0 ? new Fraction(0) : excess.div(step.lo);
    const counted = expr.choices.不足一步 === 'drop' ? steps.floor() : expr.choices.不足一步 === 'prorate' ? steps : steps.ceil();
    return { lo: new Fraction(0), hi: counted.mul(amount.hi) };
  }
}

/** Upper bound of a product of non-negative ranges: zero times anything is zero. */
function product(a: Fraction | null, b: Fraction | null): Fraction | null {
  if (a?.equals(0) || b?.equals(0)) return new Fraction(0);
  return a && b ? a.mul(b) : null;
}

function point(v: Fraction): Range {
  return { lo: v, hi: v };
}

function isNonNegative(r: Range): boolean {
  return r.lo !== null && r.lo.compare(0) >= 0;
}

function add(a: Fraction | null, b: Fraction | null): Fraction | null {
  return a && b ? a.add(b) : null;
}

function minOf(a: Fraction, b: Fraction): Fraction {
  return a.compare(b) <= 0 ? a : b;
}

function maxOf(a: Fraction, b: Fraction): Fraction {
  return a.compare(b) >= 0 ? a : b;
}

/** Lower of two lower bounds (unbounded wins). */
function min(a: Fraction | null, b: Fraction | null): Fraction | null {
  return a && b ? minOf(a, b) : null;
}

/** Higher of two upper bounds (unbounded wins). */
function max(a: Fraction | null, b: Fraction | null): Fraction | null {
  return a && b ? maxOf(a, b) : null;
}

function union(a: Range, b: Range): Range {
  return { lo: min(a.lo, b.lo), hi: max(a.hi, b.hi) };
}
