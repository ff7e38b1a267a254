import type { Fraction } from './exact.js';
import type { Value } from './value.js';

/**
 * What the engine did for one unit, as data: the explain command and the
 * preview render these; the engine itself never prints. Events come in
 * evaluation order, an item's details between its `item-start` and `item`.
 */
export type TraceEvent =
  | { kind: 'value'; name: string; value: Value }
  | { kind: 'eligibility'; ranked: boolean }
  | { kind: 'item-start'; name: string }
  | {
      kind: 'steps';
      quantity: Fraction;
      threshold: Fraction;
      direction: 'above' | 'below';
      excess: Fraction;
      step: Fraction;
      steps: Fraction;
      counted: Fraction;
      partial: 'whole' | 'drop' | 'prorate';
      amount: Fraction;
      deduction: Fraction;
    }
  | {
      kind: 'population';
      fn: string;
      result: Value;
      /** Units in the population the call ranged over. */
      size: number;
      /** For ranks: the values ranked ahead (distinct ones for 密集排名). */
      ahead?: Fraction[];
    }
  | {
      kind: 'item';
      name: string;
      raw: Fraction;
      rounded: Fraction;
      cap?: Fraction;
      capped: boolean;
      deduction: Fraction;
      score?: Fraction;
      reason?: string;
    }
  | { kind: 'total'; fullScore: Fraction; deductions: Fraction; total: Fraction }
  | { kind: 'rank'; rank: number; of: number; group: string; scope: 'group' | 'all' };

export type TraceSink = (event: TraceEvent) => void;
