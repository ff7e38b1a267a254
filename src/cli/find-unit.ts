import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { nearestName } from '../dsl/nearest-name.js';

/**
 * The unit `--unit` names: its exact name, or the one name that contains
 * the given text (马坡岭 for 马坡岭街道办事处). Otherwise a usage error that
 * lists the candidates or suggests the nearest name.
 */
export function findUnit(query: string, units: readonly string[]): { index: number } | { problem: Diagnostic } {
  const exact = units.indexOf(query);
  if (exact >= 0) return { index: exact };
  const matches = units.flatMap((u, i) => (u.includes(query) ? [i] : []));
  if (matches.length === 1) return { index: matches[0]! };
  if (matches.length > 1) {
    return { problem: diagnostic('U714', { query, matches: matches.map((i) => units[i]!).join('、') }) };
  }
  const suggestion = nearestName(query, units);
  return { problem: diagnostic('U713', { query, ...(suggestion ? { suggestion } : {}) }) };
}
