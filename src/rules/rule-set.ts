import type { SourceSpan } from '../diagnostics/source-span.js';
import type { Checked } from '../dsl/checked.js';
import type { ValueType } from '../dsl/types.js';

/**
 * A rule file after loading and checking: every expression resolved and
 * typed, every number still in its written decimal form.
 */
export interface RuleSet {
  readonly file: string;
  readonly title: string;
  readonly version?: string;
  readonly basis?: string;
  readonly fullScore: string;
  readonly unitColumn: string;
  readonly groups?: { readonly column: string; readonly values: readonly string[] };
  readonly missingMarks: readonly string[];
  readonly rounding?: { readonly digits: number; readonly mode: RoundingMode };
  readonly inputs: readonly InputDeclaration[];
  readonly referenceColumns: readonly ReferenceColumn[];
  /** Conditions every unit's data must meet; a unit failing one is a data error. */
  readonly dataChecks: readonly DataCheck[];
  /** In evaluation order: each one's references come before it. */
  readonly derived: readonly DerivedValue[];
  readonly eligibility?: { readonly condition: Checked; readonly reason: string };
  readonly items: readonly Item[];
  readonly ranking: Ranking;
  readonly reports: readonly ReportSection[];
  /** sha256 of the rule file's text, for tracing a published table back. */
  readonly hash: string;
  /** The text the rules were built from: every span's offset points into it. */
  readonly text: string;
}

/**
 * A table the rule file asks for in reports: which ranked units (条件), in
 * what order (排序), with which columns. Expressions here may also use 总分,
 * 排名, the unit column's name and the group column's name.
 */
export interface ReportSection {
  readonly name: string;
  readonly title: string;
  readonly note?: string;
  readonly filter?: Checked;
  readonly order: readonly { readonly by: Checked; readonly direction: 'descending' | 'ascending' }[];
  readonly columns: readonly ReportColumn[];
}

export type ColumnFormat = 'percent' | 'integer' | 'decimal' | 'text';

export interface ReportColumn {
  readonly title: string;
  readonly value: Checked;
  readonly format: ColumnFormat;
  /** Decimals shown for percent and decimal formats. */
  readonly digits?: number;
}

export type RoundingMode = 'half-up' | 'half-even' | 'up' | 'down';

export interface InputDeclaration {
  readonly name: string;
  readonly column: string;
  readonly aliases: readonly string[];
  readonly type: ValueType;
  /** The column may be absent from the data (every cell then missing). */
  readonly optional: boolean;
  /** What a missing cell counts as; `undefined` keeps it missing. */
  readonly whenMissing?: string | boolean;
  /** A missing cell is allowed at all (else it is a data error). */
  readonly missingAllowed: boolean;
  readonly note?: string;
  readonly span: SourceSpan;
}

export interface ReferenceColumn {
  readonly column: string;
  readonly note?: string;
  /** The value the column should show, compared at the column's own precision. */
  readonly check?: Checked;
}

export interface DataCheck {
  readonly condition: Checked;
  readonly message: string;
}

export interface DerivedValue {
  readonly name: string;
  readonly formula: Checked;
  readonly note?: string;
  readonly span: SourceSpan;
}

export interface Item {
  readonly name: string;
  readonly fullMarks?: string;
  readonly deduction: Checked;
  /** Largest deduction; defaults to the full marks ("扣完为止"). */
  readonly cap?: Checked;
  readonly reason?: Checked;
  readonly policyText?: string;
  readonly note?: string;
  readonly span: SourceSpan;
}

export interface Ranking {
  readonly basis: Checked;
  readonly order: 'descending' | 'ascending';
  readonly scope: 'group' | 'all';
  readonly ties: 'skip' | 'dense';
  readonly note?: string;
}

/** The name under which the total is visible to expressions. */
export const TOTAL = '总分';
/** The name under which eligibility is visible to expressions. */
export const ELIGIBLE = '参与排名';
/** The name under which a unit's final rank is visible to report expressions. */
export const RANK = '排名';
