import { distance } from 'fastest-levenshtein';

/**
 * The known name a misspelt one most likely meant, if any is close: at most
 * a third of the name's characters differ (回访满意率 → 回访满意度).
 */
export function nearestName(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(name.length / 3));
  for (const candidate of known) {
    const d = distance(name, candidate);
    const closer = best === undefined || d < bestDistance;
    const tieButAkin = d === bestDistance && best !== undefined && akin(name, candidate) && !akin(name, best);
    if (d <= bestDistance && (closer || tieButAkin)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Same kind of word by its ending: 率 and 度 both end rate names
 * (回访满意率 is 回访满意度, not 回访满意数), 数 ends counts.
 */
function akin(a: string, b: string): boolean {
  const family = (s: string) => (/[率度]$/.test(s) ? 'rate' : /数$/.test(s) ? 'count' : s.slice(-1));
  return family(a) === family(b);
}
