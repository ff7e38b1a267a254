import type { CheckedCall } from '../dsl/checked.js';
import type { Fraction } from './exact.js';
import type { TraceSink } from './trace.js';
import type { Value } from './value.js';

/** A row's view while a plan runs over it. */
export interface RowState {
  readonly index: number;
  readonly group: string;
  readonly slots: Value[];
  /** Set on the one row being explained; closures report what they did. */
  readonly trace?: TraceSink;
}

export type Compiled = (row: RowState) => Value;

/**
 * One population function call site (密集排名(…) and the like). Its result
 * for every row is computed in one pass over the ranked units before the
 * step that uses it runs; the compiled expression then only reads it.
 */
export interface PopulationCall {
  readonly call: CheckedCall;
  readonly value?: Compiled;
  readonly condition?: Compiled;
  readonly order: 'descending' | 'ascending';
  readonly scope: 'all' | 'group';
  results: Value[];
  /** For a row being explained: the population's size and, for ranks, the values ahead. */
  explain?: (row: RowState) => { size: number; ahead?: Fraction[] };
}
