import type { Lang } from './diagnostic.js';

/*
 * The words messages are built from, per language: kinds of values, the
 * parts of a rule an error can be about, token kinds, file problems. The
 * engine passes these as data; only the catalogue turns them into text.
 */

export type KindName = 'count' | 'rate' | 'number' | 'boolean' | 'text';

const kindWords: Record<Lang, Record<KindName, string>> = {
  zh: { count: '计数', rate: '比率', number: '数值', boolean: '是非', text: '文字' },
  en: { count: 'count', rate: 'rate', number: 'number', boolean: 'yes/no', text: 'text' },
};

export function kindText(lang: Lang, kinds: KindName | readonly KindName[]): string {
  const list = typeof kinds === 'string' ? [kinds] : kinds;
  return list.map((k) => kindWords[lang][k]).join(lang === 'zh' ? '或' : ' or ');
}

/** What part of the rule file a kind error is about. */
export type Subject =
  | { kind: 'not-operand' }
  | { kind: 'minus-operand' }
  | { kind: 'if-condition' }
  | { kind: 'else-value' }
  | { kind: 'parameter'; name: string }
  | { kind: 'if-missing-default' }
  | { kind: 'item-deduction'; item: string }
  | { kind: 'item-cap'; item: string }
  | { kind: 'item-reason'; item: string }
  | { kind: 'eligibility' }
  | { kind: 'ranking-basis' }
  | { kind: 'missing-default'; input: string }
  | { kind: 'data-check'; index: number }
  | { kind: 'reference-check'; column: string }
  | { kind: 'report'; report: string };

export function subjectText(lang: Lang, s: Subject): string {
  const zh = lang === 'zh';
  switch (s.kind) {
    case 'not-operand':
      return zh ? '“非”的对象' : 'the operand of 非 (not)';
    case 'minus-operand':
      return zh ? '负号的对象' : 'the operand of the minus sign';
    case 'if-condition':
      return zh ? '“如果”后的条件' : 'the condition after 如果 (if)';
    case 'else-value':
      return zh ? '“否则”后的值' : 'the value after 否则 (else)';
    case 'parameter':
      return zh ? `参数“${s.name}”` : `parameter "${s.name}"`;
    case 'if-missing-default':
      return zh ? '“若缺失”的缺失时取值' : 'the default of 若缺失';
    case 'item-deduction':
      return zh ? `“${s.item}”的扣分` : `the deduction of "${s.item}"`;
    case 'item-cap':
      return zh ? `“${s.item}”的扣分上限` : `the cap of "${s.item}"`;
    case 'item-reason':
      return zh ? `“${s.item}”的原因` : `the reason of "${s.item}"`;
    case 'eligibility':
      return zh ? '参与排名的条件' : 'the eligibility condition';
    case 'ranking-basis':
      return zh ? '排名依据' : 'the ranking basis';
    case 'missing-default':
      return zh ? `输入“${s.input}”的“缺失时”` : `缺失时 of input "${s.input}"`;
    case 'data-check':
      return zh ? `第 ${s.index} 条数据校验的条件` : `the condition of data check ${s.index}`;
    case 'report':
      return zh ? `报告“${s.report}”中的表达式` : `an expression of report "${s.report}"`;
    case 'reference-check':
      return zh ? `参考列“${s.column}”的核对值` : `the check of reference column "${s.column}"`;
  }
}

const tokenWords: Record<Lang, Record<string, string>> = {
  zh: {
    Identifier: '名称',
    NumberLiteral: '数字',
    Percent: '百分数',
    StringLiteral: '文字（用引号括起）',
    EOF: '表达式结尾',
    Operator: '运算符或表达式结尾',
    LParen: '（',
    RParen: '）',
    Comma: '，',
  },
  en: {
    Identifier: 'a name',
    NumberLiteral: 'a number',
    Percent: 'a percentage',
    StringLiteral: 'quoted text',
    EOF: 'the end of the expression',
    Operator: 'an operator or the end of the expression',
    LParen: '(',
    RParen: ')',
    Comma: ',',
  },
};

const signs: Record<string, string> = {
  If: '如果',
  Then: '则',
  Else: '否则',
  And: '且',
  Or: '或',
  Not: '非',
  True: '是',
  False: '否',
  LessEqual: '≤',
  GreaterEqual: '≥',
  NotEqual: '≠',
  Equal: '=',
  Less: '<',
  Greater: '>',
  Plus: '+',
  Minus: '-',
  Times: '×',
  Divide: '÷',
};

/** Token kinds in the order a reader looks for them: operands first. */
const tokenOrder = ['Identifier', 'NumberLiteral', 'Percent', 'LParen', 'StringLiteral', 'Minus', 'Not', 'If', 'True', 'False'];

export function tokenText(lang: Lang, kinds: readonly string[]): string {
  const rank = (k: string) => (tokenOrder.includes(k) ? tokenOrder.indexOf(k) : tokenOrder.length);
  return [...kinds]
    .sort((a, b) => rank(a) - rank(b))
    .map((k) => tokenWords[lang][k] ?? signs[k] ?? k)
    .join(lang === 'zh' ? '、' : ', ');
}

/** What a parser found: a token's text, or the end of the expression. */
export type Found = { token: string } | { end: true };

export function foundText(lang: Lang, found: Found): string {
  if ('end' in found) return tokenWords[lang].EOF!;
  return lang === 'zh' ? `“${found.token}”` : `"${found.token}"`;
}

const fileProblems: Record<Lang, Record<string, string>> = {
  zh: { ENOENT: '文件不存在', EISDIR: '这是一个文件夹，不是文件', EACCES: '没有读取权限', EPERM: '没有读取权限' },
  en: { ENOENT: 'no such file', EISDIR: 'it is a folder, not a file', EACCES: 'permission denied', EPERM: 'permission denied' },
};

export function fileProblemText(lang: Lang, problem: string): string {
  return fileProblems[lang][problem] ?? problem;
}

const writeProblems: Record<Lang, Record<string, string>> = {
  zh: {
    ENOENT: '所在的文件夹不存在',
    EISDIR: '这是一个文件夹',
    EACCES: '没有写入权限',
    EPERM: '没有写入权限',
    EROFS: '磁盘是只读的',
    ENOTDIR: '路径中有一段不是文件夹',
    ENOSPC: '磁盘已满',
  },
  en: {
    ENOENT: 'its folder does not exist',
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    ENOTDIR: 'part of the path is not a folder',
    ENOSPC: 'the disk is full',
  },
};

export function writeProblemText(lang: Lang, problem: string): string {
  return writeProblems[lang][problem] ?? problem;
}

/** What a schema rule asked for, as ajv reports it. */
export interface SchemaExpectation {
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

const schemaTypes: Record<Lang, Record<string, string>> = {
  zh: {
    string: '文字',
    number: '数字',
    integer: '整数',
    boolean: '是或否',
    object: '“名称: 值”形式的表',
    array: '列表（每项以“- ”开头，或写作 [a, b]）',
    null: '空',
  },
  en: {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'yes or no',
    object: 'a table of "name: value" entries',
    array: 'a list ("- " items, or [a, b])',
    null: 'nothing',
  },
};

export function schemaText(lang: Lang, e: SchemaExpectation): string {
  const zh = lang === 'zh';
  const p = e.params;
  switch (e.keyword) {
    case 'type':
      return String(p.type)
        .split(',')
        .map((t) => schemaTypes[lang][t] ?? t)
        .join(zh ? '或' : ' or ');
    case 'enum':
      return (p.allowedValues as unknown[]).filter((v) => typeof v === 'string').join(zh ? '、' : ', ');
    case 'pattern':
      return zh ? '由汉字、字母、数字或下划线组成、不以数字开头的名称' : 'a name of Chinese characters, letters, digits or _, not starting with a digit';
    case 'minimum':
      return zh ? `不小于 ${String(p.limit)}` : `at least ${String(p.limit)}`;
    case 'exclusiveMinimum':
      return zh ? `大于 ${String(p.limit)}` : `more than ${String(p.limit)}`;
    case 'propertyNames':
      return zh ? '由汉字、字母、数字或下划线组成、不以数字开头的名称' : 'a name of Chinese characters, letters, digits or _, not starting with a digit';
    case 'maximum':
      return zh ? `不大于 ${String(p.limit)}` : `at most ${String(p.limit)}`;
    case 'minItems':
    case 'minProperties':
      return zh ? `至少 ${String(p.limit)} 项` : `at least ${String(p.limit)} entries`;
    case 'minLength':
      return zh ? '非空的文字' : 'non-empty text';
    case 'uniqueItems':
      return zh ? '各项互不相同' : 'entries that differ from each other';
    default:
      return e.keyword;
  }
}

/** What a data cell should hold. */
export interface CellExpectation {
  readonly kind: KindName | 'unit-name';
  readonly missingAllowed: boolean;
}

const cellWords: Record<Lang, Record<CellExpectation['kind'], string>> = {
  zh: {
    count: '不小于 0 的整数',
    rate: '百分数，如 98.18%',
    number: '数字，如 0.2',
    boolean: '是或否',
    text: '文字',
    'unit-name': '单位名称',
  },
  en: {
    count: 'a whole number, 0 or more',
    rate: 'a percentage such as 98.18%',
    number: 'a number such as 0.2',
    boolean: '是 or 否',
    text: 'text',
    'unit-name': "the unit's name",
  },
};

export function cellText(lang: Lang, e: CellExpectation): string {
  const base = cellWords[lang][e.kind];
  if (e.kind === 'unit-name') return base;
  if (lang === 'zh') return e.missingAllowed ? `${base}，或缺失写法` : `${base}（不能缺失）`;
  return e.missingAllowed ? `${base}, or a missing mark` : `${base} (cannot be missing)`;
}
