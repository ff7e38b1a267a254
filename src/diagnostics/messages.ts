/**
 * Every message a user can see, in one catalogue keyed by stable codes, in
 * Chinese and English. E1xx rule file structure, E2xx expression syntax,
 * E3xx names, kinds and rule-level checks, E4xx data, E5xx evaluation,
 * N6xx notes, U7xx command-line usage. A code never changes meaning.
 * Arguments are data (names, kinds, token kinds); the words come from here.
 */
import type { Lang } from './diagnostic.js';
import {
  cellText,
  fileProblemText,
  foundText,
  kindText,
  schemaText,
  subjectText,
  tokenText,
  writeProblemText,
  type CellExpectation,
  type Found,
  type KindName,
  type SchemaExpectation,
  type Subject,
} from './vocabulary.js';

interface Rendered {
  text: string;
  details: string[];
}

function say(text: string, ...details: string[]): Rendered {
  return { text, details };
}

/** One entry: the same arguments rendered in each language. */
function entry<A>(zh: (a: A) => Rendered, en: (a: A) => Rendered): Record<Lang, (a: A) => Rendered> {
  return { zh, en };
}

const yamlProblems: Record<string, string> = {
  DUPLICATE_KEY: '同一层中有重复的键',
  BAD_INDENT: '缩进不对',
  MISSING_CHAR: '缺少字符（如引号或括号未闭合）',
  BLOCK_AS_IMPLICIT_KEY: '键的写法不对',
  MULTILINE_IMPLICIT_KEY: '键不能跨行',
  UNEXPECTED_TOKEN: '出现了不应出现的字符',
  TAB_AS_INDENT: '不能用 Tab 缩进，请改用空格',
  BAD_SCALAR_START: '值的开头字符需要加引号',
};

type Nothing = Record<string, never>;

type YamlHint = 'fullwidth-colon' | 'colon-space' | 'tab';

function isColonHint(hint: YamlHint | undefined): boolean {
  return hint === 'fullwidth-colon' || hint === 'colon-space';
}

const yamlHints: Record<Lang, Record<YamlHint, string>> = {
  zh: {
    'fullwidth-colon': '名称与值之间要用半角冒号加空格，如“满分: 70”，不能用全角“：”',
    'colon-space': '冒号后要加一个空格，如“满分: 70”',
    tab: '缩进只能用空格，不能用 Tab',
  },
  en: {
    'fullwidth-colon': 'separate a name from its value with an ASCII colon and a space ("满分: 70"), not a full-width "："',
    'colon-space': 'put a space after the colon ("满分: 70")',
    tab: 'indent with spaces, not tabs',
  },
};

const csvProblems: Record<Lang, Record<string, string>> = {
  zh: {
    INVALID_OPENING_QUOTE: '引号只能出现在一栏的开头（栏内的引号要写成两个 ""）',
    CSV_QUOTE_NOT_CLOSED: '引号没有闭合',
    CSV_INVALID_CLOSING_QUOTE: '闭合引号后还有其他字符',
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: '闭合引号后还有其他字符',
  },
  en: {
    INVALID_OPENING_QUOTE: 'a quote may only open a cell (a quote inside a cell is written "")',
    CSV_QUOTE_NOT_CLOSED: 'a quote is not closed',
    CSV_INVALID_CLOSING_QUOTE: 'characters follow a closing quote',
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'characters follow a closing quote',
  },
};

/** A name that swallowed a keyword: 非缺失, 或回访工单总数, 办结数且. */
function gluedKeyword(found: Found | string): boolean {
  const text = typeof found === 'string' ? found : 'token' in found ? found.token : '';
  return /^(如果|否则|并且|或者|[且或非则]).|.(如果|否则|并且|或者|[且或则])$|[且或]/.test(text) && text.length > 1;
}

const keywordHint: Record<Lang, string> = {
  zh: '“如果”“则”“否则”“且”“或”“非”是关键字，前后要留空格，如“办结数 > 0 或 回访工单总数 > 0”',
  en: 'keywords (如果 则 否则 且 或 非) need spaces around them: 办结数 > 0 或 回访工单总数 > 0',
};

const formatUse: Record<Lang, string> = {
  zh: '百分比用于比率，整数和小数用于计数和数值，文字用于任何值',
  en: '百分比 is for rates, 整数 and 小数 for counts and numbers, 文字 for anything',
};

function ratePlusNumber(a: { left: KindName; right: KindName }): boolean {
  return (a.left === 'rate' && a.right === 'number') || (a.left === 'number' && a.right === 'rate');
}

const catalogue = {
  E101: entry<{ code: string; message: string; hint?: YamlHint }>(
    (a) =>
      say(
        `YAML 格式有误：${isColonHint(a.hint) ? '这一行不是“名称: 值”的写法' : (yamlProblems[a.code] ?? a.message)}`,
        ...(a.hint && a.code !== 'TAB_AS_INDENT' ? [yamlHints.zh[a.hint]] : []),
      ),
    (a) =>
      say(
        `YAML syntax error: ${isColonHint(a.hint) ? 'this line is not of the form "name: value"' : a.message}`,
        ...(a.hint ? [yamlHints.en[a.hint]] : []),
      ),
  ),
  E102: entry<{ field: string; expected: SchemaExpectation; found: string }>(
    (a) => say(`“${a.field}”的写法不对`, `应为：${schemaText('zh', a.expected)}`, `实为：${a.found}`),
    (a) => say(`"${a.field}" is not written as expected`, `expected: ${schemaText('en', a.expected)}`, `found: ${a.found}`),
  ),
  E103: entry<{ field: string; missing: string }>(
    (a) => say(`“${a.field}”缺少“${a.missing}”`),
    (a) => say(`"${a.field}" lacks "${a.missing}"`),
  ),
  E104: entry<{ field: string; key: string; known: string; suggestion?: string }>(
    (a) => say(`“${a.field}”中没有“${a.key}”这一项`, ...(a.suggestion ? [`是否应为“${a.suggestion}”？`] : []), `可用的项：${a.known}`),
    (a) => say(`"${a.field}" has no entry "${a.key}"`, ...(a.suggestion ? [`did you mean "${a.suggestion}"?`] : []), `known entries: ${a.known}`),
  ),
  E105: entry<{ declared: string; sum: string }>(
    (a) => say('各考核项目满分之和与总满分不符', `总满分：${a.declared}`, `各项之和：${a.sum}`),
    (a) => say('item full marks do not add up to the full score', `full score: ${a.declared}`, `sum of items: ${a.sum}`),
  ),
  E106: entry<{ name: string }>(
    (a) => say(`名称“${a.name}”重复定义`),
    (a) => say(`the name "${a.name}" is defined twice`),
  ),
  E107: entry<{ file: string; problem: string }>(
    (a) => say(`无法读取规则文件 ${a.file}：${fileProblemText('zh', a.problem)}`),
    (a) => say(`cannot read rule file ${a.file}: ${fileProblemText('en', a.problem)}`),
  ),
  E108: entry<Nothing>(
    () => say('规则文件不能使用 YAML 的锚点和别名（& 与 *）', '请把内容直接写出来'),
    () => say('rule files cannot use YAML anchors and aliases (& and *)', 'write the value out in full'),
  ),
  E109: entry<Nothing>(
    () => say('规则文件只能有一个 YAML 文档', '请删去“---”分隔的其他部分'),
    () => say('a rule file holds one YAML document', 'remove the parts after "---"'),
  ),
  E110: entry<{ file: string }>(
    (a) => say(`规则文件 ${a.file} 不是 UTF-8 编码`, '请在编辑器中以 UTF-8 编码另存'),
    (a) => say(`the rule file ${a.file} is not UTF-8`, 'save it as UTF-8 in your editor'),
  ),
  E201: entry<{ found: string }>(
    (a) => say(`表达式中有无法识别的字符“${a.found}”`, ...(/[%％]/.test(a.found) ? ['百分号要紧跟在数字后面，如 30%'] : [])),
    (a) => say(`unrecognised character "${a.found}" in expression`, ...(/[%％]/.test(a.found) ? ['the percent sign goes right after the number: 30%'] : [])),
  ),
  E202: entry<{ expected: string[]; found: Found }>(
    (a) =>
      say(
        '表达式写法有误',
        `应为：${tokenText('zh', a.expected)}`,
        `实为：${foundText('zh', a.found)}`,
        ...(gluedKeyword(a.found) ? [keywordHint.zh] : []),
      ),
    (a) =>
      say(
        'expression syntax error',
        `expected: ${tokenText('en', a.expected)}`,
        `found: ${foundText('en', a.found)}`,
        ...(gluedKeyword(a.found) ? [keywordHint.en] : []),
      ),
  ),
  E203: entry<Nothing>(
    () => say('表达式为空'),
    () => say('the expression is empty'),
  ),
  E204: entry<{ limit: number; what: 'depth' | 'length' }>(
    (a) => say(a.what === 'depth' ? `表达式括号嵌套过深（最多 ${a.limit} 层）` : `表达式过长（最多 ${a.limit} 个符号）`, '请拆成几个派生值'),
    (a) => say(a.what === 'depth' ? `the expression nests too deep (at most ${a.limit} levels)` : `the expression is too long (at most ${a.limit} tokens)`, 'split it into derived values'),
  ),
  E301: entry<{ name: string; suggestion?: string }>(
    (a) =>
      say(
        `未知名称“${a.name}”`,
        ...(a.suggestion ? [`是否应为“${a.suggestion}”？`] : []),
        ...(gluedKeyword(a.name) ? [keywordHint.zh] : []),
      ),
    (a) =>
      say(
        `unknown name "${a.name}"`,
        ...(a.suggestion ? [`did you mean "${a.suggestion}"?`] : []),
        ...(gluedKeyword(a.name) ? [keywordHint.en] : []),
      ),
  ),
  E302: entry<{ name: string; suggestion?: string }>(
    (a) =>
      say(
        `未知函数“${a.name}”`,
        ...(gluedKeyword(a.name) ? [keywordHint.zh] : a.suggestion ? [`是否应为“${a.suggestion}”？`] : []),
      ),
    (a) =>
      say(
        `unknown function "${a.name}"`,
        ...(gluedKeyword(a.name) ? [keywordHint.en] : a.suggestion ? [`did you mean "${a.suggestion}"?`] : []),
      ),
  ),
  E303: entry<{ subject: Subject; expected: KindName[]; found: KindName }>(
    (a) => say(`${subjectText('zh', a.subject)}的类型不对`, `应为：${kindText('zh', a.expected)}`, `实为：${kindText('zh', a.found)}`),
    (a) => say(`${subjectText('en', a.subject)} has the wrong kind`, `expected: ${kindText('en', a.expected)}`, `found: ${kindText('en', a.found)}`),
  ),
  E304: entry<{ operator: string; left: KindName; right: KindName }>(
    (a) =>
      say(
        `“${kindText('zh', a.left)}”与“${kindText('zh', a.right)}”不能做“${a.operator}”运算`,
        ...(ratePlusNumber(a) ? ['比率请写成百分数，如 5%（不是 5 或 0.05）'] : []),
      ),
    (a) =>
      say(
        `cannot apply "${a.operator}" to a ${kindText('en', a.left)} and a ${kindText('en', a.right)}`,
        ...(ratePlusNumber(a) ? ['write a rate as a percentage, such as 5% (not 5 or 0.05)'] : []),
      ),
  ),
  E305: entry<{ fn: string; parameter: string; known: string }>(
    (a) => say(`函数“${a.fn}”没有参数“${a.parameter}”`, `可用参数：${a.known}`),
    (a) => say(`function "${a.fn}" has no parameter "${a.parameter}"`, `parameters: ${a.known}`),
  ),
  E306: entry<{ fn: string; parameter: string }>(
    (a) => say(`函数“${a.fn}”缺少参数“${a.parameter}”`),
    (a) => say(`function "${a.fn}" lacks parameter "${a.parameter}"`),
  ),
  E307: entry<{ fn: string; parameter: string }>(
    (a) => say(`函数“${a.fn}”的参数“${a.parameter}”给了两次`),
    (a) => say(`function "${a.fn}" got parameter "${a.parameter}" twice`),
  ),
  E308: entry<{ fn: string; max: number }>(
    (a) => say(`函数“${a.fn}”的参数过多（不写参数名时最多 ${a.max} 个）`),
    (a) => say(`too many unnamed arguments for "${a.fn}" (at most ${a.max})`),
  ),
  E309: entry<{ parameter: string; found: string; allowed: string }>(
    (a) => say(`参数“${a.parameter}”不能取“${a.found}”`, `可取：${a.allowed}`),
    (a) => say(`parameter "${a.parameter}" cannot be "${a.found}"`, `allowed: ${a.allowed}`),
  ),
  E310: entry<{ cycle: string }>(
    (a) => say(`派生值相互引用，无法计算：${a.cycle}`),
    (a) => say(`derived values refer to each other: ${a.cycle}`),
  ),
  E311: entry<{ fn: string }>(
    (a) => say(`参与排名的条件不能依赖“${a.fn}”：它要等排名范围确定后才能计算`),
    (a) => say(`eligibility cannot depend on "${a.fn}": it needs the ranked units first`),
  ),
  E312: entry<{ fn: string; one: string; other: string }>(
    (a) => say(`函数“${a.fn}”需要“${a.one}”或“${a.other}”中恰好一个`),
    (a) => say(`function "${a.fn}" needs exactly one of "${a.one}" and "${a.other}"`),
  ),
  E313: entry<{ name: string }>(
    (a) => say(`输入“${a.name}”没有被任何公式使用`, '不需要时可移到“参考列”'),
    (a) => say(`input "${a.name}" is not used by any formula`, 'move it to 参考列 if it is only for reference'),
  ),
  E314: entry<{ item: string; most: string; cap: string }>(
    (a) => say(`“${a.item}”的扣分永远达不到上限`, `最多扣：${a.most}`, `上限：${a.cap}`),
    (a) => say(`the deduction of "${a.item}" can never reach its cap`, `largest possible: ${a.most}`, `cap: ${a.cap}`),
  ),
  E315: entry<{ item: string; cap: string; fullMarks: string }>(
    (a) => say(`“${a.item}”的扣分上限 ${a.cap} 超过满分 ${a.fullMarks}，不起作用`, '扣完为止：扣分最多为满分'),
    (a) => say(`the cap ${a.cap} of "${a.item}" exceeds its full marks ${a.fullMarks} and has no effect`, 'a deduction never exceeds full marks'),
  ),
  E316: entry<{ item: string; least: string }>(
    (a) => say(`“${a.item}”的公式可能算出负数（最少 ${a.least}）`, '计分时负的扣分按 0 计，得分不会超过满分；请确认公式是否有误'),
    (a) => say(`the formula of "${a.item}" can be negative (as low as ${a.least})`, 'a negative deduction counts as 0, so the score never exceeds full marks; check the formula'),
  ),
  E322: entry<{ format: string; kind: KindName }>(
    (a) => say(`格式“${a.format}”不适用于${kindText('zh', a.kind)}`, `${formatUse.zh}`),
    (a) => say(`the format ${a.format} does not fit a ${kindText('en', a.kind)}`, `${formatUse.en}`),
  ),
  E317: entry<{ item: string; cap: string }>(
    (a) => say(`“${a.item}”的扣分上限不能为负（${a.cap}）`),
    (a) => say(`the cap of "${a.item}" cannot be negative (${a.cap})`),
  ),
  E319: entry<{ parameter: string; value: string }>(
    (a) => say(`参数“${a.parameter}”必须大于 0，不能是 ${a.value}`),
    (a) => say(`parameter "${a.parameter}" must be more than 0, not ${a.value}`),
  ),
  E320: entry<Nothing>(
    () => say('不能除以 0'),
    () => say('division by zero'),
  ),
  E321: entry<{ value: string }>(
    (a) => say(`舍入的位数必须是不小于 0 的整数，不能是 ${a.value}`),
    (a) => say(`rounding digits must be a whole number of 0 or more, not ${a.value}`),
  ),
  E323: entry<{ fn: string }>(
    (a) => say(`“${a.fn}”写了“范围=本组”，但规则文件没有声明“分组”`, '全部单位将视为同一组'),
    (a) => say(`"${a.fn}" says 范围=本组, but the rule file declares no 分组`, 'all units count as one group'),
  ),
  E401: entry<{ file: string; problem: string }>(
    (a) => say(`无法读取数据文件 ${a.file}：${fileProblemText('zh', a.problem)}`),
    (a) => say(`cannot read data file ${a.file}: ${fileProblemText('en', a.problem)}`),
  ),
  E402: entry<{ column: string; input: string; suggestion?: string; separator?: boolean; sheets?: string }>(
    (a) =>
      say(
        `数据中缺少列“${a.column}”（规则文件的“${a.input}”需要它）`,
        ...(a.suggestion ? [`表头中有“${a.suggestion}”，是否就是这一列？可在规则文件中写为“列”或“别名”`] : []),
        ...(a.separator ? ['文件似乎用分号或 Tab 分隔；请另存为以逗号分隔的 CSV'] : []),
        ...(a.sheets ? [`工作簿中还有工作表：${a.sheets}；可用 --sheet 指定`] : []),
      ),
    (a) =>
      say(
        `the data has no column "${a.column}" (needed by "${a.input}")`,
        ...(a.suggestion ? [`the header has "${a.suggestion}": if that is it, name it under 列 or 别名`] : []),
        ...(a.separator ? ['the file seems separated by semicolons or tabs; save it as comma-separated CSV'] : []),
        ...(a.sheets ? [`the workbook has other sheets: ${a.sheets}; pick one with --sheet`] : []),
      ),
  ),
  E403: entry<{ value: string; expected: CellExpectation }>(
    (a) => say('数值写法不对', `应为：${cellText('zh', a.expected)}`, `实为：“${a.value}”`),
    (a) => say('value not understood', `expected: ${cellText('en', a.expected)}`, `found: "${a.value}"`),
  ),
  E404: entry<{ unit: string; firstRow: number }>(
    (a) => say(`单位“${a.unit}”重复出现（首次在第 ${a.firstRow} 行）`),
    (a) => say(`unit "${a.unit}" is listed twice (first on row ${a.firstRow})`),
  ),
  E405: entry<{ group: string; known: string }>(
    (a) => say(`分组“${a.group}”不在规则文件声明的分组中`, `已声明：${a.known}`),
    (a) => say(`group "${a.group}" is not declared in the rules`, `declared: ${a.known}`),
  ),
  E406: entry<{ column: string }>(
    (a) => say(`列“${a.column}”在表头中出现了两次`),
    (a) => say(`column "${a.column}" appears twice in the header`),
  ),
  E408: entry<Nothing>(
    () => say('数据文件没有任何单位'),
    () => say('the data file holds no units'),
  ),
  E409: entry<{ expected: number; found: number }>(
    (a) => say('该行的栏数与表头不符', `应为：${a.expected} 栏`, `实为：${a.found} 栏`),
    (a) => say('row has a different number of cells than the header', `expected: ${a.expected}`, `found: ${a.found}`),
  ),
  E410: entry<{ file: string; encoding: 'utf8' | 'gb18030' | 'gbk'; utf8Bom: boolean }>(
    (a) =>
      say(
        `数据文件 ${a.file} 不是有效的 ${{ utf8: 'UTF-8', gb18030: 'GB18030', gbk: 'GBK' }[a.encoding]} 编码`,
        a.utf8Bom ? '文件以 UTF-8 的 BOM 开头，应按 UTF-8 读取' : '不指定编码时，会自动识别 UTF-8 与 GB18030（GBK）',
      ),
    (a) =>
      say(
        `data file ${a.file} is not valid ${{ utf8: 'UTF-8', gb18030: 'GB18030', gbk: 'GBK' }[a.encoding]}`,
        a.utf8Bom ? 'it starts with a UTF-8 byte order mark: read it as UTF-8' : 'with no encoding given, UTF-8 and GB18030 (GBK) are recognised',
      ),
  ),
  E411: entry<{ file: string; utf16: boolean }>(
    (a) =>
      say(
        `无法识别数据文件 ${a.file} 的编码：既不是 UTF-8，也不是 GB18030（GBK）`,
        ...(a.utf16 ? ['文件以 UTF-16 的 BOM 开头（Excel 的“Unicode 文本”）'] : []),
        '请在 Excel 中另存为“CSV UTF-8（逗号分隔）”',
      ),
    (a) =>
      say(
        `cannot tell the encoding of data file ${a.file}: it is neither UTF-8 nor GB18030 (GBK)`,
        ...(a.utf16 ? ['it starts with a UTF-16 byte order mark (Excel\'s "Unicode Text")'] : []),
        'save it from Excel as "CSV UTF-8 (Comma delimited)"',
      ),
  ),
  E412: entry<{ file: string; format: 'xlsx' | 'xls' }>(
    (a) =>
      say(
        `数据文件 ${a.file} 是 Excel 工作簿，不是 CSV 文本`,
        a.format === 'xlsx' ? '请将扩展名改为 .xlsx，或在 Excel 中另存为 CSV' : '旧版 .xls 格式无法读取，请在 Excel 中另存为 .xlsx 或 CSV',
      ),
    (a) =>
      say(
        `data file ${a.file} is an Excel workbook, not CSV text`,
        a.format === 'xlsx' ? 'name it with the extension .xlsx, or save it from Excel as CSV' : 'the old .xls format cannot be read: save it from Excel as .xlsx or CSV',
      ),
  ),
  E413: entry<{ file: string; sheet: string; known: string[] }>(
    (a) => say(`工作簿 ${a.file} 中没有名为“${a.sheet}”的工作表`, `现有工作表：${a.known.join('、')}`),
    (a) => say(`workbook ${a.file} has no sheet named "${a.sheet}"`, `sheets: ${a.known.join(', ')}`),
  ),
  E414: entry<{ file: string; problem: string }>(
    (a) => say(`数据文件 ${a.file} 不是有效的 XLSX 工作簿`, '请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”，或另存为 CSV'),
    (a) => say(`data file ${a.file} is not a valid XLSX workbook`, `save it from Excel as an Excel Workbook (*.xlsx), or as CSV (${a.problem})`),
  ),
  E415: entry<{ cell: string }>(
    (a) => say(`单元格 ${a.cell} 是日期，数据中不应有日期`, '请将该单元格设为“常规”或“数值”格式，或写成文字'),
    (a) => say(`cell ${a.cell} holds a date; the data should hold no dates`, 'format the cell as General or Number, or write it as text'),
  ),
  E416: entry<{ cell: string }>(
    (a) => say(`单元格 ${a.cell} 的公式没有保存计算结果`, '请在 Excel 中打开并保存该文件，或将公式粘贴为数值'),
    (a) => say(`the formula in cell ${a.cell} has no saved result`, 'open and save the file in Excel, or paste the formula as values'),
  ),
  E417: entry<{ cell: string; kind: string }>(
    (a) => say(`单元格 ${a.cell} 的内容无法读取（${a.kind}）`),
    (a) => say(`cell ${a.cell} holds something that cannot be read (${a.kind})`),
  ),
  E418: entry<Nothing>(
    () => say('单位名称为空'),
    () => say('the unit name is empty'),
  ),
  E419: entry<{ code: string; column?: number }>(
    (a) => say(`CSV 格式有误：${csvProblems.zh[a.code] ?? a.code}`, ...(a.column ? [`位置：第 ${a.column} 栏`] : [])),
    (a) => say(`CSV syntax error: ${csvProblems.en[a.code] ?? a.code}`, ...(a.column ? [`at cell ${a.column}`] : [])),
  ),
  E420: entry<{ unit: string; rule: string; values: string }>(
    (a) => say(`单位“${a.unit}”的数据不合理：${a.rule}`, `数据：${a.values}`),
    (a) => say(`the data of unit "${a.unit}" fails a check: ${a.rule}`, `values: ${a.values}`),
  ),
  W421: entry<{ unit: string; column: string; written: string; computed: string }>(
    (a) => say(`单位“${a.unit}”的“${a.column}”与计算值不符`, `表中：${a.written}`, `计算：${a.computed}`),
    (a) => say(`"${a.column}" of unit "${a.unit}" disagrees with the computed value`, `in the table: ${a.written}`, `computed: ${a.computed}`),
  ),
  E501: entry<{ item: string; units: string[]; count: number }>(
    (a) =>
      say(
        `“${a.item}”对 ${a.count} 个单位算出缺失值：${a.units.join('、')}${a.count > a.units.length ? ' 等' : ''}`,
        '请用 若缺失(…, 值) 说明数据缺失时如何计分',
      ),
    (a) =>
      say(
        `"${a.item}" is missing for ${a.count} units: ${a.units.join(', ')}${a.count > a.units.length ? ', …' : ''}`,
        'say how missing data counts with 若缺失(…, value)',
      ),
  ),
  N601: entry<{ count: number }>(
    (a) => say(`跳过了 ${a.count} 个空行`),
    (a) => say(`skipped ${a.count} blank rows`),
  ),
  N602: entry<{ columns: string }>(
    (a) => say(`规则文件未使用这些列（原样保留在 csv/json 输出中）：${a.columns}`),
    (a) => say(`columns the rules do not use (kept as they are in csv/json output): ${a.columns}`),
  ),
  N603: entry<{ file: string }>(
    (a) => say(`已写入 ${a.file}`),
    (a) => say(`wrote ${a.file}`),
  ),
  N604: entry<{ file: string; inputs: number; derived: number; items: number; fullScore: string }>(
    (a) => say(`${a.file}：规则无误。${a.inputs} 个输入、${a.derived} 个派生值、${a.items} 个考核项目，满分 ${a.fullScore}`),
    (a) => say(`${a.file}: no errors. ${a.inputs} inputs, ${a.derived} derived values, ${a.items} items, full score ${a.fullScore}`),
  ),
  U701: entry<{ group: string; known: string }>(
    (a) => say(`--group “${a.group}”不是规则文件声明的分组`, `可选：${a.known}`),
    (a) => say(`--group "${a.group}" is not a group the rules declare`, `groups: ${a.known}`),
  ),
  U703: entry<{ option: string; file: string }>(
    (a) => say(`${a.option} 不适用于 ${a.file}`, a.option === '--sheet' ? '--sheet 只用于 XLSX 文件' : '--encoding 只用于 CSV 文件'),
    (a) => say(`${a.option} does not apply to ${a.file}`, a.option === '--sheet' ? '--sheet is for XLSX files' : '--encoding is for CSV files'),
  ),
  U704: entry<{ file: string; problem: string }>(
    (a) => say(`无法写入 ${a.file}：${writeProblemText('zh', a.problem)}`),
    (a) => say(`cannot write ${a.file}: ${writeProblemText('en', a.problem)}`),
  ),
  U705: entry<{ file: string }>(
    (a) => say(`--out ${a.file} 是本次读取的文件，不能覆盖它`),
    (a) => say(`--out ${a.file} is one of the files being read; it will not be overwritten`),
  ),
  U706: entry<{ option: string }>(
    (a) => say(`缺少必需的选项 ${a.option}`),
    (a) => say(`the option ${a.option} is required`),
  ),
  U707: entry<{ argument: string }>(
    (a) => say(`缺少参数 ${a.argument}`),
    (a) => say(`the argument ${a.argument} is missing`),
  ),
  U708: entry<{ option: string }>(
    (a) => say(`没有选项 ${a.option}`),
    (a) => say(`there is no option ${a.option}`),
  ),
  U709: entry<{ option: string; value: string; allowed: string }>(
    (a) => say(`选项 ${a.option} 不能取“${a.value}”`, `可取：${a.allowed}`),
    (a) => say(`the option ${a.option} cannot be "${a.value}"`, `allowed: ${a.allowed}`),
  ),
  U710: entry<{ command: string }>(
    (a) => say(`没有命令“${a.command}”`, '可用命令：evaluate、check、explain、report、preview'),
    (a) => say(`there is no command "${a.command}"`, 'commands: evaluate, check, explain, report, preview'),
  ),
  U711: entry<{ text: string }>(
    (a) => say(`命令用法有误：${a.text}`),
    (a) => say(`usage error: ${a.text}`),
  ),
  U712: entry<Nothing>(
    () => say('请给出命令，如 rules-engine evaluate --rules 规则文件 数据文件'),
    () => say('give a command, such as rules-engine evaluate --rules RULES DATA'),
  ),
  N605: entry<{ shown: number; total: number }>(
    (a) => say(`共 ${a.total} 条，只列出前 ${a.shown} 条`),
    (a) => say(`${a.total} in all; only the first ${a.shown} are listed`),
  ),
  U713: entry<{ query: string; suggestion?: string }>(
    (a) => say(`没有名称含“${a.query}”的单位`, ...(a.suggestion ? [`是否应为“${a.suggestion}”？`] : [])),
    (a) => say(`no unit's name contains "${a.query}"`, ...(a.suggestion ? [`did you mean "${a.suggestion}"?`] : [])),
  ),
  U714: entry<{ query: string; matches: string }>(
    (a) => say(`名称含“${a.query}”的单位不止一个，请写得更完整`, `包括：${a.matches}`),
    (a) => say(`more than one unit's name contains "${a.query}"; give more of the name`, `matches: ${a.matches}`),
  ),
  U715: entry<{ column: string }>(
    (a) => say(`--check-against 的列“${a.column}”不在数据中`),
    (a) => say(`the --check-against column "${a.column}" is not in the data`),
  ),
  U717: entry<{ format: string; file: string }>(
    (a) => say(`--format ${a.format} 与文件名 ${a.file} 的扩展名不一致`, '请改用相符的扩展名，或不写 --format'),
    (a) => say(`--format ${a.format} contradicts the extension of ${a.file}`, 'use a matching extension, or leave out --format'),
  ),
  U716: entry<{ column: string; input: string }>(
    (a) => say(`列“${a.column}”是计分用的输入（${a.input}），不是公布的总分`, '--check-against 要给出公布总分的列，如 总分'),
    (a) => say(`column "${a.column}" is an input of the scoring (${a.input}), not a published total`, 'give --check-against the column of published totals, such as 总分'),
  ),
  E510: entry<{ unit: string; column: string; value: string }>(
    (a) => say(`单位“${a.unit}”的“${a.column}”不是数字，无法核对`, `实为：“${a.value}”`),
    (a) => say(`"${a.column}" of unit "${a.unit}" is not a number and cannot be compared`, `found: "${a.value}"`),
  ),
  U702: entry<{ value: string }>(
    (a) => say(`--lang 只能是 zh 或 en，不能是“${a.value}”`),
    (a) => say(`--lang takes zh or en, not "${a.value}"`),
  ),
  U720: entry<Nothing>(
    () => say('preview 需要在终端中运行：标准输出不是终端', '要把排名写入文件或交给其他程序，请用 rules-engine evaluate'),
    () => say('preview needs a terminal: standard output is not a terminal', 'to write the ranking to a file or another program, use rules-engine evaluate'),
  ),
  U721: entry<Nothing>(
    () => say('preview 需要从终端读取按键：标准输入不是终端'),
    () => say('preview reads keys from a terminal: standard input is not a terminal'),
  ),
};

export type MessageCode = keyof typeof catalogue;
export type MessageArgs<C extends MessageCode> = Parameters<(typeof catalogue)[C]['zh']>[0];

export function message<C extends MessageCode>(code: C, args: MessageArgs<C>, lang: Lang): Rendered {
  const render = catalogue[code][lang] as (a: MessageArgs<C>) => Rendered;
  return render(args);
}

export const messageCodes = Object.keys(catalogue) as MessageCode[];
