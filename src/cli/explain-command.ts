import type { TextEncoding } from '../data/read-table.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import type { TraceEvent } from '../engine/trace.js';
import { jsonValue } from './explain-values.js';
import { provenance, provenanceOf } from './provenance.js';
import { findUnit } from './find-unit.js';
import { ExitCode, type Output } from './output.js';
import { formatDiagnostics } from './print-diagnostics.js';
import { renderExplanation } from './render-explain.js';
import { scoreData } from './score-data.js';

export interface ExplainOptions {
  readonly rules: string;
  readonly data: string;
  readonly unit: string;
  readonly format: 'text' | 'json';
  readonly lang: Lang;
  readonly encoding?: TextEncoding;
  readonly sheet?: string;
}

/** `rules-engine explain`: every point of one unit, from the engine's trace. */
export async function explainCommand(options: ExplainOptions, output: Output): Promise<number> {
  const events: TraceEvent[] = [];
  let unitIndex = -1;
  const scored = await scoreData(
    {
      ...options,
      evaluateOptions: (data) => {
        const found = findUnit(options.unit.trim(), data.units.map((u) => u.unit));
        if ('problem' in found) return found.problem;
        unitIndex = found.index;
        return { trace: { unit: found.index, sink: (e) => events.push(e) } };
      },
    },
    output,
  );
  if (!scored.ok) return scored.exitCode;

  const unit = scored.evaluation.units[unitIndex]!;
  if (options.format === 'json') {
    const document = {
      unit: unit.unit,
      group: unit.group,
      ranked: unit.ranked,
      ...(unit.ranked ? {} : { exclusion: unit.exclusion ?? '' }),
      provenance: provenanceOf(scored.evaluation),
      events: events.map(eventJson),
    };
    output.out(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    const text = renderExplanation(scored.rules, unit, events);
    output.out(`${provenance(scored.evaluation)}\n\n${text}`);
  }
  // Warnings about other units' data are not this explanation's business.
  const notes = scored.notes.filter((d) => d.code !== 'W421' || (d.args as { unit: string }).unit === unit.unit);
  if (notes.length > 0) output.err(formatDiagnostics(notes, options.lang));
  return ExitCode.ok;
}

/** Exact numbers as text: decimals when they end, "n/d" otherwise. */
function eventJson(event: TraceEvent): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) {
    out[key] = Array.isArray(value) ? value.map((v) => jsonValue(v)) : typeof value === 'object' ? jsonValue(value) : value;
  }
  return out;
}
