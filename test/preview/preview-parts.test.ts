import type { Key } from 'ink';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { Fraction } from '../../src/engine/exact.js';
import { movementMarker, totalChange } from '../../src/preview/movement.js';
import { screenLayout } from '../../src/preview/screen-layout.js';
import { windowStart } from '../../src/preview/scroll-window.js';
import { padEndCells, padStartCells, truncateCells, wrapCells } from '../../src/preview/text-cells.js';
import { splitKeys } from '../../src/preview/ui-state.js';

const noKey: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

describe('text in terminal cells', () => {
  it('pads and cuts by cells, a Chinese character taking two', () => {
    expect(padEndCells('马坡岭', 8)).toBe('马坡岭  ');
    expect(padStartCells('63.5', 7)).toBe('   63.5');
    expect(truncateCells('隆平高科技园管理委员会', 10)).toBe('隆平高科…');
    expect(stringWidth(truncateCells('隆平高科技园管理委员会', 10))).toBeLessThanOrEqual(10);
    expect(padEndCells('a\tb', 4)).toBe('a b ');
  });

  it('wraps at a space when there is one, else anywhere, keeping the indent', () => {
    expect(wrapCells('rules.yaml:76:17 错误 E301：未知名称', 24)).toEqual(['rules.yaml:76:17 错误', 'E301：未知名称']);
    expect(wrapCells('  原文：未按时签收每次扣分', 12)).toEqual(['  原文：未按', '  时签收每次', '  扣分']);
    for (const piece of wrapCells('回访满意度=回访满意数/回访工单总数，本月无回访满意的用“/”表示', 17)) {
      expect(stringWidth(piece)).toBeLessThanOrEqual(17);
    }
  });
});

describe('movement markers', () => {
  it('▲ for places gained, ▼ for places lost, 新 for a new unit, and the total with a true minus sign', () => {
    expect(movementMarker({ isNew: false, places: 2 })).toBe('▲2');
    expect(movementMarker({ isNew: false, places: -1 })).toBe('▼1');
    expect(movementMarker({ isNew: true })).toBe('新');
    expect(movementMarker({ isNew: false })).toBe('');
    expect(totalChange({ isNew: false, total: new Fraction(1, 5) })).toBe('+0.2');
    expect(totalChange({ isNew: false, total: new Fraction(-2, 5) })).toBe('−0.4');
    expect(totalChange(undefined)).toBe('');
  });
});

describe('the screen', () => {
  it('puts the breakdown beside the table on a wide terminal and below it on 80 columns', () => {
    expect(screenLayout(120, 40, 22, 34).wide).toBe(true);
    const narrow = screenLayout(80, 24, 22, 34);
    expect(narrow.wide).toBe(false);
    expect(narrow.height).toBe(23);
    expect(narrow.table.height + narrow.pane.height + 3).toBe(23);
    expect(narrow.table.width).toBeLessThanOrEqual(80);
  });

  it('scrolls as little as it can to keep the selection on screen', () => {
    expect(windowStart(0, 5, 10, 100)).toBe(0);
    expect(windowStart(0, 10, 10, 100)).toBe(1);
    expect(windowStart(50, 20, 10, 100)).toBe(20);
    expect(windowStart(95, 99, 10, 100)).toBe(90);
    expect(windowStart(30, 3, 10, 5)).toBe(0);
  });

  it('takes keys typed faster than they are read one by one', () => {
    expect(splitKeys('jj\t', noKey).map(([input, key]) => [input, key.tab])).toEqual([
      ['j', false],
      ['j', false],
      ['', true],
    ]);
    expect(splitKeys('马坡', noKey).map(([input]) => input)).toEqual(['马', '坡']);
    expect(splitKeys('j', noKey)).toEqual([['j', noKey]]);
  });
});
