/**
 * Static kinds of DSL values. Counts, rates and plain numbers are all exact
 * rationals at run time; the kinds exist so that meaningless sums (a rate
 * plus a count) are caught before any data is read.
 */
export type ValueType = 'count' | 'rate' | 'number' | 'boolean' | 'text';

export const typeNames: Record<ValueType, string> = {
  count: '计数',
  rate: '比率',
  number: '数值',
  boolean: '是非',
  text: '文字',
};

/** The rule file spells types in Chinese. */
export const typeByChineseName: Record<string, ValueType> = {
  计数: 'count',
  比率: 'rate',
  百分比: 'rate',
  数值: 'number',
  分值: 'number',
  是非: 'boolean',
  文字: 'text',
  文本: 'text',
};

export function isNumeric(type: ValueType): boolean {
  return type === 'count' || type === 'rate' || type === 'number';
}

/**
 * Result kind of `left op right` for + and -, or undefined when the sum is
 * meaningless. A plain number mixes with a count; a rate mixes only with
 * rates (percent literals are rates).
 */
export function additiveType(left: ValueType, right: ValueType): ValueType | undefined {
  if (!isNumeric(left) || !isNumeric(right)) return undefined;
  if (left === right) return left;
  // A rate never mixes with a plain number: 重复交办率 > 5 would silently
  // mean 500%. Rates are compared and added with percentages (5%).
  if (left === 'rate' || right === 'rate') return undefined;
  return left === 'number' ? right : left;
}

export function multiplicativeType(
  operator: '*' | '/',
  left: ValueType,
  right: ValueType,
): ValueType | undefined {
  if (!isNumeric(left) || !isNumeric(right)) return undefined;
  if (operator === '/') {
    if (left === 'count' && right === 'count') return 'rate';
    if (right === 'number') return left;
    return 'number';
  }
  if (left === 'number') return right;
  if (right === 'number') return left;
  if (left === 'rate' && right === 'rate') return 'rate';
  return 'number';
}

/** Whether two kinds may be compared with < > ≤ ≥ (= and ≠ also allow text and 是非). */
export function orderable(left: ValueType, right: ValueType): boolean {
  return additiveType(left, right) !== undefined;
}
