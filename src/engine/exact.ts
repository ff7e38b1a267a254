import Fraction from 'fraction.js';
import type { RoundingMode } from '../rules/rule-set.js';

/*
 * Exact numbers. Every count, rate and score is a fraction.js rational built
 * from integers or decimal text, never from a JavaScript float, so step
 * boundaries (997 of 1000 on time is exactly 0.3% short) hold exactly.
 */

export { Fraction };

const ZERO = new Fraction(0);
const ONE = new Fraction(1);
export const HUNDRED = new Fraction(100);

export function zero(): Fraction {
  return ZERO;
}

export function one(): Fraction {
  return ONE;
}

/** "98.18" → 4909/50, exactly. */
export function decimal(text: string): Fraction {
  return new Fraction(text);
}

/** "98.18" read as a percentage → 4909/5000. */
export function percent(text: string): Fraction {
  return new Fraction(text).div(HUNDRED);
}

/** Rounds to `digits` decimals. Modes are named as in policy documents. */
export function roundTo(value: Fraction, digits: number, mode: RoundingMode): Fraction {
  const scale = new Fraction(10n ** BigInt(digits));
  const scaled = value.mul(scale);
  const magnitude = scaled.abs();
  const floor = magnitude.floor();
  const remainder = magnitude.sub(floor);
  let rounded: Fraction;
  switch (mode) {
    case 'down':
      rounded = floor;
      break;
    case 'up':
      rounded = remainder.equals(0) ? floor : floor.add(1);
      break;
    case 'half-up':
      rounded = remainder.compare(new Fraction(1, 2)) >= 0 ? floor.add(1) : floor;
      break;
    case 'half-even': {
      const c = remainder.compare(new Fraction(1, 2));
      const odd = floor.mod(2).equals(1);
      rounded = c > 0 || (c === 0 && odd) ? floor.add(1) : floor;
      break;
    }
  }
  return (scaled.s < 0n ? rounded.neg() : rounded).div(scale);
}

/**
 * Decimal text of a value. Exact when the value has at most `maxDigits`
 * decimals (70, 69.8, 0.25); otherwise rounded half up to `maxDigits`.
 * Trailing zeros are dropped unless `fixed` is set.
 */
export function formatDecimal(value: Fraction, maxDigits = 4, fixed = false): string {
  const rounded = roundTo(value, maxDigits, 'half-up');
  const scaled = rounded.mul(10n ** BigInt(maxDigits));
  const negative = scaled.s < 0n && !scaled.equals(0);
  const digits = (scaled.n / scaled.d).toString().padStart(maxDigits + 1, '0');
  const whole = digits.slice(0, digits.length - maxDigits);
  let fraction = digits.slice(digits.length - maxDigits);
  if (!fixed) fraction = fraction.replace(/0+$/, '');
  const body = fraction ? `${whole}.${fraction}` : whole;
  return negative ? `-${body}` : body;
}

/** 4909/5000 → "98.18%" with two decimals, as the bulletin prints rates. */
export function formatPercent(value: Fraction, digits = 2): string {
  return `${formatDecimal(value.mul(HUNDRED), digits, true)}%`;
}
