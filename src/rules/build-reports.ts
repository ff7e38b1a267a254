import type { Node, Scalar, YAMLMap } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceSpan } from '../diagnostics/source-span.js';
import type { Subject } from '../diagnostics/vocabulary.js';
import type { Checked } from '../dsl/checked.js';
import type { ValueType } from '../dsl/types.js';
import { RANK, type ColumnFormat, type ReportColumn, type ReportSection } from './rule-set.js';
import type { SymbolTable } from './symbol-table.js';
import { isMap, isScalar, mapField, nodeText, optional, scalar, sequence, text } from './yaml-nodes.js';

/** What report building needs from the rule-set builder: checking expressions. */
export interface ExpressionChecker {
  typed(node: Scalar, types: ValueType[], subject: Subject): Checked | undefined;
  expression(node: Scalar): Checked | undefined;
  /** Whether any error has been reported so far (reports are then not assembled). */
  failed(): boolean;
  report(problem: Diagnostic): void;
  span(node: Node): SourceSpan;
}

/**
 * The rule file's 报告 sections. Their expressions also see 排名 and the
 * unit and group columns, declared only now so that no score depends on them.
 */
export function buildReports(root: YAMLMap, symbols: SymbolTable, checker: ExpressionChecker): ReportSection[] {
  const sections = sequence(root, '报告').filter(isMap) as YAMLMap[];
  if (sections.length === 0) return [];
  const unitColumn = text(root, '单位列');
  const groupColumn = text(mapField(root, '分组'), '列');
  for (const [name, type] of [[RANK, 'count'], [unitColumn, 'text'], [groupColumn, 'text']] as const) {
    if (name && symbols.typeOf(name) === undefined) symbols.declareBuiltin(name, type);
  }
  return sections.flatMap((section) => {
    const built = report(section, checker);
    return built ? [built] : [];
  });
}

function report(section: YAMLMap, checker: ExpressionChecker): ReportSection | undefined {
  const name = text(section, '名称') ?? '';
  const filterNode = scalar(section, '条件');
  const filter = filterNode ? checker.typed(filterNode, ['boolean'], { kind: 'report', report: name }) : undefined;
  const order = sequence(section, '排序').flatMap((node) => {
    const by = isMap(node) ? scalar(node, '依据') : undefined;
    const checked = by ? checker.typed(by, ['count', 'rate', 'number'], { kind: 'report', report: name }) : undefined;
    const direction = text(node as YAMLMap, '顺序') === '从低到高' ? ('ascending' as const) : ('descending' as const);
    return checked ? [{ by: checked, direction }] : [];
  });
  const columns = sequence(section, '列').flatMap((node) => {
    const column = reportColumn(node, checker);
    return column ? [column] : [];
  });
  if (checker.failed()) return undefined;
  return {
    name,
    title: text(section, '标题') ?? name,
    ...optional('note', text(section, '说明')),
    ...(filter ? { filter } : {}),
    order,
    columns,
  };
}

function reportColumn(node: Node, checker: ExpressionChecker): ReportColumn | undefined {
  const valueNode = isMap(node) ? scalar(node, '值') : isScalar(node) ? node : undefined;
  if (!valueNode) return undefined;
  const value = checker.expression(valueNode);
  if (!value) return undefined;
  const written = isMap(node) ? text(node, '格式') : undefined;
  const digits = isMap(node) ? text(node, '位数') : undefined;
  const format: ColumnFormat = written ? columnFormats[written]! : defaultFormat[value.type];
  if (written && !formatFits[format].includes(value.type)) {
    checker.report(diagnostic('E322', { format: written, kind: value.type }, { span: checker.span(scalar(node as YAMLMap, '格式')!) }));
    return undefined;
  }
  return {
    title: (isMap(node) ? text(node, '标题') : undefined) ?? nodeText(valueNode),
    value,
    format,
    ...(digits !== undefined ? { digits: Number(digits) } : format === 'percent' ? { digits: 2 } : {}),
  };
}



const columnFormats: Record<string, ColumnFormat> = { 百分比: 'percent', 整数: 'integer', 小数: 'decimal', 文字: 'text' };

/** The kinds each display format can show faithfully. */
const formatFits: Record<ColumnFormat, readonly ValueType[]> = {
  percent: ['rate'],
  integer: ['count', 'number'],
  decimal: ['count', 'number', 'rate'],
  text: ['count', 'number', 'rate', 'text', 'boolean'],
};

const defaultFormat: Record<ValueType, ColumnFormat> = {
  rate: 'percent',
  count: 'integer',
  number: 'decimal',
  text: 'text',
  boolean: 'text',
};
