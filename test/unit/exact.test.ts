import { describe, expect, it } from 'vitest';
import { decimal, formatDecimal, formatPercent, Fraction, percent, roundTo } from '../../src/engine/exact.js';
import { countSteps } from '../../src/engine/row-functions.js';
import type { RoundingMode } from '../../src/rules/rule-set.js';

const r = (text: string, digits: number, mode: RoundingMode) => formatDecimal(roundTo(decimal(text), digits, mode));

describe('roundTo', () => {
  // Modes act on the magnitude: a negative value rounds like its positive twin.
  it.each<[string, string, string, string, string]>([
    //  value    half-up  half-even  up      down
    ['0.25', '0.3', '0.2', '0.3', '0.2'],
    ['0.35', '0.4', '0.4', '0.4', '0.3'],
    ['-0.25', '-0.3', '-0.2', '-0.3', '-0.2'],
    ['0.21', '0.2', '0.2', '0.3', '0.2'],
    ['0.2', '0.2', '0.2', '0.2', '0.2'],
    ['0.15', '0.2', '0.2', '0.2', '0.1'],
  ])('%s to one digit: half-up %s, half-even %s, up %s, down %s', (value, halfUp, halfEven, up, down) => {
    expect(r(value, 1, 'half-up')).toBe(halfUp);
    expect(r(value, 1, 'half-even')).toBe(halfEven);
    expect(r(value, 1, 'up')).toBe(up);
    expect(r(value, 1, 'down')).toBe(down);
  });

  it('rounds to whole numbers and to more digits', () => {
    expect(r('2.5', 0, 'half-even')).toBe('2');
    expect(r('3.5', 0, 'half-even')).toBe('4');
    expect(r('2.5', 0, 'half-up')).toBe('3');
    expect(r('0.125', 2, 'half-up')).toBe('0.13');
    expect(r('0.125', 2, 'half-even')).toBe('0.12');
    expect(r('69.85', 1, 'half-up')).toBe('69.9');
  });

  it('rounds fractions that have no finite decimal form', () => {
    expect(formatDecimal(roundTo(new Fraction(1, 3), 1, 'up'))).toBe('0.4');
    expect(formatDecimal(roundTo(new Fraction(2, 3), 2, 'down'))).toBe('0.66');
    expect(formatDecimal(roundTo(new Fraction(-2, 3), 1, 'half-up'))).toBe('-0.7');
  });
});

describe('formatDecimal', () => {
  it('writes exact decimals without trailing zeros', () => {
    expect(formatDecimal(decimal('70'))).toBe('70');
    expect(formatDecimal(decimal('69.80'))).toBe('69.8');
    expect(formatDecimal(decimal('0.25'))).toBe('0.25');
    expect(formatDecimal(decimal('-0.2'))).toBe('-0.2');
    expect(formatDecimal(decimal('0.05'))).toBe('0.05');
    expect(formatDecimal(decimal('2351'))).toBe('2351');
  });

  it('rounds half up past maxDigits, and never prints -0', () => {
    expect(formatDecimal(new Fraction(1, 3))).toBe('0.3333');
    expect(formatDecimal(new Fraction(2, 3))).toBe('0.6667');
    expect(formatDecimal(new Fraction(2, 3), 1)).toBe('0.7');
    expect(formatDecimal(decimal('-0.00001'))).toBe('0');
    expect(formatDecimal(decimal('0.00005'))).toBe('0.0001');
  });

  it('keeps trailing zeros when fixed', () => {
    expect(formatDecimal(decimal('0.5'), 2, true)).toBe('0.50');
    expect(formatDecimal(decimal('70'), 1, true)).toBe('70.0');
    expect(formatDecimal(decimal('-1.5'), 3, true)).toBe('-1.500');
  });
});

describe('formatPercent', () => {
  it('prints rates with two decimals, as the bulletin does', () => {
    expect(formatPercent(new Fraction(104, 108))).toBe('96.30%');
    expect(formatPercent(new Fraction(4909, 5000))).toBe('98.18%');
    expect(formatPercent(new Fraction(375, 376))).toBe('99.73%');
    expect(formatPercent(new Fraction(4, 5))).toBe('80.00%');
    expect(formatPercent(new Fraction(1))).toBe('100.00%');
    expect(formatPercent(new Fraction(2, 3), 1)).toBe('66.7%');
  });
});

describe('exactness', () => {
  it('reads decimal and percent text exactly', () => {
    expect(decimal('0.1').add(decimal('0.2')).equals(decimal('0.3'))).toBe(true);
    expect(percent('0.1').equals(new Fraction(1, 1000))).toBe(true);
    expect(percent('98.18').equals(new Fraction(4909, 5000))).toBe(true);
  });

  it('counts 997 of 1000 on time as exactly three steps of 0.1%', () => {
    const shortfall = decimal('1').sub(new Fraction(997, 1000));
    const steps = shortfall.div(percent('0.1'));
    expect(formatDecimal(steps)).toBe('3');
    expect(formatDecimal(countSteps(steps, 'whole').mul(decimal('0.2')))).toBe('0.6');
  });

  it('counts partial steps by policy', () => {
    const steps = new Fraction(5, 2);
    expect(formatDecimal(countSteps(steps, 'whole'))).toBe('3');
    expect(formatDecimal(countSteps(steps, 'drop'))).toBe('2');
    expect(formatDecimal(countSteps(steps, 'prorate'))).toBe('2.5');
    expect(formatDecimal(countSteps(new Fraction(3), 'whole'))).toBe('3');
  });
});
