import { describe, expect, it } from 'vitest';
import { decimalText, numberCellText, percentFormat, roundDecimals, shiftPoint } from '../../src/data/excel-number.js';

describe('decimalText', () => {
  it('is the shortest round-trip text', () => {
    expect(decimalText(42)).toBe('42');
    expect(decimalText(0.2)).toBe('0.2');
    expect(decimalText(69.8)).toBe('69.8');
    expect(decimalText(0.9818)).toBe('0.9818');
    expect(decimalText(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(decimalText(-3.5)).toBe('-3.5');
  });

  it('never uses exponent form', () => {
    expect(decimalText(1e21)).toBe('1000000000000000000000');
    expect(decimalText(1.5e22)).toBe('15000000000000000000000');
    expect(decimalText(1e-7)).toBe('0.0000001');
    expect(decimalText(-2.5e-8)).toBe('-0.000000025');
    expect(decimalText(123456789012345680000)).toBe('123456789012345680000');
  });

  it('writes zero and minus zero as 0', () => {
    expect(decimalText(0)).toBe('0');
    expect(decimalText(-0)).toBe('0');
  });
});

describe('shiftPoint and roundDecimals', () => {
  it('moves the decimal point as text', () => {
    expect(shiftPoint('0.9818', 2)).toBe('98.18');
    expect(shiftPoint('1', 2)).toBe('100');
    expect(shiftPoint('0.0007000000000000001', 2)).toBe('0.07000000000000001');
    expect(shiftPoint('98.18', -2)).toBe('0.9818');
    expect(shiftPoint('-0.5', 2)).toBe('-50');
    expect(shiftPoint('0', 2)).toBe('0');
  });

  it('rounds half away from zero, padding to the minimum decimals', () => {
    expect(roundDecimals('98.18', 2)).toBe('98.18');
    expect(roundDecimals('100', 2)).toBe('100.00');
    expect(roundDecimals('98.185', 2)).toBe('98.19');
    expect(roundDecimals('-98.185', 2)).toBe('-98.19');
    expect(roundDecimals('99.999', 2)).toBe('100.00');
    expect(roundDecimals('9.5', 0)).toBe('10');
    expect(roundDecimals('98.18000000000001', 2)).toBe('98.18');
    expect(roundDecimals('-0.001', 2)).toBe('0.00');
    expect(roundDecimals('50.5', 2, 0)).toBe('50.5');
    expect(roundDecimals('50', 2, 0)).toBe('50');
  });
});

describe('percentFormat', () => {
  it('finds the percent sign and the decimals shown', () => {
    expect(percentFormat('0.00%', false)).toEqual({ percents: 1, minDecimals: 2, maxDecimals: 2 });
    expect(percentFormat('0%', false)).toEqual({ percents: 1, minDecimals: 0, maxDecimals: 0 });
    expect(percentFormat('#,##0.0%', false)).toEqual({ percents: 1, minDecimals: 1, maxDecimals: 1 });
    expect(percentFormat('0.##%', false)).toEqual({ percents: 1, minDecimals: 0, maxDecimals: 2 });
    expect(percentFormat('[Red]0.00%', false)).toEqual({ percents: 1, minDecimals: 2, maxDecimals: 2 });
  });

  it('is not a percentage for other formats, or a % that is only quoted or escaped text', () => {
    expect(percentFormat(undefined, false)).toBeUndefined();
    expect(percentFormat('General', false)).toBeUndefined();
    expect(percentFormat('0.00', false)).toBeUndefined();
    expect(percentFormat('0.00"%"', false)).toBeUndefined();
    expect(percentFormat('0.00\\%', false)).toBeUndefined();
  });

  it('uses the negative section for a negative number', () => {
    expect(percentFormat('0.00%;[Red]-0.0%', true)).toEqual({ percents: 1, minDecimals: 1, maxDecimals: 1 });
    expect(percentFormat('0.00%;[Red]-0.0%', false)).toEqual({ percents: 1, minDecimals: 2, maxDecimals: 2 });
    expect(percentFormat('0.00%', true)).toEqual({ percents: 1, minDecimals: 2, maxDecimals: 2 });
  });
});

describe('numberCellText', () => {
  it('writes percentages with the decimals the format shows, without float multiplication', () => {
    expect(numberCellText(0.9818, '0.00%')).toBe('98.18%');
    // 0.90055 × 100 in binary floating point is 90.05499999999999, which would round down
    expect((0.90055 * 100).toFixed(2)).toBe('90.05');
    expect(numberCellText(0.90055, '0.00%')).toBe('90.06%');
    expect(numberCellText(98.18 / 100, '0.00%')).toBe('98.18%');
    expect(numberCellText(1, '0.00%')).toBe('100.00%');
    expect(numberCellText(0, '0.00%')).toBe('0.00%');
    expect(numberCellText(0.03, '0.00%')).toBe('3.00%');
    expect(numberCellText(0.9818, '0.0%')).toBe('98.2%');
    expect(numberCellText(0.9818, '0%')).toBe('98%');
    expect(numberCellText(0.98185, '0.00%')).toBe('98.19%');
    expect(numberCellText(0.505, '0.##%')).toBe('50.5%');
    expect(numberCellText(-0.2, '0.00%')).toBe('-20.00%');
  });

  it('writes other numbers in their shortest form, whatever the format', () => {
    expect(numberCellText(70, '0.00')).toBe('70');
    expect(numberCellText(69.8, undefined)).toBe('69.8');
    expect(numberCellText(2351, '#,##0')).toBe('2351');
    expect(numberCellText(0.2, 'General')).toBe('0.2');
  });
});
