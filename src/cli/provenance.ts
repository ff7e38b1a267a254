import type { Evaluation } from '../engine/evaluate.js';
import { oneLine } from './terminal-text.js';

/** How many hex digits of a sha256 a person is shown: enough to tell files apart. */
export const SHORT_HASH_DIGITS = 12;

/**
 * Which rules and which data produced a result, as data, so that every
 * output (terminal table, JSON, Markdown, workbook, web page) names the
 * same facts and a published table can be traced back to its two files.
 */
export interface Provenance {
  readonly rules: {
    readonly title: string;
    readonly version?: string;
    /** The path as it was given on the command line. */
    readonly file: string;
    /** sha256 of the rule file's text, hex. */
    readonly sha256: string;
    /** Its first SHORT_HASH_DIGITS hex digits. */
    readonly shortHash: string;
  };
  readonly data: {
    readonly file: string;
    /** The worksheet a workbook was read from; absent for CSV. */
    readonly sheet?: string;
    /** Units (rows) in the data, ranked or not. */
    readonly units: number;
    /** sha256 of the data file's bytes, hex. */
    readonly sha256: string;
    readonly shortHash: string;
  };
}

export function provenanceOf(evaluation: Evaluation): Provenance {
  const rules = evaluation.plan.rules;
  const table = evaluation.data.table;
  return {
    rules: {
      title: rules.title,
      ...(rules.version ? { version: rules.version } : {}),
      file: rules.file,
      sha256: rules.hash,
      shortHash: shortHash(rules.hash),
    },
    data: {
      file: table.file,
      ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
      units: evaluation.data.units.length,
      sha256: table.hash,
      shortHash: shortHash(table.hash),
    },
  };
}

export function shortHash(hash: string): string {
  return hash.slice(0, SHORT_HASH_DIGITS);
}

/** The title with its version: 名称（2021-07）. */
export function titleWithVersion(facts: Provenance): string {
  return facts.rules.version ? `${facts.rules.title}（${facts.rules.version}）` : facts.rules.title;
}

/** The data file as a person reads it: the path, and the worksheet of a workbook. */
export function dataFileText(facts: Provenance): string {
  return facts.data.sheet !== undefined ? `${facts.data.file}［工作表 ${facts.data.sheet}］` : facts.data.file;
}

/** The terminal table's header: the title, then the two files with their hashes. */
export function provenance(evaluation: Evaluation): string {
  const facts = provenanceOf(evaluation);
  return [
    titleWithVersion(facts),
    `规则文件：${facts.rules.file}（sha256 ${facts.rules.shortHash}）` +
      `　数据：${dataFileText(facts)}（${facts.data.units} 个单位，sha256 ${facts.data.shortHash}）`,
  ]
    .map(oneLine)
    .join('\n');
}

/**
 * The same facts as one line, for output that has no place for them (CSV):
 * printed on standard error.
 */
export function provenanceNote(evaluation: Evaluation): string {
  const facts = provenanceOf(evaluation);
  return oneLine(
    `来源：${titleWithVersion(facts)}　规则文件 ${facts.rules.file}（sha256 ${facts.rules.shortHash}）` +
      `　数据 ${dataFileText(facts)}（${facts.data.units} 个单位，sha256 ${facts.data.shortHash}）`,
  ) + '\n';
}
