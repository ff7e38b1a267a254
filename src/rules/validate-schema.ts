import { readFileSync } from 'node:fs';
import * as ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { isMap, isPair, isScalar, type Node } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { nearestName } from '../dsl/nearest-name.js';
import type { YamlSource } from './yaml-source.js';

// ajv ships CommonJS; under NodeNext its class is the module's default.
const Ajv2020 = ajv2020.default.default ?? ajv2020.default;

const schemaUrl = new URL('../../schemas/rules.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as Record<string, unknown>;

// allErrors so that one run reports every structural problem; no coercion,
// so a value is never invented to make the file pass.
const validate = new Ajv2020({ allErrors: true, verbose: true, strict: false, coerceTypes: false }).compile(schema);


/** Checks the rule file's structure against schemas/rules.schema.json. */
export function validateSchema(source: YamlSource): Diagnostic[] {
  const data = source.document.toJS({ maxAliasCount: 100 }) as unknown;
  if (validate(data)) return [];
  return relevant(validate.errors ?? []).map((e) => toDiagnostic(e, source));
}

/**
 * ajv reports every failed branch of a oneOf. A branch that failed on the
 * value's very shape (a `type` error) is noise when another branch took the
 * shape and failed on something else, at the same place or deeper: keep
 * those and drop the branch summaries.
 */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'propertyNames');
  const deeper = (e: ErrorObject, o: ErrorObject) => o.instancePath.startsWith(`${e.instancePath}/`);
  const kept = specific.filter((e) => {
    if (e.keyword === 'type') {
      return !specific.some((o) => o !== e && o.keyword !== 'type' && (o.instancePath === e.instancePath || deeper(e, o)));
    }
    // A oneOf's word list (计数、比率…) is noise when the value took the other
    // branch's shape (a map) and erred inside it.
    if (e.keyword === 'enum') return !specific.some((o) => deeper(e, o));
    return true;
  });
  const seen = new Set<string>();
  return kept.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toDiagnostic(error: ErrorObject, source: YamlSource): Diagnostic {
  const path = pointerSegments(error.instancePath);
  const node = source.document.getIn(path, true) as Node | undefined;
  const field = fieldName(path);

  // A badly formed name (a key under 输入 or 派生) is reported at the key.
  if (error.propertyName !== undefined) {
    const key = error.propertyName;
    return diagnostic(
      'E102',
      { field: fieldName([...path, key]), expected: { keyword: 'propertyNames', params: {} }, found: key },
      { span: keySpan(source, [...path, key]) ?? source.nodeSpan(node) },
    );
  }

  switch (error.keyword) {
    case 'required':
      return diagnostic(
        'E103',
        { field, missing: String(error.params.missingProperty) },
        { span: keySpan(source, path) ?? source.nodeSpan(node) },
      );
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const suggestion = nearestName(key, known);
      return diagnostic(
        'E104',
        { field, key, known: known.join('、') || '—', ...(suggestion ? { suggestion } : {}) },
        { span: keySpan(source, [...path, key]) ?? source.nodeSpan(node) },
      );
    }
    default:
      return diagnostic(
        'E102',
        { field, expected: { keyword: error.keyword, params: error.params }, found: foundText(source, node) },
        { span: source.nodeSpan(node) },
      );
  }
}

function foundText(source: YamlSource, node: Node | undefined): string {
  if (!node?.range) return '（无）';
  const text = source.text.slice(node.range[0], node.range[1]).trim().replace(/\s*\n\s*/g, ' ');
  if (text === '') return '（空）';
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function keySpan(source: YamlSource, path: (string | number)[]) {
  const parent = source.document.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const last = path[path.length - 1];
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last);
  return pair && isScalar(pair.key) ? source.nodeSpan(pair.key) : source.nodeSpan(parent);
}

/** 考核项目 › 第1项 › 满分: list positions counted from one, as people do. */
function fieldName(path: (string | number)[]): string {
  if (path.length === 0) return '规则文件';
  return path.map((p) => (typeof p === 'number' ? `第${p + 1}项` : p)).join(' › ');
}

function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
