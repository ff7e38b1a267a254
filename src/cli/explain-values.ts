import type { ValueType } from '../dsl/types.js';
import { formatDecimal, formatPercent, Fraction } from '../engine/exact.js';
import type { Value } from '../engine/value.js';

/*
 * How explain shows a value: exactly, and as a published table would.
 * 54/55 as a rate reads "54/55 ≈ 98.1818…%（显示为 98.18%）": the exact
 * ratio decides steps, the rounded one is what the bulletin prints.
 */

const SHOWN_DIGITS = 4;

/** Terminates within `digits` decimals. */
function terminates(value: Fraction, digits: number): boolean {
  return value.mul(10n ** BigInt(digits)).d === 1n;
}

export function exactText(value: Value, type: ValueType | undefined): string {
  if (value === null) return '缺失';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (!(value instanceof Fraction)) return value;
  if (type === 'rate') {
    const percent = value.mul(100);
    if (terminates(percent, SHOWN_DIGITS)) return `${formatDecimal(percent, SHOWN_DIGITS)}%`;
    return `${fractionText(value)} ≈ ${truncated(percent)}%`;
  }
  if (terminates(value, SHOWN_DIGITS + 2)) return formatDecimal(value, SHOWN_DIGITS + 2);
  return `${fractionText(value)} ≈ ${truncated(value)}`;
}

/** The value as a two-decimal percentage, for rates only. */
export function shownText(value: Value, type: ValueType | undefined): string | undefined {
  if (type !== 'rate' || !(value instanceof Fraction) || terminates(value.mul(100), 2)) return undefined;
  return formatPercent(value, 2);
}

function fractionText(value: Fraction): string {
  const sign = value.s < 0n ? '-' : '';
  return `${sign}${value.n}/${value.d}`;
}

/** First decimals, cut (not rounded) and marked as continuing. */
function truncated(value: Fraction): string {
  const scale = 10n ** BigInt(SHOWN_DIGITS);
  const cut = new Fraction((value.s * value.n * scale) / value.d, scale);
  return `${formatDecimal(cut, SHOWN_DIGITS, true)}…`;
}

/** For JSON: exact decimal text when it terminates, else "n/d". */
export function jsonValue(value: Value): string | boolean | null {
  if (value instanceof Fraction) return terminates(value, 12) ? formatDecimal(value, 12) : fractionText(value);
  return value;
}
