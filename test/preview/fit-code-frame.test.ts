import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fitCodeFrames } from '../../src/preview/fit-code-frame.js';

const before = '    扣分: 若缺失(满意度档次, 0) × 0.2 + ';
const frame = [
  'r.yaml:122:31 错误 E301：未知名称“回访工单总量”',
  `  122 │ ${before}回访工单总量`,
  `      │ ${' '.repeat(stringWidth(before))}${'^'.repeat(stringWidth('回访工单总量'))}`,
];

/** The text above the carets, in terminal cells. */
function underlined(lines: string[]): string {
  const [source, underline] = [lines[1]!, lines[2]!];
  const start = underline.indexOf('^');
  const cells = underline.lastIndexOf('^') - start + 1;
  let column = 0;
  let out = '';
  for (const char of source) {
    if (column >= start && column < start + cells) out += char;
    column += stringWidth(char);
  }
  return out;
}

describe('a code frame in a narrow pane', () => {
  it('is left as it is when it fits', () => {
    expect(fitCodeFrames(frame, 80)).toEqual(frame);
  });

  it('is shifted, not wrapped, so the carets stay under the unknown name', () => {
    const fitted = fitCodeFrames(frame, 40);
    expect(fitted).toHaveLength(3);
    expect(fitted[1]).toMatch(/^ {2}122 │ ….*\+ 回访工单总量$/);
    expect(underlined(fitted)).toBe('回访工单总量');
    expect(Math.max(...fitted.slice(1).map((l) => stringWidth(l)))).toBeLessThanOrEqual(40);
  });
});
