import { dataFileText, titleWithVersion, type Provenance } from '../cli/provenance.js';

/**
 * The provenance as labelled lines, the same in every report format:
 * which rule file (title, version, path, sha256) and which data file (path,
 * units, sha256) the tables come from.
 */
export function provenanceRows(facts: Provenance): [label: string, value: string | number][] {
  return [
    ['规则', titleWithVersion(facts)],
    ['规则文件', facts.rules.file],
    ['规则文件 sha256', facts.rules.shortHash],
    ['数据文件', dataFileText(facts)],
    ['单位数', facts.data.units],
    ['数据文件 sha256', facts.data.shortHash],
  ];
}
