/**
 * Every message a user can see, in one catalogue keyed by stable codes.
 * E1xx rule file structure, E2xx expression syntax, E3xx names and types,
 * E4xx data, E5xx evaluation. Codes never change meaning once released.
 */
import type { Lang } from './diagnostic.js';

interface Rendered {
  text: string;
  details: string[];
}

type Entry<A> = Record<Lang, (args: A) => Rendered>;

function say(text: string, ...details: string[]): Rendered {
  return { text, details };
}

const catalogue = {
  E101: {
    zh: (a: { problem: string }) => say(`YAML 格式有误：${a.problem}`),
    en: (a: { problem: string }) => say(`YAML syntax error: ${a.problem}`),
  },
  E102: {
    zh: (a: { field: string; expected: string; found: string }) =>
      say(`“${a.field}”的写法不对`, `应为：${a.expected}`, `实为：${a.found}`),
    en: (a: { field: string; expected: string; found: string }) =>
      say(`"${a.field}" is not written as expected`, `expected: ${a.expected}`, `found: ${a.found}`),
  },
  E103: {
    zh: (a: { field: string; missing: string }) => say(`“${a.field}”缺少“${a.missing}”`),
    en: (a: { field: string; missing: string }) => say(`"${a.field}" lacks "${a.missing}"`),
  },
  E104: {
    zh: (a: { field: string; key: string; known: string }) =>
      say(`“${a.field}”中没有“${a.key}”这一项`, `可用的项：${a.known}`),
    en: (a: { field: string; key: string; known: string }) =>
      say(`"${a.field}" has no entry "${a.key}"`, `known entries: ${a.known}`),
  },
  E105: {
    zh: (a: { declared: string; sum: string }) =>
      say(`各考核项目满分之和与总满分不符`, `总满分：${a.declared}`, `各项之和：${a.sum}`),
    en: (a: { declared: string; sum: string }) =>
      say(`item full marks do not add up to the full score`, `full score: ${a.declared}`, `sum of items: ${a.sum}`),
  },
  E106: {
    zh: (a: { name: string }) => say(`名称“${a.name}”重复定义`),
    en: (a: { name: string }) => say(`the name "${a.name}" is defined twice`),
  },
  E107: {
    zh: (a: { file: string; problem: string }) => say(`无法读取规则文件 ${a.file}：${a.problem}`),
    en: (a: { file: string; problem: string }) => say(`cannot read rule file ${a.file}: ${a.problem}`),
  },
  E201: {
    zh: (a: { found: string }) => say(`表达式中有无法识别的字符“${a.found}”`),
    en: (a: { found: string }) => say(`unrecognised character "${a.found}" in expression`),
  },
  E202: {
    zh: (a: { expected: string; found: string }) =>
      say(`表达式写法有误`, `应为：${a.expected}`, `实为：${a.found}`),
    en: (a: { expected: string; found: string }) =>
      say(`expression syntax error`, `expected: ${a.expected}`, `found: ${a.found}`),
  },
  E203: {
    zh: (_a: object) => say(`表达式为空`),
    en: (_a: object) => say(`the expression is empty`),
  },
  E301: {
    zh: (a: { name: string; suggestion?: string }) =>
      say(
        `未知名称“${a.name}”`,
        ...(a.suggestion ? [`是否应为“${a.suggestion}”？`] : []),
        ...(/[且或非则]/.test(a.name) ? ['“且”“或”“非”“则”等关键字前后需留空格'] : []),
      ),
    en: (a: { name: string; suggestion?: string }) =>
      say(`unknown name "${a.name}"`, ...(a.suggestion ? [`did you mean "${a.suggestion}"?`] : [])),
  },
  E302: {
    zh: (a: { name: string; suggestion?: string }) =>
      say(`未知函数“${a.name}”`, ...(a.suggestion ? [`是否应为“${a.suggestion}”？`] : [])),
    en: (a: { name: string; suggestion?: string }) =>
      say(`unknown function "${a.name}"`, ...(a.suggestion ? [`did you mean "${a.suggestion}"?`] : [])),
  },
  E303: {
    zh: (a: { what: string; expected: string; found: string }) =>
      say(`${a.what}的类型不对`, `应为：${a.expected}`, `实为：${a.found}`),
    en: (a: { what: string; expected: string; found: string }) =>
      say(`${a.what} has the wrong type`, `expected: ${a.expected}`, `found: ${a.found}`),
  },
  E304: {
    zh: (a: { operator: string; left: string; right: string }) =>
      say(`“${a.left}”与“${a.right}”不能做“${a.operator}”运算`),
    en: (a: { operator: string; left: string; right: string }) =>
      say(`cannot apply "${a.operator}" to ${a.left} and ${a.right}`),
  },
  E305: {
    zh: (a: { fn: string; parameter: string; known: string }) =>
      say(`函数“${a.fn}”没有参数“${a.parameter}”`, `可用参数：${a.known}`),
    en: (a: { fn: string; parameter: string; known: string }) =>
      say(`function "${a.fn}" has no parameter "${a.parameter}"`, `parameters: ${a.known}`),
  },
  E306: {
    zh: (a: { fn: string; parameter: string }) => say(`函数“${a.fn}”缺少参数“${a.parameter}”`),
    en: (a: { fn: string; parameter: string }) => say(`function "${a.fn}" lacks parameter "${a.parameter}"`),
  },
  E307: {
    zh: (a: { fn: string; parameter: string }) => say(`函数“${a.fn}”的参数“${a.parameter}”给了两次`),
    en: (a: { fn: string; parameter: string }) => say(`function "${a.fn}" got parameter "${a.parameter}" twice`),
  },
  E308: {
    zh: (a: { fn: string; max: number }) => say(`函数“${a.fn}”的参数过多（最多 ${a.max} 个）`),
    en: (a: { fn: string; max: number }) => say(`too many arguments for "${a.fn}" (at most ${a.max})`),
  },
  E309: {
    zh: (a: { parameter: string; found: string; allowed: string }) =>
      say(`参数“${a.parameter}”不能取“${a.found}”`, `可取：${a.allowed}`),
    en: (a: { parameter: string; found: string; allowed: string }) =>
      say(`parameter "${a.parameter}" cannot be "${a.found}"`, `allowed: ${a.allowed}`),
  },
  E310: {
    zh: (a: { cycle: string }) => say(`派生值相互引用，无法计算：${a.cycle}`),
    en: (a: { cycle: string }) => say(`derived values refer to each other: ${a.cycle}`),
  },
  E311: {
    zh: (a: { fn: string }) => say(`“${a.fn}”在此处不能使用：参与排名的条件不能依赖排名或统计结果`),
    en: (a: { fn: string }) => say(`"${a.fn}" cannot be used here: eligibility cannot depend on population results`),
  },
  E312: {
    zh: (a: { fn: string; one: string; other: string }) =>
      say(`函数“${a.fn}”需要“${a.one}”或“${a.other}”中恰好一个`),
    en: (a: { fn: string; one: string; other: string }) =>
      say(`function "${a.fn}" needs exactly one of "${a.one}" and "${a.other}"`),
  },
  E401: {
    zh: (a: { file: string; problem: string }) => say(`无法读取数据文件 ${a.file}：${a.problem}`),
    en: (a: { file: string; problem: string }) => say(`cannot read data file ${a.file}: ${a.problem}`),
  },
  E402: {
    zh: (a: { column: string; input: string }) =>
      say(`数据中缺少列“${a.column}”（规则文件的输入“${a.input}”需要它）`),
    en: (a: { column: string; input: string }) =>
      say(`the data has no column "${a.column}" (needed by input "${a.input}")`),
  },
  E403: {
    zh: (a: { value: string; expected: string }) =>
      say(`数值写法不对`, `应为：${a.expected}`, `实为：“${a.value}”`),
    en: (a: { value: string; expected: string }) =>
      say(`value not understood`, `expected: ${a.expected}`, `found: "${a.value}"`),
  },
  E404: {
    zh: (a: { unit: string; firstRow: number }) => say(`单位“${a.unit}”重复出现（首次在第 ${a.firstRow} 行）`),
    en: (a: { unit: string; firstRow: number }) => say(`unit "${a.unit}" is listed twice (first on row ${a.firstRow})`),
  },
  E405: {
    zh: (a: { group: string; known: string }) => say(`分组“${a.group}”不在规则文件声明的分组中`, `已声明：${a.known}`),
    en: (a: { group: string; known: string }) => say(`group "${a.group}" is not declared in the rules`, `declared: ${a.known}`),
  },
  E406: {
    zh: (a: { column: string }) => say(`列“${a.column}”在表头中出现了两次`),
    en: (a: { column: string }) => say(`column "${a.column}" appears twice in the header`),
  },
  E407: {
    zh: (a: { columns: string }) =>
      say(`数据中有规则文件未说明用途的列：${a.columns}`, '请在规则文件的“输入”或“参考列”中列出'),
    en: (a: { columns: string }) =>
      say(`the data has columns the rules do not mention: ${a.columns}`, 'list them under 输入 or 参考列'),
  },
  E408: {
    zh: (_a: object) => say(`数据文件没有任何单位`),
    en: (_a: object) => say(`the data file holds no units`),
  },
  E409: {
    zh: (a: { expected: number; found: number }) =>
      say(`该行的栏数与表头不符`, `应为：${a.expected} 栏`, `实为：${a.found} 栏`),
    en: (a: { expected: number; found: number }) =>
      say(`row has a different number of cells than the header`, `expected: ${a.expected}`, `found: ${a.found}`),
  },
  E501: {
    zh: (a: { unit: string; item: string }) =>
      say(`单位“${a.unit}”的“${a.item}”算出缺失值`, '请用 若缺失(…, 值) 说明缺失时如何计分'),
    en: (a: { unit: string; item: string }) =>
      say(`"${a.item}" of unit "${a.unit}" evaluates to a missing value`, 'say how a missing value counts with 若缺失(…, value)'),
  },
  E502: {
    zh: (a: { unit: string; what: string }) => say(`单位“${a.unit}”计算“${a.what}”时除以零`),
    en: (a: { unit: string; what: string }) => say(`division by zero in "${a.what}" for unit "${a.unit}"`),
  },
  N601: {
    zh: (a: { count: number; item: string }) => say(`${a.count} 个单位使用了“${a.item}”`),
    en: (a: { count: number; item: string }) => say(`${a.count} units carry "${a.item}"`),
  },
} satisfies Record<string, Entry<never>>;

export type MessageCode = keyof typeof catalogue;
export type MessageArgs<C extends MessageCode> = Parameters<(typeof catalogue)[C]['zh']>[0];

export function message<C extends MessageCode>(code: C, args: MessageArgs<C>, lang: Lang): Rendered {
  const entry = catalogue[code][lang] as (a: MessageArgs<C>) => Rendered;
  return entry(args);
}
