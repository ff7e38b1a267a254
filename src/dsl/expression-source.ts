import type { SourceSpan } from '../diagnostics/source-span.js';
import type { TextSpan } from './ast.js';

/**
 * An expression's text and how to find its characters in the file it came
 * from. The rule-file loader builds one per DSL value; tests can use
 * `standaloneSource` to work on a bare string.
 */
export interface ExpressionSource {
  readonly text: string;
  readonly locate: (span: TextSpan) => SourceSpan;
}

export function standaloneSource(text: string, file = '<表达式>'): ExpressionSource {
  return {
    text,
    locate: (span) => {
      const before = text.slice(0, span.start);
      const line = before.split('\n').length;
      const column = span.start - before.lastIndexOf('\n');
      return { file, offset: span.start, length: span.end - span.start, line, column };
    },
  };
}
