import { readFileSync } from 'node:fs';
import stringWidth from 'string-width';
import { diagnostic, renderMessage, sortDiagnostics, type Diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import type { SourceSpan } from '../diagnostics/source-span.js';

const severityWords: Record<Lang, Record<Diagnostic['severity'], string>> = {
  zh: { error: '错误', warning: '警告', note: '提示' },
  en: { error: 'error', warning: 'warning', note: 'note' },
};

/**
 * At most this many errors and warnings are printed in one run; a file with
 * thousands of bad rows would otherwise bury the first, most useful ones.
 */
export const MAX_PRINTED_DIAGNOSTICS = 50;

/**
 * Renders diagnostics for a person: where (file:line:col, or the data row
 * and column), severity and code, the message, the source line with the
 * span underlined, then the expected/found lines.
 *
 * Errors and warnings come in position order. When there are more than
 * MAX_PRINTED_DIAGNOSTICS of them, the first errors are shown, then
 * warnings, up to the limit, and the note N605 gives the total. Notes
 * (a handful of summary lines at most) are always printed, last.
 */
export function formatDiagnostics(list: readonly Diagnostic[], lang: Lang = 'zh'): string {
  const files = new Map<string, string[] | undefined>();
  return selectForPrinting(list)
    .map((d) => formatOne(d, lang, files))
    .join('\n');
}

/** What formatDiagnostics prints, in the order it prints it. */
export function selectForPrinting(list: readonly Diagnostic[], limit: number = MAX_PRINTED_DIAGNOSTICS): Diagnostic[] {
  const sorted = sortDiagnostics(list);
  const problems = sorted.filter((d) => d.severity !== 'note');
  const notes = sorted.filter((d) => d.severity === 'note');
  if (problems.length <= limit) return [...problems, ...notes];
  const shown = [...problems.filter((d) => d.severity === 'error'), ...problems.filter((d) => d.severity === 'warning')].slice(0, limit);
  const omitted = diagnostic('N605', { shown: shown.length, total: problems.length }, {}, 'note');
  return [...shown, omitted, ...notes];
}

function formatOne(d: Diagnostic, lang: Lang, files: Map<string, string[] | undefined>): string {
  const { text, details } = renderMessage(d, lang);
  const colon = lang === 'zh' ? '：' : ': ';
  const lines = [`${where(d, lang)}${severityWords[lang][d.severity]} ${d.code}${colon}${text}`];
  if (d.span) lines.push(...codeFrame(d.span, files));
  lines.push(...details.map((line) => `    ${line}`));
  return `${lines.join('\n')}\n`;
}

function where(d: Diagnostic, lang: Lang): string {
  if (d.span) return `${d.span.file}:${d.span.line}:${d.span.column} `;
  if (d.cell) {
    const column = d.cell.column ? (lang === 'zh' ? `，列“${d.cell.column}”` : `, column "${d.cell.column}"`) : '';
    const row = lang === 'zh' ? `第 ${d.cell.row} 行` : `row ${d.cell.row}`;
    return d.cell.file ? `${d.cell.file} ${row}${column} ` : `${row}${column} `;
  }
  return '';
}

function codeFrame(span: SourceSpan, files: Map<string, string[] | undefined>): string[] {
  if (!files.has(span.file)) files.set(span.file, readLines(span.file));
  const source = files.get(span.file);
  const line = source?.[span.line - 1];
  if (line === undefined) return [];
  const gutter = String(span.line);
  const pad = ' '.repeat(gutter.length);
  const before = line.slice(0, span.column - 1);
  const marked = line.slice(span.column - 1, span.column - 1 + Math.max(span.length, 0));
  const underline = `${' '.repeat(stringWidth(before))}${'^'.repeat(Math.max(1, stringWidth(marked)))}`;
  return [`  ${gutter} │ ${line}`, `  ${pad} │ ${underline}`];
}

function readLines(file: string): string[] | undefined {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  } catch {
    return undefined;
  }
}
