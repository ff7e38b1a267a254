import type { Scalar } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceSpan } from '../diagnostics/source-span.js';
import { children, references, usesPopulation, type Checked } from '../dsl/checked.js';
import type { Scope } from '../dsl/check-expression.js';
import type { ValueType } from '../dsl/types.js';
import { ELIGIBLE, type DerivedValue } from './rule-set.js';

interface DerivedEntry {
  readonly name: string;
  readonly formula: Scalar;
  readonly span: SourceSpan;
  readonly note?: string;
  state: 'unchecked' | 'checking' | 'done' | 'failed';
  checked?: Checked;
}

/**
 * The names expressions may use. Derived values are checked on first use,
 * so a formula may refer to one defined further down; the order in which
 * checks finish is an evaluation order, and a name met again while its own
 * check is under way is a cycle.
 */
export class SymbolTable implements Scope {
  private readonly types = new Map<string, ValueType | 'failed'>();
  private readonly derived = new Map<string, DerivedEntry>();
  private readonly order: DerivedValue[] = [];
  private readonly stack: string[] = [];

  constructor(
    private readonly diagnostics: Diagnostic[],
    private readonly check: (formula: Scalar) => Checked | undefined,
  ) {}

  /** `failed`: an input whose kind the schema refused. */
  declareInput(name: string, type: ValueType | 'failed', span: SourceSpan): void {
    if (this.isDeclared(name)) this.diagnostics.push(diagnostic('E106', { name }, { span }));
    this.types.set(name, type);
  }

  declareBuiltin(name: string, type: ValueType): void {
    this.types.set(name, type);
  }

  declareDerived(name: string, formula: Scalar, span: SourceSpan, note?: string): void {
    if (this.isDeclared(name)) {
      this.diagnostics.push(diagnostic('E106', { name }, { span }));
      return;
    }
    this.derived.set(name, { name, formula, span, state: 'unchecked', ...(note ? { note } : {}) });
  }

  typeOf(name: string): ValueType | 'failed' | undefined {
    const known = this.types.get(name);
    if (known) return known;
    const entry = this.derived.get(name);
    if (!entry) return undefined;
    if (entry.state === 'checking') {
      const cycle = [...this.stack.slice(this.stack.indexOf(name)), name].join(' → ');
      this.diagnostics.push(diagnostic('E310', { cycle }, { span: entry.span }));
      entry.state = 'failed';
      return 'failed';
    }
    this.checkDerived(entry);
    return entry.checked?.type ?? 'failed';
  }

  names(): Iterable<string> {
    return [...this.types.keys(), ...this.derived.keys()];
  }

  checkAllDerived(): DerivedValue[] {
    for (const entry of this.derived.values()) this.checkDerived(entry);
    return this.order;
  }

  /** The first population function reached through derived values, if any. */
  populationThrough(expr: Checked, seen = new Set<string>()): { name: string; span: SourceSpan } | undefined {
    for (const name of references(expr)) {
      const entry = this.derived.get(name);
      if (!entry?.checked || seen.has(name)) continue;
      seen.add(name);
      const eligibilityBased = references(entry.checked).has(ELIGIBLE);
      const at = referenceSpan(expr, name) ?? expr.span;
      if (usesPopulation(entry.checked) || eligibilityBased) return { name, span: at };
      const deeper = this.populationThrough(entry.checked, seen);
      if (deeper) return { name, span: at };
    }
    return undefined;
  }

  private checkDerived(entry: DerivedEntry): void {
    if (entry.state !== 'unchecked') return;
    entry.state = 'checking';
    this.stack.push(entry.name);
    const checked = this.check(entry.formula);
    this.stack.pop();
    // typeOf may have marked this entry failed (a cycle) while it was checked.
    if ((entry.state as DerivedEntry['state']) === 'failed' || !checked) {
      entry.state = 'failed';
      return;
    }
    entry.state = 'done';
    entry.checked = checked;
    this.order.push({ name: entry.name, formula: checked, span: entry.span, ...(entry.note ? { note: entry.note } : {}) });
  }

  private isDeclared(name: string): boolean {
    return this.types.has(name) || this.derived.has(name);
  }
}

/** Where an expression first names `symbol`. */
function referenceSpan(expr: Checked, symbol: string): SourceSpan | undefined {
  if (expr.kind === 'ref') return expr.symbol === symbol ? expr.span : undefined;
  for (const child of children(expr)) {
    const found = referenceSpan(child, symbol);
    if (found) return found;
  }
  return undefined;
}
