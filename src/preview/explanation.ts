import { renderExplanation } from '../cli/render-explain.js';
import { evaluate } from '../engine/evaluate.js';
import type { TraceEvent } from '../engine/trace.js';
import type { Version } from './version.js';

/**
 * The explain view of one unit, as lines: what `rules-engine explain`
 * prints, from trace events. Tracing one unit evaluates every unit again
 * (population figures need them all), so each result is kept on its
 * version; the unit on screen at a reload is traced by that evaluation.
 */
export function explanationLines(version: Version, unit: string): readonly string[] | undefined {
  const known = version.explanations.get(unit);
  if (known) return known;
  const index = version.indexOf.get(unit);
  if (index === undefined) return undefined;
  const events: TraceEvent[] = [];
  const { plan, data } = version.scored.evaluation;
  const traced = evaluate(plan, data, { trace: { unit: index, sink: (e) => events.push(e) } });
  if (!traced.ok) return undefined;
  return remember(version, unit, events);
}

/** Keeps the explanation of `unit` from events traced while the version was evaluated. */
export function remember(version: Version, unit: string, events: readonly TraceEvent[]): readonly string[] | undefined {
  const index = version.indexOf.get(unit);
  if (index === undefined || events.length === 0) return undefined;
  const result = version.scored.evaluation.units[index]!;
  const text = renderExplanation(version.scored.rules, result, events);
  const lines = text.replace(/\n$/, '').split('\n');
  version.explanations.set(unit, lines);
  return lines;
}

/** Whether working out an explanation is slow enough to wait until the selection rests. */
export function explanationIsSlow(version: Version): boolean {
  return version.scored.evaluation.units.length > 1000;
}
