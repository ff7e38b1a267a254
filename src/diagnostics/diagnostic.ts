import { message, type MessageCode, type MessageArgs } from './messages.js';
import { compareSpans, type CellRef, type SourceSpan } from './source-span.js';

export type Severity = 'error' | 'warning' | 'note';

/**
 * The one shape every phase reports problems in. `code` is stable across
 * releases and languages; `args` carry the facts so the message can be
 * rendered in any catalogue language later.
 */
export interface Diagnostic<C extends MessageCode = MessageCode> {
  readonly code: C;
  readonly severity: Severity;
  readonly args: MessageArgs<C>;
  readonly span?: SourceSpan;
  readonly cell?: CellRef;
}

export function diagnostic<C extends MessageCode>(
  code: C,
  args: MessageArgs<C>,
  where: { span?: SourceSpan; cell?: CellRef } = {},
  severity: Severity = 'error',
): Diagnostic<C> {
  return { code, severity, args, ...where };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => {
    if (a.span && b.span) return compareSpans(a.span, b.span);
    if (a.cell && b.cell) {
      return a.cell.row - b.cell.row;
    }
    return a.span ? -1 : b.span ? 1 : 0;
  });
}

export function renderMessage(d: Diagnostic, lang: Lang = 'zh'): {
  text: string;
  details: string[];
} {
  return message(d.code, d.args as never, lang);
}

export type Lang = 'zh' | 'en';

/** A phase's outcome: a value, or the diagnostics that stopped it. */
export type Result<T> =
  | { ok: true; value: T; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

export function ok<T>(value: T, warnings: Diagnostic[] = []): Result<T> {
  return { ok: true, value, warnings };
}

export function fail<T>(diagnostics: Diagnostic[]): Result<T> {
  return { ok: false, diagnostics: sortDiagnostics(diagnostics) };
}
