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
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
