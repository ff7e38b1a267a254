import type { TextEncoding } from '../data/read-table.js';
import { diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import { ExitCode, type Output } from './output.js';
import { formatDiagnostics } from './print-diagnostics.js';

export interface PreviewOptions {
  readonly rules: string;
  readonly data: string;
  readonly lang: Lang;
  readonly encoding?: TextEncoding;
  readonly sheet?: string;
}

/** The streams the preview uses; the process's own unless a test gives others. */
export interface PreviewStreams {
  readonly stdout: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadStream;
  readonly stderr: NodeJS.WriteStream;
}

/**
 * `rules-engine preview`: the ranking in the terminal, re-evaluated on every
 * save of the rule file or the data file. Needs a terminal on both sides;
 * otherwise a usage error (U720, U721) and exit code 3.
 *
 * The screen (Ink, React, the file watcher) is loaded here with a dynamic
 * import, so that the other commands never load it.
 */
export async function previewCommand(options: PreviewOptions, output: Output, streams: PreviewStreams = process): Promise<number> {
  const notTerminal = !streams.stdout.isTTY ? 'U720' : !streams.stdin.isTTY ? 'U721' : undefined;
  if (notTerminal) {
    output.err(formatDiagnostics([diagnostic(notTerminal, {})], options.lang));
    return ExitCode.usage;
  }
  // React's development build checks and warns as it renders, several times slower.
  process.env.NODE_ENV ??= 'production';
  const { runPreview } = await import('../preview/run-preview.js');
  return runPreview(options, output, streams);
}
