import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Argument, BinaryNode, CallNode, Expr } from './ast.js';
import type { Checked, CheckedCall } from './checked.js';
import type { ExpressionSource } from './expression-source.js';
import { functionsByName, type FunctionSignature, type Parameter } from './functions.js';
import { checkCallArguments } from './call-rules.js';
import { nearestName } from './nearest-name.js';
import type { Subject } from '../diagnostics/vocabulary.js';
import {
  additiveType,
  isNumeric,
  multiplicativeType,
  orderable,
  type ValueType,
} from './types.js';

/**
 * The names an expression may use, and their kinds. `failed` is a name that
 * exists but whose own definition was wrong and already reported: its users
 * stay quiet rather than echo that error.
 */
export interface Scope {
  typeOf(name: string): ValueType | 'failed' | undefined;
  names(): Iterable<string>;
}

const operatorNames: Record<string, string> = {
  '+': '+',
  '-': '-',
  '*': '×',
  '/': '÷',
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '=': '=',
  '!=': '≠',
  and: '且',
  or: '或',
};

/**
 * Resolves names and checks kinds in one expression. Problems go to
 * `diagnostics`; the result is undefined when there was any, but checking
 * goes on through the whole tree so that every problem is reported at once.
 */
export function checkExpression(
  ast: Expr,
  source: ExpressionSource,
  scope: Scope,
  diagnostics: Diagnostic[],
): Checked | undefined {
  return new ExpressionChecker(source, scope, diagnostics).check(ast);
}

class ExpressionChecker {
  constructor(
    private readonly source: ExpressionSource,
    private readonly scope: Scope,
    private readonly diagnostics: Diagnostic[],
  ) {}

  check(ast: Expr): Checked | undefined {
    const span = this.source.locate(ast.span);
    switch (ast.kind) {
      case 'number':
        return { kind: 'number', text: ast.text, type: 'number', span };
      case 'percent':
        return { kind: 'percent', text: ast.text, type: 'rate', span };
      case 'string':
        return { kind: 'string', value: ast.value, type: 'text', span };
      case 'boolean':
        return { kind: 'boolean', value: ast.value, type: 'boolean', span };
      case 'name':
        return this.name(ast.name, ast.span);
      case 'unary':
        return this.unary(ast.operator, ast.operand, ast.span);
      case 'binary':
        return this.binary(ast);
      case 'conditional':
        return this.conditional(ast);
      case 'call':
        return this.call(ast);
    }
  }

  private name(name: string, textSpan: Expr['span']): Checked | undefined {
    const span = this.source.locate(textSpan);
    const type = this.scope.typeOf(name);
    if (type === 'failed') return undefined;
    if (type) return { kind: 'ref', symbol: name, type, span };
    const suggestion = nearestName(name, this.scope.names());
    this.report('E301', { name, ...(suggestion ? { suggestion } : {}) }, textSpan);
    return undefined;
  }

  private unary(operator: '-' | 'not', operandAst: Expr, textSpan: Expr['span']): Checked | undefined {
    const operand = this.check(operandAst);
    if (!operand) return undefined;
    const span = this.source.locate(textSpan);
    if (operator === 'not') {
      if (!this.expect(operand, ['boolean'], { kind: 'not-operand' })) return undefined;
      return { kind: 'not', operand, type: 'boolean', span };
    }
    if (!this.expect(operand, ['count', 'rate', 'number'], { kind: 'minus-operand' })) return undefined;
    const type = operand.type === 'count' ? 'number' : operand.type;
    return { kind: 'negate', operand, type, span };
  }

  private binary(ast: BinaryNode): Checked | undefined {
    const left = this.check(ast.left);
    const right = this.check(ast.right);
    if (!left || !right) return undefined;
    if (ast.operator === '/' && (right.kind === 'number' || right.kind === 'percent') && Number(right.text) === 0) {
      this.diagnostics.push(diagnostic('E320', {}, { span: right.span }));
      return undefined;
    }
    const type = this.binaryType(ast.operator, left.type, right.type);
    if (!type) {
      this.report(
        'E304',
        {
          operator: operatorNames[ast.operator]!,
          left: left.type,
          right: right.type,
        },
        ast.operatorSpan,
      );
      return undefined;
    }
    return {
      kind: 'binary',
      operator: ast.operator,
      left,
      right,
      type,
      span: this.source.locate(ast.span),
    };
  }

  private binaryType(operator: BinaryNode['operator'], l: ValueType, r: ValueType): ValueType | undefined {
    switch (operator) {
      case '+':
      case '-':
        return additiveType(l, r);
      case '*':
      case '/':
        return multiplicativeType(operator, l, r);
      case '<':
      case '<=':
      case '>':
      case '>=':
        return orderable(l, r) ? 'boolean' : undefined;
      case '=':
      case '!=':
        return orderable(l, r) || (l === r && !isNumeric(l)) ? 'boolean' : undefined;
      case 'and':
      case 'or':
        return l === 'boolean' && r === 'boolean' ? 'boolean' : undefined;
    }
  }

  private conditional(ast: Extract<Expr, { kind: 'conditional' }>): Checked | undefined {
    const test = this.check(ast.test);
    const consequent = this.check(ast.consequent);
    const alternative = this.check(ast.alternative);
    if (!test || !consequent || !alternative) return undefined;
    if (!this.expect(test, ['boolean'], { kind: 'if-condition' })) return undefined;
    const type = unify(consequent.type, alternative.type);
    if (!type) {
      this.report(
        'E303',
        {
          subject: { kind: 'else-value' },
          expected: [consequent.type],
          found: alternative.type,
        },
        ast.alternative.span,
      );
      return undefined;
    }
    return {
      kind: 'conditional',
      test,
      consequent,
      alternative,
      type,
      span: this.source.locate(ast.span),
    };
  }

  private call(ast: CallNode): Checked | undefined {
    const fn = functionsByName.get(ast.callee);
    if (!fn) {
      const suggestion = nearestName(ast.callee, functionsByName.keys());
      // Its arguments are not checked: without the function, a choice word
      // such as 按一步 would be reported as an unknown name too.
      this.report('E302', { name: ast.callee, ...(suggestion ? { suggestion } : {}) }, ast.calleeSpan);
      return undefined;
    }
    const bound = this.bindArguments(fn, ast);
    if (!bound || !checkCallArguments({ fn, args: bound.args }, this.diagnostics)) return undefined;
    const type = resultType(fn, bound.args);
    if (fn.id === 'if-missing' && !unify(bound.args.值!.type, bound.args.取!.type)) {
      this.expect(bound.args.取!, [bound.args.值!.type], { kind: 'if-missing-default' });
      return undefined;
    }
    return { kind: 'call', fn, ...bound, type, span: this.source.locate(ast.span) };
  }

  private bindArguments(fn: FunctionSignature, ast: CallNode): Pick<CheckedCall, 'args' | 'choices'> | undefined {
    const args: Record<string, Checked> = {};
    const choices: Record<string, string> = {};
    const given = new Set<string>();
    const positional = fn.parameters.filter((p) => p.positional);
    let failed = false;
    // After a misnamed or surplus argument, what looks missing probably is
    // that argument: "missing" and "exactly one of" would only echo it.
    let misplaced = false;
    let position = 0;

    for (const argument of ast.args) {
      if (!argument.parameter && position >= positional.length && misplaced) continue;
      const parameter = this.parameterFor(fn, argument, positional, position);
      if (!argument.parameter) position += 1;
      if (!parameter) {
        failed = true;
        misplaced = true;
        continue;
      }
      if (given.has(parameter.name)) {
        this.report('E307', { fn: fn.name, parameter: parameter.name }, argument.parameter?.span ?? argument.value.span);
        failed = true;
        continue;
      }
      given.add(parameter.name);
      if (!this.bindOne(parameter, argument.value, args, choices)) failed = true;
    }

    for (const parameter of fn.parameters) {
      if (given.has(parameter.name)) continue;
      if (parameter.required) {
        if (!misplaced) this.report('E306', { fn: fn.name, parameter: parameter.name }, ast.span);
        failed = true;
      } else if (parameter.defaultChoice) {
        choices[parameter.name] = parameter.defaultChoice;
      }
    }

    if (fn.exactlyOneOf) {
      const [one, other] = fn.exactlyOneOf;
      if (given.has(one) === given.has(other) && !misplaced) {
        this.report('E312', { fn: fn.name, one, other }, ast.calleeSpan);
        failed = true;
      }
    }
    return failed ? undefined : { args, choices };
  }

  private parameterFor(
    fn: FunctionSignature,
    argument: Argument,
    positional: readonly Parameter[],
    position: number,
  ): Parameter | undefined {
    if (argument.parameter) {
      const found = fn.parameters.find((p) => p.name === argument.parameter!.name);
      if (!found) {
        this.report(
          'E305',
          { fn: fn.name, parameter: argument.parameter.name, known: fn.parameters.map((p) => p.name).join('、') },
          argument.parameter.span,
        );
      }
      return found;
    }
    const found = positional[position];
    if (!found) this.report('E308', { fn: fn.name, max: positional.length }, argument.value.span);
    return found;
  }

  private bindOne(
    parameter: Parameter,
    value: Expr,
    args: Record<string, Checked>,
    choices: Record<string, string>,
  ): boolean {
    if (parameter.kind.kind === 'choice') {
      const options = parameter.kind.choices;
      const word = value.kind === 'name' ? value.name : this.source.text.slice(value.span.start, value.span.end);
      const choice = options[word];
      if (choice === undefined) {
        this.report(
          'E309',
          { parameter: parameter.name, found: word, allowed: Object.keys(options).join('、') },
          value.span,
        );
        return false;
      }
      choices[parameter.name] = choice;
      return true;
    }
    const checked = this.check(value);
    if (!checked) return false;
    const types = parameter.kind.types;
    if (types !== 'any' && !this.expect(checked, types, { kind: 'parameter', name: parameter.name })) return false;
    args[parameter.name] = checked;
    return true;
  }

  private expect(node: Checked, types: readonly ValueType[], subject: Subject): boolean {
    if (types.includes(node.type)) return true;
    this.diagnostics.push(
      diagnostic(
        'E303',
        { subject, expected: [...types], found: node.type },
        { span: node.span },
      ),
    );
    return false;
  }

  private report<C extends 'E301' | 'E302' | 'E303' | 'E304' | 'E305' | 'E306' | 'E307' | 'E308' | 'E309' | 'E312'>(
    code: C,
    args: Parameters<typeof diagnostic<C>>[1],
    textSpan: Expr['span'],
  ): void {
    this.diagnostics.push(diagnostic(code, args, { span: this.source.locate(textSpan) }));
  }
}

function unify(a: ValueType, b: ValueType): ValueType | undefined {
  if (a === b) return a;
  return additiveType(a, b);
}

function resultType(fn: FunctionSignature, args: Record<string, Checked>): ValueType {
  if (typeof fn.result === 'string') return fn.result;
  const source = args[fn.result.sameAs];
  if (fn.id === 'if-missing' && source) return unify(source.type, args.取!.type) ?? source.type;
  return source ? source.type : 'number';
}
