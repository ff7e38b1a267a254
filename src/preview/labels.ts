import type { Lang } from '../diagnostics/diagnostic.js';

/**
 * The words of the preview's own screen, in both message languages. The
 * movement markers (▲ ▼ 新 移除) and the explanation are the same in both:
 * they are the rule file's language.
 */
export interface Labels {
  readonly rank: string;
  readonly move: string;
  readonly unit: string;
  readonly total: string;
  readonly change: string;
  /** In the rank column (4 cells) for a unit left out of the ranking. */
  readonly unranked: string;
  readonly removed: string;
  readonly noRanking: string;
  readonly noMatch: (filter: string) => string;
  readonly position: (at: number, of: number) => string;
  readonly units: (count: number) => string;
  readonly version: (n: number) => string;
  readonly updated: (time: string, ms: number) => string;
  readonly loading: string;
  readonly ruleErrors: string;
  readonly dataErrors: string;
  readonly internalError: string;
  readonly keptLast: (n: number) => string;
  readonly nothingKept: string;
  readonly warnings: (count: number) => string;
  readonly breakdown: string;
  readonly pinned: string;
  readonly more: (above: number, below: number) => string;
  readonly filterPrompt: string;
  readonly filterKeys: string;
  readonly filterActive: (text: string) => string;
  readonly hints: string;
  readonly helpTitle: string;
  readonly helpLines: readonly (readonly [string, string])[];
  readonly helpClose: string;
  readonly rulesFile: string;
  readonly dataFile: string;
}

const zh: Labels = {
  rank: '排名',
  move: '变动',
  unit: '单位',
  total: '总分',
  change: '变化',
  unranked: '—',
  removed: '移除',
  noRanking: '（还没有可显示的排名）',
  noMatch: (filter) => `（没有名称含“${filter}”的单位）`,
  position: (at, of) => `第 ${at}/${of} 个`,
  units: (count) => `${count} 个单位`,
  version: (n) => `第 ${n} 版`,
  updated: (time, ms) => `${time} 已更新（${ms} ms）`,
  loading: '正在重新计算…',
  ruleErrors: '规则文件有误',
  dataErrors: '数据文件有误',
  internalError: 'rules-engine 内部错误（请报告此问题）',
  keptLast: (n) => `仍显示上次的结果（第 ${n} 版）；改正后保存即可恢复`,
  nothingKept: '改正后保存即可显示排名',
  warnings: (count) => `${count} 条警告`,
  breakdown: '明细',
  pinned: '已固定',
  more: (above, below) =>
    above === 0 ? `下面还有 ${below} 行（] 向下滚动）` : below === 0 ? `上面还有 ${above} 行（[ 向上滚动）` : `上面还有 ${above} 行，下面还有 ${below} 行（[ ] 滚动）`,
  filterPrompt: '筛选：',
  filterKeys: 'Enter 保留  Esc 清除',
  filterActive: (text) => `筛选“${text}”`,
  hints: '↑↓/jk 移动  Tab/←→ 分组  / 筛选  Enter 固定  ? 帮助  q 退出',
  helpTitle: '按键',
  helpLines: [
    ['↑ ↓  j k', '上下移动选中的单位'],
    ['PgUp PgDn', '排名翻页'],
    ['g G  Home End', '到第一个／最后一个单位'],
    ['Tab  → ←', '切换分组（Shift-Tab 向前）'],
    ['/', '按名称筛选：输入文字，Enter 保留，Esc 清除'],
    ['Esc', '清除筛选'],
    ['Enter', '固定明细在选中的单位上（移动时不变）；再按一次取消'],
    ['[  ]', '明细向上／向下滚动'],
    ['r', '立即重新读取规则文件和数据文件'],
    ['?', '显示／关闭本帮助'],
    ['q  Ctrl-C', '退出'],
  ],
  helpClose: '按 ? 或 Esc 返回',
  rulesFile: '规则',
  dataFile: '数据',
};

const en: Labels = {
  rank: 'Rank',
  move: 'Move',
  unit: 'Unit',
  total: 'Total',
  change: 'Change',
  unranked: '—',
  removed: '移除',
  noRanking: '(no ranking to show yet)',
  noMatch: (filter) => `(no unit's name contains "${filter}")`,
  position: (at, of) => `${at} of ${of}`,
  units: (count) => `${count} units`,
  version: (n) => `version ${n}`,
  updated: (time, ms) => `updated ${time} (${ms} ms)`,
  loading: 'recomputing…',
  ruleErrors: 'the rule file has errors',
  dataErrors: 'the data file has errors',
  internalError: 'internal error in rules-engine (please report it)',
  keptLast: (n) => `still showing the last good result (version ${n}); save a fix to recover`,
  nothingKept: 'save a fix to see the ranking',
  warnings: (count) => `${count} warnings`,
  breakdown: 'Breakdown',
  pinned: 'pinned',
  more: (above, below) =>
    above === 0 ? `${below} more lines below (] scrolls down)` : below === 0 ? `${above} lines above ([ scrolls up)` : `${above} lines above, ${below} below ([ ] to scroll)`,
  filterPrompt: 'Filter: ',
  filterKeys: 'Enter keep  Esc clear',
  filterActive: (text) => `filter "${text}"`,
  hints: '↑↓/jk move  Tab/←→ group  / filter  Enter pin  ? help  q quit',
  helpTitle: 'Keys',
  helpLines: [
    ['↑ ↓  j k', 'move the selection'],
    ['PgUp PgDn', 'page through the ranking'],
    ['g G  Home End', 'first / last unit'],
    ['Tab  → ←', 'switch group (Shift-Tab goes back)'],
    ['/', 'filter by name: type, Enter keeps it, Esc clears it'],
    ['Esc', 'clear the filter'],
    ['Enter', 'pin the breakdown to the selected unit; again to unpin'],
    ['[  ]', 'scroll the breakdown up / down'],
    ['r', 'read the rule and data files again now'],
    ['?', 'show / hide this help'],
    ['q  Ctrl-C', 'quit'],
  ],
  helpClose: 'press ? or Esc to go back',
  rulesFile: 'rules',
  dataFile: 'data',
};

export function labelsFor(lang: Lang): Labels {
  return lang === 'en' ? en : zh;
}
