import { useEffect, useState } from 'react';
import { explanationIsSlow, explanationLines } from './explanation.js';
import type { Version } from './version.js';

/**
 * The breakdown lines of `unit`. With many units tracing takes a full
 * evaluation, so it waits until the selection rests instead of holding up
 * every key press; until then the result is undefined.
 */
export function useExplanation(version: Version | undefined, unit: string | undefined): readonly string[] | undefined {
  const [, worked] = useState(0);
  const known = version && unit !== undefined ? version.explanations.get(unit) : undefined;
  const slow = version ? explanationIsSlow(version) : false;
  const now = !known && version && unit !== undefined && !slow ? explanationLines(version, unit) : undefined;
  useEffect(() => {
    if (!version || unit === undefined || known || !slow) return;
    const timer = setTimeout(() => {
      explanationLines(version, unit);
      worked((n) => n + 1);
    }, 120);
    return () => clearTimeout(timer);
  }, [version, unit, known, slow]);
  return known ?? now;
}
