import { readFileSync } from 'node:fs';
import { sha256 } from '../data/content-hash.js';
import { formatDecimal } from '../engine/exact.js';
import Fraction from 'fraction.js';
import { isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';
import { diagnostic, fail, ok, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import type { Checked } from '../dsl/checked.js';
import { children, usesPopulation } from '../dsl/checked.js';
import { checkExpression } from '../dsl/check-expression.js';
import { constantValue } from '../dsl/call-rules.js';
import { toAsciiDigits } from '../dsl/full-width.js';
import { parseExpression } from '../dsl/parse-expression.js';
import { roundingModeNames } from '../dsl/functions.js';
import { typeByChineseName, type ValueType } from '../dsl/types.js';
import type { Subject } from '../diagnostics/vocabulary.js';
import {
  ELIGIBLE,
  TOTAL,
  type DataCheck,
  type DerivedValue,
  type InputDeclaration,
  type Item,
  type Ranking,
  type ReferenceColumn,
  type RoundingMode,
  type RuleSet,
} from './rule-set.js';
import { buildReports } from './build-reports.js';
import { ruleWarnings } from './rule-warnings.js';
import { validateSchema } from './validate-schema.js';
import { entries, field, isMap, isScalar, mapField, nodeText, optional, scalar, sequence, text, yes } from './yaml-nodes.js';
import { scalarText, YamlSource } from './yaml-source.js';
import { SymbolTable } from './symbol-table.js';

/** Reads, validates and checks a rule file. */
export function loadRuleFile(file: string): Result<RuleSet> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return fail([diagnostic('E107', { file, problem: (e as NodeJS.ErrnoException).code ?? String(e) })]);
  }
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // A rule file saved as GBK would otherwise parse into nonsense.
    return fail([diagnostic('E110', { file })]);
  }
  return buildRuleSet(file, content.replace(/^\uFEFF/, ''));
}

/**
 * The compile stages up to a checked rule set: YAML, schema, expressions
 * (parse, resolve, type), then the relations between them (cycles,
 * eligibility, full marks). Each stage reports all it finds before stopping.
 */
export function buildRuleSet(file: string, content: string): Result<RuleSet> {
  const parsed = YamlSource.parse(file, content);
  if (!parsed.source) return fail(parsed.diagnostics);
  const source = parsed.source;

  // The builder reads past structural errors (skipping what it cannot
  // read), so one run reports the schema's findings and the expressions'.
  const structural = validateSchema(source);
  // Not even a table of "名称: 值" entries: nothing else can be read.
  if (!isMap(source.document.contents)) return fail(structural);
  const built = new RuleSetBuilder(source).build();
  if (structural.length === 0) return built;
  // A name the schema refused under 输入 or 派生 would be "unknown" wherever
  // it is used: those echoes are left out, the refusal says it all.
  const namesBroken = structural.some((d) => /^(输入|派生)/.test(String((d.args as { field?: string }).field ?? '')));
  const echoes = (d: Diagnostic) => namesBroken && (d.code === 'E301' || d.code === 'E304' || d.code === 'E303');
  return fail([...structural, ...(built.ok ? [] : built.diagnostics.filter((d) => !echoes(d)))]);
}

const roundingModes: Record<string, RoundingMode> = roundingModeNames;

class RuleSetBuilder {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly root: YAMLMap;
  private readonly symbols: SymbolTable;
  /** Inputs whose kind the schema refused: their users stay quiet. */
  private readonly badKinds = new Set<string>();

  constructor(private readonly source: YamlSource) {
    this.root = source.document.contents as YAMLMap;
    this.symbols = new SymbolTable(this.diagnostics, (s) => this.expression(s));
  }

  build(): Result<RuleSet> {
    const inputs = this.inputs();
    for (const input of inputs) {
      this.symbols.declareInput(input.name, this.badKinds.has(input.name) ? 'failed' : input.type, input.span);
    }
    this.declareDerived();
    this.symbols.declareBuiltin(ELIGIBLE, 'boolean');

    const derived = this.symbols.checkAllDerived();
    const eligibility = this.eligibility();
    const items = this.items();
    this.checkFullMarks();
    const ranking = this.ranking();
    const referenceColumns = this.referenceColumns();
    const dataChecks = this.dataChecks();
    const reports = buildReports(this.root, this.symbols, {
      typed: (node, types, subject) => this.typed(node, types, subject),
      expression: (node) => this.expression(node),
      failed: () => this.diagnostics.length > 0,
      report: (problem) => this.diagnostics.push(problem),
      span: (node) => this.source.nodeSpan(node),
    });

    if (this.diagnostics.length > 0) return fail(this.diagnostics);
    const parts = { inputs, derived, eligibility, items, ranking: ranking!, referenceColumns, dataChecks, reports };
    const rules = this.assemble(parts);
    return ok(rules, ruleWarnings(rules));
  }

  private assemble(
    parts: Pick<
      RuleSet,
      'inputs' | 'derived' | 'eligibility' | 'items' | 'ranking' | 'referenceColumns' | 'dataChecks' | 'reports'
    >,
  ): RuleSet {
    const { eligibility, ...rest } = parts;
    const groups = mapField(this.root, '分组');
    const rounding = mapField(this.root, '舍入');
    const missing = sequence(this.root, '缺失写法');
    return {
      file: this.source.file,
      hash: sha256(this.source.text),
      text: this.source.text,
      title: text(this.root, '名称')!,
      ...optional('version', text(this.root, '版本')),
      ...optional('basis', text(this.root, '依据')),
      fullScore: text(this.root, '满分')!,
      unitColumn: text(this.root, '单位列')!,
      ...(groups
        ? { groups: { column: text(groups, '列')!, values: sequence(groups, '取值').map(nodeText) } }
        : {}),
      missingMarks: missing.length > 0 ? missing.map(nodeText) : ['/', ''],
      ...(rounding
        ? { rounding: { digits: Number(text(rounding, '位数')), mode: roundingModes[text(rounding, '方式')!]! } }
        : {}),
      ...rest,
      ...(eligibility ? { eligibility } : {}),
    };
  }

  private referenceColumns(): ReferenceColumn[] {
    return entries(mapField(this.root, '参考列')).map(({ key, value }) => {
      const column = String(key.value);
      if (!isMap(value)) {
        return { column, ...optional('note', isScalar(value) && value.value !== null ? String(value.value) : undefined) };
      }
      const checkNode = scalar(value, '核对');
      const check = checkNode ? this.typed(checkNode, ['count', 'rate', 'number'], { kind: 'reference-check', column }) : undefined;
      return { column, ...optional('note', text(value, '说明')), ...(check ? { check } : {}) };
    });
  }

  private dataChecks(): DataCheck[] {
    const checks: DataCheck[] = [];
    sequence(this.root, '数据校验').forEach((node, i) => {
      const conditionNode = isMap(node) ? scalar(node, '条件') : undefined;
      if (!conditionNode) return;
      const condition = this.typed(conditionNode, ['boolean'], { kind: 'data-check', index: i + 1 });
      if (condition) checks.push({ condition, message: text(node as YAMLMap, '说明') ?? conditionNode.toString() });
    });
    return checks;
  }

  private inputs(): InputDeclaration[] {
    return entries(mapField(this.root, '输入')).map(({ key, value }) => {
      const name = String(key.value);
      const span = this.source.nodeSpan(key);
      if (isScalar(value)) {
        const type = this.kindOf(name, String(value.value));
        return { name, column: name, aliases: [], type, optional: false, missingAllowed: false, span };
      }
      const decl = value as YAMLMap;
      const whenMissing = scalar(decl, '缺失时');
      return {
        name,
        column: text(decl, '列') ?? name,
        aliases: sequence(decl, '别名').map(nodeText),
        type: this.kindOf(name, text(decl, '类型')),
        optional: yes(decl, '可选'),
        missingAllowed: yes(decl, '可缺失') || whenMissing !== undefined,
        ...(whenMissing ? { whenMissing: this.missingValue(whenMissing, decl, name) } : {}),
        ...optional('note', text(decl, '说明')),
        span,
      };
    });
  }

  /**
   * `缺失时` is a value, not a formula: a number or a percentage for numeric
   * inputs (full-width forms allowed), any text for text inputs.
   */
  private missingValue(node: Scalar, decl: YAMLMap, inputName: string): string | boolean {
    const type = typeByChineseName[text(decl, '类型') ?? ''] ?? 'number';
    if (typeof node.value === 'boolean') return node.value;
    const written = nodeText(node);
    if (type === 'text') return written;
    const normalized = toAsciiDigits(written.trim()).replace('％', '%');
    if (!/^-?\d+(\.\d+)?%?$/.test(normalized)) {
      const subject = { kind: 'missing-default', input: inputName } as const;
      this.diagnostics.push(
        diagnostic('E303', { subject, expected: [type], found: 'text' }, { span: this.source.nodeSpan(node) }),
      );
    }
    return normalized;
  }

  private kindOf(input: string, written: string | undefined): ValueType {
    const kind = typeByChineseName[written ?? ''];
    if (kind) return kind;
    this.badKinds.add(input);
    return 'number';
  }

  private declareDerived(): void {
    for (const { key, value } of entries(mapField(this.root, '派生'))) {
      const formula = isMap(value) ? scalar(value, '公式') : isScalar(value) ? value : undefined;
      const note = isMap(value) ? text(value, '说明') : undefined;
      if (!formula) continue;
      this.symbols.declareDerived(String(key.value), formula, this.source.nodeSpan(key), note);
    }
  }

  private eligibility(): RuleSet['eligibility'] {
    const section = mapField(this.root, '参与排名');
    if (!section) return undefined;
    const node = scalar(section, '条件');
    if (!node) return undefined;
    const condition = this.typed(node, ['boolean'], { kind: 'eligibility' });
    if (!condition) return undefined;
    const viaPopulation = usesPopulation(condition) ? this.firstPopulationCall(condition) : this.symbols.populationThrough(condition);
    if (viaPopulation) {
      this.diagnostics.push(diagnostic('E311', { fn: viaPopulation.name }, { span: viaPopulation.span }));
      return undefined;
    }
    return { condition, reason: text(section, '说明') ?? '不满足参与排名条件' };
  }

  private firstPopulationCall(expr: Checked): { name: string; span: Checked['span'] } {
    if (expr.kind === 'call' && expr.fn.population) return { name: expr.fn.name, span: expr.span };
    const child = children(expr).find(usesPopulation)!;
    return this.firstPopulationCall(child);
  }

  private items(): Item[] {
    const items: Item[] = [];
    const names = new Set<string>();
    for (const node of sequence(this.root, '考核项目')) {
      if (!isMap(node)) continue;
      const map = node as YAMLMap;
      const nameNode = scalar(map, '名称');
      if (!nameNode) continue;
      const name = nodeText(nameNode);
      if (names.has(name)) {
        this.diagnostics.push(diagnostic('E106', { name }, { span: this.source.nodeSpan(nameNode) }));
      }
      names.add(name);
      const item = this.item(map, name);
      if (item) items.push(item);
    }
    return items;
  }

  private item(map: YAMLMap, name: string): Item | undefined {
    const deductionNode = scalar(map, '扣分');
    if (!deductionNode) return undefined;
    const deduction = this.typed(deductionNode, ['count', 'rate', 'number'], { kind: 'item-deduction', item: name });
    const capNode = scalar(map, '扣分上限');
    const cap = capNode ? this.typed(capNode, ['count', 'number'], { kind: 'item-cap', item: name }) : undefined;
    const reasonNode = scalar(map, '原因');
    const reason = reasonNode ? this.typed(reasonNode, ['text'], { kind: 'item-reason', item: name }) : undefined;
    const capText = cap ? constantValue(cap) : undefined;
    if (cap && capText?.startsWith('-')) {
      this.diagnostics.push(diagnostic('E317', { item: name, cap: capText }, { span: cap.span }));
      return undefined;
    }
    if (!deduction || (capNode && !cap) || (reasonNode && !reason)) return undefined;
    return {
      name,
      ...optional('fullMarks', this.exactNumber(scalar(map, '满分'))),
      deduction,
      ...(cap ? { cap } : {}),
      ...(reason ? { reason } : {}),
      ...optional('policyText', text(map, '原文')),
      ...optional('note', text(map, '说明')),
      span: this.source.nodeSpan(scalar(map, '名称')),
    };
  }

  /** Read from the file, not from `items`, so a broken item does not skew the sum. */
  private checkFullMarks(): void {
    const written = [text(this.root, '满分'), ...sequence(this.root, '考核项目').map((n) => (isMap(n) ? text(n, '满分') : undefined))];
    // Unreadable numbers were reported by the schema; no sum is meaningful then.
    const readable = written.every((w) => w === undefined || isDecimal(w));
    if (!readable || written[0] === undefined || !isSeq(field(this.root, '考核项目'))) return;
    const declared = new Fraction(written[0]);
    const sum = written.slice(1).reduce((acc, marks) => (marks ? acc.add(marks) : acc), new Fraction(0));
    if (!sum.equals(declared)) {
      this.diagnostics.push(
        diagnostic(
          'E105',
          { declared: formatDecimal(declared, 20), sum: formatDecimal(sum, 20) },
          { span: this.source.nodeSpan(field(this.root, '满分')) },
        ),
      );
    }
  }

  private ranking(): Ranking | undefined {
    const section = mapField(this.root, '排名');
    const basisNode = scalar(section, '依据');
    this.symbols.declareBuiltin(TOTAL, 'number');
    const basis = basisNode
      ? this.typed(basisNode, ['count', 'rate', 'number'], { kind: 'ranking-basis' })
      : ({ kind: 'ref', symbol: TOTAL, type: 'number', span: this.source.nodeSpan(section) } as const);
    if (!basis) return undefined;
    return {
      basis,
      order: text(section, '顺序') === '从低到高' ? 'ascending' : 'descending',
      scope: text(section, '范围') === '全部' ? 'all' : 'group',
      ties: text(section, '并列') === '不跳号' ? 'dense' : 'skip',
      ...optional('note', text(section, '说明')),
    };
  }

  private typed(node: Scalar, types: ValueType[], subject: Subject): Checked | undefined {
    const checked = this.expression(node);
    if (!checked) return undefined;
    if (types.includes(checked.type)) return checked;
    this.diagnostics.push(
      diagnostic(
        'E303',
        { subject, expected: types, found: checked.type },
        { span: checked.span },
      ),
    );
    return undefined;
  }

  private expression(node: Scalar): Checked | undefined {
    const source = this.source.expression(node);
    const parsed = parseExpression(source);
    if (!parsed.ok) {
      this.diagnostics.push(...parsed.diagnostics);
      return undefined;
    }
    return checkExpression(parsed.ast, source, this.symbols, this.diagnostics);
  }

  private exactNumber(node: Scalar | undefined): string | undefined {
    return node ? nodeText(node) : undefined;
  }
}




function isDecimal(text: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(text);
}
