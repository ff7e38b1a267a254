import { writeFileSync, readFileSync } from 'node:fs';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { cellOf, edit, furongCopy, furongData, furongRules, keys, openPreview, rowOf, settle, waitFor, type Preview } from './support/open-preview.js';

let open: Preview | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

async function preview(...args: Parameters<typeof openPreview>): Promise<Preview> {
  open = await openPreview(...args);
  return open;
}

const selectedName = (lines: readonly string[]) => lines.find((l) => l.startsWith('>'))?.split('│')[0]!.slice(2).trim().split(/\s+/)[1];
const breakdownTitle = (lines: readonly string[]) => lines.map((l) => /明细：(\S+)/.exec(l)?.[1]).find(Boolean);

describe('the Furong example on a 120x40 terminal', () => {
  it('shows the 街道 group first, 马坡岭街道办事处 13th with 63.5, and the first unit’s breakdown beside the table', async () => {
    const p = await preview(furongRules, furongData);
    const lines = p.lines();
    expect(lines).toHaveLength(39);
    expect(lines[0]).toContain('芙蓉区12345政务热线成员单位工单办理主要考核指标综合得分（2021-07）');
    expect(lines[1]).toMatch(/^\[街道 14\] +区直部门 34/);
    expect(rowOf(lines, '马坡岭街道办事处')).toEqual(['13', '马坡岭街道办事处', '63.5']);
    expect(rowOf(lines, '湘湖管理局')).toEqual(['1', '湘湖管理局', '70']);
    expect(rowOf(lines, '隆平高科技园管理委员会')).toEqual(['14', '隆平高科技园管理委员会', '60']);
    expect(selectedName(lines)).toBe('湘湖管理局');
    // The breakdown is the explain view, beside the ranking.
    const header = lines.findIndex((l) => l.includes('排名') && l.includes('总分'));
    expect(lines[header]).toContain('│ 明细：湘湖管理局');
    expect(p.frame()).toContain('│ 湘湖管理局（街道）');
    expect(p.frame()).toContain('签收总数 = 42');
  });

  it('lines up the columns by terminal cells, whatever the length of the Chinese names', async () => {
    const p = await preview(furongRules, furongData);
    const rows = p.lines().filter((l) => /^[ >][ *]\s+\d+ /.test(l));
    expect(rows).toHaveLength(14);
    const totals = rows.map((l) => {
      const total = /(\d+(\.\d+)?)\s+(│|$)/.exec(l.split('│')[0]! + '│')!;
      return cellOf(l, total[1]!) + stringWidth(total[1]!);
    });
    expect(new Set(totals).size).toBe(1);
    const bars = rows.map((l) => cellOf(l, '│'));
    expect(new Set(bars).size).toBe(1);
    for (const line of p.lines()) expect(stringWidth(line)).toBeLessThanOrEqual(120);
  });
});

describe('keys', () => {
  it('↓ and j move the selection down, ↑ and k up; the breakdown follows', async () => {
    const p = await preview(furongRules, furongData);
    await p.press(keys.down);
    expect(selectedName(p.lines())).toBe('五里牌街道办事处');
    expect(breakdownTitle(p.lines())).toBe('五里牌街道办事处');
    await p.press('j');
    expect(selectedName(p.lines())).toBe('东湖街道办事处');
    expect(p.frame()).toContain('第 3/14 个');
    await p.press('k', keys.up, keys.up);
    expect(selectedName(p.lines())).toBe('湘湖管理局');
  });

  it('keys typed faster than they are read each count', async () => {
    const p = await preview(furongRules, furongData);
    await p.press('jjj');
    expect(selectedName(p.lines())).toBe('东屯渡街道办事处');
  });

  it('Tab and → switch to 区直部门, ← back, and each group keeps its selection', async () => {
    const p = await preview(furongRules, furongData);
    await p.press('j');
    await p.press(keys.tab);
    expect(p.lines()[1]).toMatch(/^ 街道 14 \[区直部门 34\]/);
    expect(rowOf(p.lines(), '医疗保障局')).toEqual(['1', '医疗保障局', '70']);
    expect(p.frame()).toContain('第 1/34 个');
    await p.press(keys.left);
    expect(p.lines()[1]).toMatch(/^\[街道 14\]/);
    expect(selectedName(p.lines())).toBe('五里牌街道办事处');
    await p.press(keys.right);
    expect(p.lines()[1]).toMatch(/\[区直部门 34\]/);
    await p.press(keys.tab);
    expect(p.lines()[1]).toMatch(/^\[街道 14\]/);
  });

  it('/ filters by name: typing narrows the list, Enter keeps the filter, Esc clears it', async () => {
    const p = await preview(furongRules, furongData);
    await p.press('/', '马');
    expect(p.frame()).toContain('筛选：马');
    let rows = p.lines().filter((l) => /^[ >][ *]\s+\d+ /.test(l));
    expect(rows.map((l) => l.split(/\s+/).find((w) => w.includes('马')))).toEqual(['马王堆街道办事处', '马坡岭街道办事处']);
    await p.press('坡', keys.enter);
    rows = p.lines().filter((l) => /^[ >][ *]\s+\d+ /.test(l));
    expect(rows).toHaveLength(1);
    expect(rowOf(p.lines(), '马坡岭街道办事处')).toEqual(['13', '马坡岭街道办事处', '63.5']);
    expect(p.lines()[1]).toContain('筛选“马坡”');
    expect(breakdownTitle(p.lines())).toBe('马坡岭街道办事处');
    // The filter stays while moving and switching groups (no 区直部门 name has 马坡).
    await p.press('j', keys.tab);
    expect(p.frame()).toContain('没有名称含“马坡”的单位');
    await p.press(keys.tab, keys.escape);
    expect(p.lines().filter((l) => /^[ >][ *]\s+\d+ /.test(l))).toHaveLength(14);
    expect(p.lines()[1]).not.toContain('筛选“');
  });

  it('Esc while typing a filter clears it', async () => {
    const p = await preview(furongRules, furongData);
    await p.press('/', '东', keys.escape);
    expect(p.lines().filter((l) => /^[ >][ *]\s+\d+ /.test(l))).toHaveLength(14);
    expect(p.frame()).not.toMatch(/筛选[：“]/);
  });

  it('Tab and Enter arriving together pin the unit the selection lands on', async () => {
    const p = await preview(furongRules, furongData);
    // One write: both keys are read in the same burst, as when typed very fast or pasted.
    p.app.stdin.write(`${keys.tab}${keys.enter}`);
    await settle();
    expect(selectedName(p.lines())).toBe('医疗保障局');
    expect(breakdownTitle(p.lines())).toBe('医疗保障局［已固定］');
    await p.close();
  });

  it('Enter pins the breakdown to a unit while the selection moves; Enter on it again unpins', async () => {
    const p = await preview(furongRules, furongData);
    await p.press('G', 'k');
    expect(selectedName(p.lines())).toBe('马坡岭街道办事处');
    await p.press(keys.enter);
    expect(p.frame()).toContain('明细：马坡岭街道办事处［已固定］');
    await p.press('k', 'k', keys.tab);
    expect(selectedName(p.lines())).toBe('医疗保障局');
    expect(breakdownTitle(p.lines())).toBe('马坡岭街道办事处［已固定］');
    expect(p.lines().find((l) => l.includes('马坡岭街道办事处') && l.includes('63.5'))).toBeUndefined();
    await p.press(keys.tab);
    const pinnedRow = p.lines().find((l) => l.includes(' 马坡岭街道办事处 '))!;
    expect(pinnedRow.startsWith(' *')).toBe(true);
    await p.press('j', 'j', keys.enter);
    expect(breakdownTitle(p.lines())).toBe('马坡岭街道办事处');
    await p.press('j');
    expect(breakdownTitle(p.lines())).toBe('隆平高科技园管理委员会');
  });

  it('? shows the keys, and ? again goes back', async () => {
    const p = await preview(furongRules, furongData);
    await p.press('?');
    expect(p.frame()).toContain('按键');
    expect(p.frame()).toContain('按名称筛选：输入文字，Enter 保留，Esc 清除');
    expect(p.frame()).toContain('q  Ctrl-C');
    expect(rowOf(p.lines(), '马坡岭街道办事处')).toBeUndefined();
    await p.press('?');
    expect(rowOf(p.lines(), '马坡岭街道办事处')).toEqual(['13', '马坡岭街道办事处', '63.5']);
  });

  it('[ and ] scroll the breakdown', async () => {
    const p = await preview(furongRules, furongData, { columns: 80, rows: 24 });
    expect(p.frame()).toContain('签收总数 = 42');
    await p.press(']', ']', ']');
    expect(p.frame()).not.toContain('签收总数 = 42');
    expect(p.frame()).toMatch(/上面还有 \d+ 行/);
    await p.press('[', '[', '[');
    expect(p.frame()).toContain('签收总数 = 42');
  });
});

describe('sizes', () => {
  it('fits 80x24: the breakdown goes below the table, and no line is wider than the terminal', async () => {
    const p = await preview(furongRules, furongData, { columns: 80, rows: 24 });
    const lines = p.lines();
    expect(lines.length).toBeLessThanOrEqual(23);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    const table = lines.findIndex((l) => l.includes('排名') && l.includes('总分'));
    const pane = lines.findIndex((l) => l.startsWith('明细：'));
    expect(pane).toBeGreaterThan(table);
    expect(lines.at(-1)).toContain('q 退出');
  });

  it('scrolls a long ranking and keeps the selection on screen', async () => {
    const { data } = furongCopy();
    const [header, ...rows] = readFileSync(furongData, 'utf8').trimEnd().split('\n');
    const street = rows.find((r) => r.includes('马坡岭'))!;
    const many = Array.from({ length: 120 }, (_, i) => street.replace('马坡岭街道办事处', `第${i + 1}街道办事处`));
    writeFileSync(data, `${[header, ...many, ...rows.filter((r) => r.startsWith('区直部门'))].join('\n')}\n`);
    const p = await preview(furongRules, data, { columns: 80, rows: 24 });
    expect(p.lines().length).toBeLessThanOrEqual(23);
    await p.press('G');
    expect(selectedName(p.lines())).toBe('第120街道办事处');
    expect(p.frame()).toContain('第 120/120 个');
    expect(p.lines().length).toBeLessThanOrEqual(23);
    await p.press('g', 'j', 'j');
    expect(selectedName(p.lines())).toBe('第3街道办事处');
    await p.press(keys.end, keys.up);
    expect(selectedName(p.lines())).toBe('第119街道办事处');
  });
});

describe('saves', () => {
  it('shows rank movement and the change of each total after a re-evaluation', async () => {
    const { rules, data } = furongCopy();
    const p = await preview(rules, data);
    expect(rowOf(p.lines(), '定王台街道办事处')).toEqual(['8', '定王台街道办事处', '68.4']);
    edit(rules, '扣分: 若缺失(满意度档次, 0) × 0.2', '扣分: 若缺失(满意度档次, 0) × 0.3');
    await p.session.reload();
    expect(rowOf(p.lines(), '定王台街道办事处')).toEqual(['9', '▼1', '定王台街道办事处', '67.6', '−0.8']);
    expect(rowOf(p.lines(), '韭菜园街道办事处')).toEqual(['8', '韭菜园街道办事处', '67.7', '−0.7']);
    expect(rowOf(p.lines(), '马坡岭街道办事处')).toEqual(['13', '马坡岭街道办事处', '62.3', '−1.2']);
    expect(rowOf(p.lines(), '湘湖管理局')).toEqual(['1', '湘湖管理局', '70']);
    expect(p.lines()[0]).toContain('第 2 版');

    edit(rules, '扣分: 若缺失(满意度档次, 0) × 0.3', '扣分: 若缺失(满意度档次, 0) × 0.2');
    await p.session.reload();
    expect(rowOf(p.lines(), '定王台街道办事处')).toEqual(['8', '▲1', '定王台街道办事处', '68.4', '+0.8']);
  });

  it('a save that changes nothing keeps the markers of the last change', async () => {
    const { rules, data } = furongCopy();
    const p = await preview(rules, data);
    edit(rules, '扣分: 若缺失(满意度档次, 0) × 0.2', '扣分: 若缺失(满意度档次, 0) × 0.3');
    await p.session.reload();
    edit(rules, '# 数据中保留', '# 数据中仍保留');
    await p.session.reload();
    expect(p.lines()[0]).toContain('第 3 版');
    expect(rowOf(p.lines(), '定王台街道办事处')).toEqual(['9', '▼1', '定王台街道办事处', '67.6', '−0.8']);
  });

  it('marks units new to the data 新 and lists the units gone as 移除', async () => {
    const { rules, data } = furongCopy();
    const p = await preview(rules, data);
    edit(data, '街道,湘湖管理局,42,0,0,0,39,0,100.00%,0,0,36,36,100.00%,0.00%,0.00%,70,1,,\n', '');
    edit(data, '街道,五里牌街道办事处,', '街道,五里牌新区,');
    await p.session.reload();
    expect(rowOf(p.lines(), '五里牌新区')).toEqual(['1', '新', '五里牌新区', '70']);
    expect(p.frame()).toContain('移除：湘湖管理局、五里牌街道办事处');
    expect(rowOf(p.lines(), '火星街道办事处')).toEqual(['4', '▲1', '火星街道办事处', '69.8']);
  });

  it('a save that breaks the rule file shows the errors at file:line:col and keeps the last ranking; a fix recovers', async () => {
    const { rules, data } = furongCopy();
    const p = await preview(rules, data);
    edit(rules, '公式: 回访满意数 / 回访工单总数', '公式: 回访满意数 / 回访工单总量');
    await p.session.reload();
    const frame = p.frame();
    expect(p.lines()[0]).toMatch(/规则文件有误$/);
    expect(frame).toContain('仍显示上次的结果（第 1 版）');
    expect(p.lines().some((l) => l.includes(`│ ${rules}:76:17 错误`))).toBe(true);
    expect(frame).toMatch(/E301：未知名称“回访工单总量”/);
    expect(frame).toContain('  76 │     公式: 回访满意数 / 回访工单总量');
    expect(frame).toContain('^^^^^^^^^^^^');
    expect(rowOf(p.lines(), '马坡岭街道办事处')).toEqual(['13', '马坡岭街道办事处', '63.5']);

    // Still usable while the file is broken.
    await p.press('j');
    expect(selectedName(p.lines())).toBe('五里牌街道办事处');

    edit(rules, '公式: 回访满意数 / 回访工单总量', '公式: 回访满意数 / 回访工单总数');
    await p.session.reload();
    expect(p.frame()).not.toContain('E301');
    expect(p.lines()[0]).toContain('第 2 版');
    expect(breakdownTitle(p.lines())).toBe('五里牌街道办事处');
  });

  it('starts with a broken rule file: the errors, no ranking, and the ranking once it is fixed', async () => {
    const { rules, data } = furongCopy();
    edit(rules, '满分: 70', '满分: [70');
    const p = await preview(rules, data);
    expect(p.frame()).toMatch(new RegExp(`${rules}:\\d+:\\d+ 错误 E1`));
    expect(p.frame()).toContain('还没有可显示的排名');
    edit(rules, '满分: [70', '满分: 70');
    await p.session.reload();
    expect(rowOf(p.lines(), '马坡岭街道办事处')).toEqual(['13', '马坡岭街道办事处', '63.5']);
  });

  it('follows the files it watches: a save re-ranks without being asked', async () => {
    const { rules, data } = furongCopy();
    const p = await preview(rules, data);
    await p.session.startWatching();
    edit(rules, '扣分: 若缺失(满意度档次, 0) × 0.2', '扣分: 若缺失(满意度档次, 0) × 0.3');
    await waitFor('the new ranking', () => rowOf(p.lines(), '定王台街道办事处')?.includes('▼1') ?? false);
  });
});

describe('English', () => {
  it('uses English for the screen and the messages with --lang en', async () => {
    const { rules, data } = furongCopy();
    const p = await preview(rules, data, { columns: 120, rows: 40 }, 'en');
    expect(p.frame()).toContain('Rank');
    edit(rules, '公式: 回访满意数 / 回访工单总数', '公式: 回访满意数 / 回访工单总量');
    await p.session.reload();
    expect(p.lines().some((l) => l.includes(`│ ${rules}:76:17 error`))).toBe(true);
    expect(p.frame()).toContain('E301: unknown name "回访工单总量"');
    expect(p.frame()).toContain('the rule file has errors');
  });
});
