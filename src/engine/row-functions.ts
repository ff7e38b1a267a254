import type { RoundingMode } from '../rules/rule-set.js';
import { Fraction, roundTo } from './exact.js';
import type { Compiled } from './population-call.js';

type RowFunction = (args: Record<string, Compiled>, choices: Record<string, string>) => Compiled;

/** Row-level built-ins by function id (see dsl/functions.ts for signatures). */
export const rowFunctions: Record<string, RowFunction> = {
  'step-deduction': stepDeduction,
  'if-missing': (args) => {
    const value = args.值!;
    const fallback = args.取!;
    return (row) => value(row) ?? fallback(row);
  },
  'is-missing': (args) => {
    const value = args.值!;
    return (row) => value(row) === null;
  },
  'at-most': (args) => bound(args.值!, args.上限!, (v, limit) => (v.compare(limit) > 0 ? limit : v)),
  'at-least': (args) => bound(args.值!, args.下限!, (v, limit) => (v.compare(limit) < 0 ? limit : v)),
  round: (args, choices) => {
    const value = args.值!;
    const digits = args.位数!;
    const mode = choices.方式 as RoundingMode;
    return (row) => {
      const v = value(row) as Fraction | null;
      const d = digits(row) as Fraction | null;
      if (v === null || d === null) return null;
      return roundTo(v, Number(d.floor().n), mode);
    };
  },
};

function bound(value: Compiled, limit: Compiled, pick: (v: Fraction, l: Fraction) => Fraction): Compiled {
  return (row) => {
    const v = value(row) as Fraction | null;
    const l = limit(row) as Fraction | null;
    if (v === null || l === null) return null;
    return pick(v, l);
  };
}

/**
 * 阶梯扣分: the part of a quantity past a threshold (above 超过, or below
 * 低于), cut into steps of 每, each step costing 扣. A partial step counts
 * whole (按一步), is dropped (舍去) or is prorated (按比例).
 */
function stepDeduction(args: Record<string, Compiled>, choices: Record<string, string>): Compiled {
  const quantity = args.数量!;
  const above = args.超过;
  const below = args.低于;
  const step = args.每!;
  const amount = args.扣!;
  const partial = choices.不足一步;
  return (row) => {
    const q = quantity(row) as Fraction | null;
    const s = step(row) as Fraction | null;
    const a = amount(row) as Fraction | null;
    const t = (above ?? below)!(row) as Fraction | null;
    if (q === null || s === null || a === null || t === null || s.compare(0) <= 0) return null;
    const excess = above ? q.sub(t) : t.sub(q);
    const steps = excess.compare(0) <= 0 ? new Fraction(0) : excess.div(s);
    const counted = countSteps(steps, partial);
    const deduction = counted.mul(a);
    if (row.trace) {
      const direction = above ? 'above' : 'below';
      const policy = (partial ?? 'whole') as 'whole' | 'drop' | 'prorate';
      row.trace({ kind: 'steps', quantity: q, threshold: t, direction, excess, step: s, steps, counted, partial: policy, amount: a, deduction });
    }
    return deduction;
  };
}

export function countSteps(steps: Fraction, partial: string | undefined): Fraction {
  if (partial === 'drop') return steps.floor();
  if (partial === 'prorate') return steps;
  return steps.ceil();
}
